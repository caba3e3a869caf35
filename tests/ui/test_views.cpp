#include "cli/DefaultStore.h"
#include "cli/RunProgram.h"
#include "core/DayDate.h"
#include "io/AcledImporter.h"
#include "store/ImportTransaction.h"
#include "store/SavedViews.h"
#include "ui/MainWindow.h"
#include "ui/SavedViewsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

double msecs(const char *iso) {
    return static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QString::fromLatin1(iso))));
}

// The seed article and the legacy ACLED fixture: markers from an article and a dataset's factions.
struct Store {
    QTemporaryDir dir;
    kt::EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    Store() {
        kt::DefaultStore::seed(store);
        kt::ImportTransaction transaction(store);
        kt::AcledImporter importer(transaction, store.factionCatalog());
        importer.importFile(QStringLiteral(KT_FIXTURES "/acled/legacy-2018.csv"), false);
        transaction.commit();
    }
};

kt::Filter armyActing() {
    kt::Filter filter;
    filter.factions = {QStringLiteral("FAMa")};
    filter.factionRole = kt::FactionRole::Initiator;
    return filter;
}

// The lane mode the window's View → Lanes by menu shows checked.
QString checkedLanes(kt::MainWindow &window) {
    for (QAction *action : window.findChildren<QAction *>())
        if (action->isCheckable() && action->isChecked() && action->actionGroup() &&
            action->actionGroup()->actions().size() == 4)
            return action->text().remove(QLatin1Char('&'));
    return {};
}

} // namespace

TEST_CASE("a view saved in the window opens again as it was, as one step of Back", "[views]") {
    Store s;
    kt::MainWindow window(s.store);
    window.resize(1400, 800);
    window.show();
    kt::ViewState &state = *window.viewState();
    state.setFilter(armyActing());
    state.setWindow(msecs("2018-02-20"), msecs("2018-04-10"));
    window.openView([&] {
        kt::SavedView lanes = window.currentView();
        lanes.lanes = kt::LaneKey::Faction; // lanes by faction, through the same path as a view opened
        return lanes;
    }());
    REQUIRE(window.saveView(QStringLiteral("Army, early 2018"), QStringLiteral("FAMa au début de 2018"))
                .isEmpty());

    // Elsewhere: another filter, window and lanes.
    state.setFilter({});
    state.fit();
    kt::SavedView elsewhere = window.currentView();
    elsewhere.lanes = kt::LaneKey::Track;
    window.openView(elsewhere);
    CHECK(checkedLanes(window) == QStringLiteral("Track"));

    const auto saved = kt::SavedViews(s.store).find(QStringLiteral("army, EARLY 2018"));
    REQUIRE(saved);
    window.openView(*saved);
    CHECK(state.filter() == armyActing());
    CHECK(std::abs(state.window().start - msecs("2018-02-20")) < 1);
    CHECK(std::abs(state.window().end - msecs("2018-04-10")) < 1);
    CHECK(window.currentView().lanes == kt::LaneKey::Faction);
    CHECK(checkedLanes(window) == QStringLiteral("Faction"));
    CHECK(window.renderRequest().title == QStringLiteral("FAMa au début de 2018"));
    // One step back is the view shown before, filter and window together.
    state.back();
    CHECK(state.filter().isEmpty());
    CHECK(state.window().start < msecs("2018-01-01"));

    // The dialog lists the views, renames and deletes them.
    kt::SavedViewsDialog dialog(s.store, {QStringLiteral("FAMa"), QStringLiteral("JNIM")});
    REQUIRE(dialog.list()->count() == 1);
    CHECK(dialog.list()->item(0)->text().contains(QStringLiteral(
        "20 Feb 2018 \u2013 9 Apr 2018 \u00b7 lanes by faction \u00b7 factions: FAMa (as initiator)")));
    dialog.rename(QStringLiteral("Army, early 2018"), QStringLiteral("Armée, début 2018"));
    CHECK(dialog.list()->item(0)->text().startsWith(QStringLiteral("Armée, début 2018\n")));
    dialog.remove(QStringLiteral("Armée, début 2018"));
    CHECK(kt::SavedViews(s.store).list().isEmpty());
}

TEST_CASE("the window's export and `export --view` of the same view are the same picture, pixel for pixel",
          "[views][export]") {
    Store s;
    kt::MainWindow window(s.store);
    window.resize(1300, 760);
    window.show();
    QApplication::processEvents();
    struct Row {
        const char *name;
        kt::Filter filter;
        const char *from;
        const char *to;
        kt::LaneKey lanes;
        QSize size;
    };
    const Row rows[] = {
        {"seed", {}, "2023-09-25", "2024-01-10", kt::LaneKey::Track, {1600, 900}},
        {"army", armyActing(), "2018-02-01", "2018-05-01", kt::LaneKey::Faction, {640, 400}},
        {"all", {}, "2017-06-01", "2024-02-01", kt::LaneKey::Type, {1280, 720}},
    };
    QTemporaryDir home;
    for (const Row &row : rows) {
        INFO(row.name);
        window.viewState()->setFilter(row.filter);
        kt::SavedView view = window.currentView();
        view.startMsecs = msecs(row.from);
        view.endMsecs = msecs(row.to);
        view.lanes = row.lanes;
        window.openView(view);
        REQUIRE(window.saveView(QString::fromLatin1(row.name), QString()).isEmpty());
        const QString fromWindow =
            home.filePath(QStringLiteral("window-%1.png").arg(QLatin1String(row.name)));
        REQUIRE(window.exportTo(fromWindow, window.renderRequest(row.size).title, row.size).isEmpty());
        const QString fromCli = home.filePath(QStringLiteral("cli-%1.png").arg(QLatin1String(row.name)));
        const kt::test::Result cli =
            kt::test::run({QStringLiteral("export"), QStringLiteral("--db"), s.store.path(),
                           QStringLiteral("--view"), QString::fromLatin1(row.name), QStringLiteral("--size"),
                           QStringLiteral("%1x%2").arg(row.size.width()).arg(row.size.height()),
                           QStringLiteral("-o"), fromCli},
                          home, {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        INFO(cli.err.toStdString());
        REQUIRE(cli.status == 0);
        const QImage a = QImage(fromWindow).convertToFormat(QImage::Format_ARGB32);
        const QImage b = QImage(fromCli).convertToFormat(QImage::Format_ARGB32);
        REQUIRE(a.size() == row.size);
        REQUIRE(b.size() == row.size);
        qint64 different = 0;
        qint64 inked = 0; // a picture with something on it, not two blank ones
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                different += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
                inked += qGray(a.pixel(x, y)) < 128 ? 1 : 0;
            }
        CHECK(different == 0);
        CHECK(inked > 2000);
    }
}

TEST_CASE("the window writes the events it shows as ACLED CSV and as events JSON", "[views][export]") {
    Store s;
    kt::MainWindow window(s.store);
    window.show();
    window.viewState()->setFilter(armyActing());
    window.viewState()->setWindow(msecs("2018-03-01"), msecs("2018-04-01"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("army.csv"));
    REQUIRE(window.exportEvents(csv).isEmpty());
    kt::Filter expected = armyActing();
    expected.from = kt::DayDate::fromIso(QStringLiteral("2018-03-01"));
    expected.to = kt::DayDate::fromIso(QStringLiteral("2018-03-31"));
    const QList<kt::Event> events = s.store.loadEvents(expected);
    REQUIRE(!events.isEmpty());
    CHECK(events.size() < s.store.loadEvents(armyActing()).size()); // the window's days, not all of them
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    CHECK(lines.constFirst().startsWith("event_id_cnty,event_date,year,time_precision,"));
    CHECK(lines.size() == events.size() + 1);

    const QString json = dir.filePath(QStringLiteral("army.json"));
    REQUIRE(window.exportEvents(json).isEmpty());
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray written =
        QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("events")).toArray();
    CHECK(written.size() == events.size());
    // A folder that cannot be written: a message, and nothing else happens.
    CHECK(window.exportEvents(QStringLiteral("/proc/no/such/folder/x.csv"))
              .contains(QStringLiteral("cannot write")));
}
