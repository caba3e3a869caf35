// The analyst's desktop: files imported from the window (chosen, dropped), in a worker that can be cancelled,
// other stores opened, what the window remembers.

#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "io/AcledGenerator.h"
#include "store/EventStore.h"
#include "ui/FactionEditor.h"
#include "ui/ImportDialog.h"
#include "ui/LegendStrip.h"
#include "ui/MainWindow.h"
#include "ui/PasteArticleDialog.h"
#include "ui/Settings.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

namespace {

QString fixture(const char *name) {
    return QStringLiteral(KT_FIXTURES "/") + QString::fromLatin1(name);
}

// Waits for the window's import to end; returns whether it imported, and its report or error.
std::pair<bool, QString> waitForImport(QSignalSpy &spy) {
    if (spy.isEmpty())
        REQUIRE(spy.wait(120'000));
    const QList<QVariant> arguments = spy.takeFirst();
    return {arguments.at(0).toBool(), arguments.at(1).toString()};
}

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text) {
    for (QAction *top : window.menuBar()->actions())
        if (top->text().remove(QLatin1Char('&')) == menu)
            for (QAction *action : top->menu()->actions())
                if (action->text().remove(QLatin1Char('&')) == text)
                    return action;
    return nullptr;
}

} // namespace

TEST_CASE("files imported from the window show at once, the report names rows skipped and unknown actors",
          "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    const qint64 before = store.eventCount();
    kt::MainWindow window(store);
    window.show();
    QSignalSpy ended(&window, &kt::MainWindow::importFinished);

    window.importFiles({fixture("acled/monadic.csv"), fixture("articles/05-en-tessalit.txt")});
    CHECK(window.isImporting());
    const auto [imported, report] = waitForImport(ended);
    REQUIRE(imported);
    CHECK(report.contains(QStringLiteral("monadic.csv: ")));
    CHECK(report.contains(QStringLiteral("05-en-tessalit.txt: ")));
    CHECK(store.eventCount() > before);
    CHECK(window.indexedEvents() == store.eventCount()); // the window shows what was added …
    CHECK(
        window.timelineView()->timeline()->lanes().contains(QStringLiteral("ACLED: Mali"))); // … in its lane
    CHECK(window.timelineView()->timeline()->events().size() == store.eventCount());
    CHECK(!window.isImporting());

    // A file with a bad row: nothing is written, the error names file and line; skipping imports the rest.
    const qint64 stored = store.eventCount();
    window.importFiles({fixture("acled-bad-row.csv")});
    const auto [failed, error] = waitForImport(ended);
    CHECK(!failed);
    CHECK(error.contains(QStringLiteral("acled-bad-row.csv:")));
    CHECK(error.contains(QStringLiteral("nothing was imported")));
    CHECK(store.eventCount() == stored);
    window.importFiles({fixture("acled-bad-row.csv")}, true);
    const auto [skipped, skipReport] = waitForImport(ended);
    CHECK(skipped);
    CHECK(skipReport.contains(QStringLiteral("skipped ")));
    CHECK(store.eventCount() > stored);
}

TEST_CASE("an import cancelled halfway leaves the store as it was, and the window usable", "[desktop]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    kt::AcledGenerator(5).write(csv, 200'000);
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    const qint64 before = store.eventCount();
    kt::MainWindow window(store);
    window.show();
    QSignalSpy ended(&window, &kt::MainWindow::importFinished);
    window.importFiles({csv});
    auto *dialog = window.findChild<kt::ImportDialog *>();
    REQUIRE(dialog);
    // Cancel once the worker has read part of the file.
    for (int i = 0; i < 200 && dialog->value() < 50; ++i)
        QTest::qWait(25);
    CHECK(dialog->value() < 1000);
    Q_EMIT dialog->canceled();
    const auto [imported, message] = waitForImport(ended);
    CHECK(!imported);
    CHECK(message.contains(QStringLiteral("cancelled")));
    CHECK(store.eventCount() == before);
    CHECK(window.indexedEvents() == before);
    CHECK(!window.isImporting());
}

TEST_CASE("files dropped on the window are imported, other files are not accepted", "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::MainWindow window(store);
    window.show();
    QSignalSpy ended(&window, &kt::MainWindow::importFinished);

    QMimeData picture;
    picture.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("chart.png")))});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &picture, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    CHECK(!refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(fixture("acled/api-answer.json"))});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    const auto [imported, report] = waitForImport(ended);
    CHECK(imported);
    CHECK(store.eventCount() > 0);
    CHECK(window.indexedEvents() == store.eventCount());
}

TEST_CASE("a read-only store refuses imports and says so, nothing is written", "[desktop]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        kt::EventStore store(path);
        kt::DefaultStore::seed(store);
    }
    kt::EventStore store(path, kt::EventStore::Access::ReadOnly);
    const qint64 before = store.eventCount();
    kt::MainWindow window(store);
    window.show();
    QAction *import = menuAction(window, QStringLiteral("File"), QStringLiteral("Import\u2026"));
    REQUIRE(import);
    CHECK(!import->isEnabled());
    window.importFiles({fixture("acled/monadic.csv")});
    CHECK(!window.isImporting());
    CHECK(store.eventCount() == before);
}

TEST_CASE("another store opens in a window that takes this one's place, and is remembered", "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("a.sqlite")));
    kt::DefaultStore::seed(store);
    QPointer<kt::MainWindow> first = new kt::MainWindow(store);
    first->show();

    const QString made = dir.filePath(QStringLiteral("new.sqlite"));
    QPointer<kt::MainWindow> second = first->openStore(made, true);
    REQUIRE(second);
    CHECK(second->isVisible());
    CHECK(!first->isVisible());
    CHECK(QFile::exists(made));
    CHECK(second->indexedEvents() == 0);
    CHECK(kt::Settings().recentStores().value(0) == QFileInfo(made).absoluteFilePath());

    // "New" on an existing store opens it: nothing stored is ever replaced.
    QPointer<kt::MainWindow> third = second->openStore(store.path(), true);
    REQUIRE(third);
    CHECK(third->indexedEvents() == store.eventCount());

    // A file that is not a store: said, and the window stays.
    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    CHECK(third->openStore(junk.fileName()) == nullptr);
    CHECK(third->isVisible());
    delete third.data();
    delete second.data();
    delete first.data();
}

TEST_CASE("the lane mode is remembered for the next window", "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    {
        kt::MainWindow window(store);
        QAction *byFaction = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QStringLiteral("&Faction"))
                byFaction = action;
        REQUIRE(byFaction);
        byFaction->trigger();
    }
    kt::MainWindow again(store);
    for (QAction *action : again.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Faction"))
            CHECK(action->isChecked());
    kt::Settings().setLaneMode(0);
}

TEST_CASE("the window's size and its panels come back as they were closed", "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    const kt::Settings settings;
    const QByteArray geometry = settings.windowGeometry();
    const QByteArray state = settings.windowState();
    {
        kt::MainWindow window(store);
        window.show();
        window.resize(1111, 777);
        auto *history = window.findChild<QDockWidget *>(QStringLiteral("history"));
        auto *filters = window.findChild<QDockWidget *>(QStringLiteral("filters"));
        REQUIRE(history);
        REQUIRE(filters);
        CHECK(history->isHidden());
        history->show();
        filters->hide();
        window.close();
    }
    kt::MainWindow again(store);
    again.show();
    CHECK(again.size() == QSize(1111, 777));
    CHECK(again.findChild<QDockWidget *>(QStringLiteral("history"))->isVisible());
    CHECK(again.findChild<QDockWidget *>(QStringLiteral("filters"))->isHidden());
    kt::Settings().setWindow(geometry, state);
}

TEST_CASE("actors under Other are listed with their events and mapped to a faction from the window",
          "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::MainWindow window(store);
    QSignalSpy ended(&window, &kt::MainWindow::importFinished);
    window.importFiles({fixture("acled-tricky.csv")});
    REQUIRE(waitForImport(ended).first);
    const QString militia = QStringLiteral("Ganda Izo Militia (Mali)");
    REQUIRE(store.otherActors().size() == 1);
    CHECK(store.otherActors().first().first == militia);
    const qint64 events = store.otherActors().first().second;
    CHECK(events > 0);

    kt::FactionEditor editor(store, store.factionCatalog());
    REQUIRE(editor.table()->rowCount() == 1);
    CHECK(editor.table()->item(0, 0)->text() == militia);
    auto *choice = qobject_cast<QComboBox *>(editor.table()->cellWidget(0, 2));
    REQUIRE(choice);
    choice->setCurrentIndex(choice->findData(QStringLiteral("Communal militias")));
    REQUIRE(choice->currentIndex() > 0);
    CHECK(editor.apply() == events);
    CHECK(store.otherActors().isEmpty());
    CHECK(editor.table()->rowCount() == 0);
    // Later imports map the name the same way.
    CHECK(store.factionCatalog().resolveActor(militia) == QStringLiteral("Communal militias"));
}

TEST_CASE("factions made, renamed and recoloured in the editor show in the window opened after it",
          "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::FactionEditor editor(store, store.factionCatalog());
    const auto names = [&editor] {
        QStringList list;
        for (int row = 0; row < editor.factionList()->count(); ++row)
            list << editor.factionList()->item(row)->text();
        return list;
    };
    CHECK(names().contains(QStringLiteral("CSP-PSD")));
    CHECK_FALSE(editor.factionsChanged());
    CHECK(editor.renameFaction(QStringLiteral("CSP-PSD"), QStringLiteral("CSP-DPA")));
    CHECK(editor.createFaction(QStringLiteral("Tessit self-defence group"), QColor(0x11, 0x22, 0x33)));
    CHECK(editor.recolourFaction(QStringLiteral("FAMa"), QColor(0x44, 0x55, 0x66)));
    CHECK(names().contains(QStringLiteral("CSP-DPA")));
    CHECK_FALSE(names().contains(QStringLiteral("CSP-PSD")));
    CHECK(names().indexOf(QStringLiteral("Tessit self-defence group")) ==
          names().indexOf(QStringLiteral("Other")) - 1);
    CHECK(editor.factionsChanged());
    // A taken name is refused in a message box; nothing changes.
    CHECK_FALSE(editor.renameFaction(QStringLiteral("Wagner"), QStringLiteral("FAMa")));
    CHECK(editor.findChild<QMessageBox *>());
    CHECK(names().contains(QStringLiteral("Wagner")));

    kt::MainWindow window(store);
    window.show();
    QStringList legend;
    QColor fama;
    for (const kt::LegendStrip::Entry &entry : window.legendStrip()->entries()) {
        legend << entry.text;
        if (entry.text == QStringLiteral("FAMa")) {
            const QImage symbol = entry.symbol.toImage();
            fama = symbol.pixelColor(symbol.width() / 2, symbol.height() / 2);
        }
    }
    CHECK(legend.contains(QStringLiteral("CSP-DPA")));
    CHECK_FALSE(legend.contains(QStringLiteral("CSP-PSD")));
    CHECK(fama == QColor(0x44, 0x55, 0x66));
}

TEST_CASE("an article pasted from the clipboard is read with its title and day, and imported", "[desktop]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QApplication::clipboard()->setText(
        QStringLiteral("Attaque contre un poste militaire\n\nDes hommes armés ont attaqué mardi le poste de "
                       "l'armée malienne à Boulkessi, a indiqué l'état-major."));
    kt::PasteArticleDialog dialog;
    CHECK(dialog.titleEdit()->text() == QStringLiteral("Attaque contre un poste militaire"));
    dialog.titleEdit()->setText(QStringLiteral("Attaque contre un poste\nmilitaire"));
    dialog.publishedEdit()->setDate(QDate(2022, 6, 3)); // a Friday: "mardi" is 31 May
    const QString text = dialog.articleText();
    CHECK(text.startsWith(
        QStringLiteral("title: Attaque contre un poste militaire\npublished: 2022-06-03\n\n")));
    CHECK(dialog.fileName() == QStringLiteral("attaque-contre-un-poste-militaire.md"));

    QFile file(dir.filePath(dialog.fileName()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    kt::MainWindow window(store);
    QSignalSpy ended(&window, &kt::MainWindow::importFinished);
    window.importFiles({file.fileName()});
    REQUIRE(waitForImport(ended).first);
    const QList<kt::Event> events = store.loadEvents();
    REQUIRE(!events.isEmpty());
    CHECK(events.first().dateStart == *kt::DayDate::fromIso(QStringLiteral("2022-05-31")));
    CHECK(store.document(events.first().documentId)->title ==
          QStringLiteral("Attaque contre un poste militaire"));
}
