#include "core/DayDate.h"
#include "core/InputError.h"
#include "core/SavedView.h"
#include "store/EventStore.h"
#include "store/SavedViews.h"
#include "store/StoreError.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using kt::SavedView;

namespace {

double msecs(const char *iso) {
    return static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QString::fromLatin1(iso))));
}

// Every kind of filter, a window that does not fall on midnight, lanes by place, a title with accents.
SavedView fullView() {
    SavedView view;
    view.name = QStringLiteral("Ménaka, 2022");
    view.filter.factions = {QStringLiteral("EIGS"), QStringLiteral("FAMa")};
    view.filter.factionRole = kt::FactionRole::Initiator;
    view.filter.eventTypes = {QStringLiteral("Battles"), QStringLiteral("Remote explosive/landmine/IED")};
    view.filter.tracks = {QStringLiteral("ACLED: Mali")};
    view.filter.place = QStringLiteral("Ménaka");
    view.filter.search = QStringLiteral("embuscade");
    view.filter.claimant = QStringLiteral("Le Monde");
    view.filter.from = kt::DayDate::fromIso(QStringLiteral("2022-03-01"));
    view.filter.to = kt::DayDate::fromIso(QStringLiteral("2022-06-30"));
    view.filter.contestedOnly = true;
    view.filter.minFatalities = 5;
    view.startMsecs = msecs("2022-02-20") + 3'600'000.5;
    view.endMsecs = msecs("2022-07-10") + 123.0;
    view.lanes = kt::LaneKey::Place;
    view.hideEmptyLanes = false;
    view.barScale = kt::BarScale::Shared;
    view.title = QStringLiteral("Ménaka : attaques de l'EIGS, mars–juin 2022");
    return view;
}

} // namespace

TEST_CASE("[views] a view's JSON gives back every filter, the window to the millisecond, lanes and title",
          "[store]") {
    const SavedView view = fullView();
    const SavedView back = SavedView::fromJson(view.name, view.toJson(), QStringLiteral("test"));
    CHECK(back.filter == view.filter);
    CHECK(back.startMsecs == std::floor(view.startMsecs)); // kept in whole milliseconds
    CHECK(back.endMsecs == view.endMsecs);
    CHECK(back.lanes == kt::LaneKey::Place);
    CHECK(!back.hideEmptyLanes);
    CHECK(back.barScale == kt::BarScale::Shared);
    CHECK(back.title == view.title);
    // An empty view: no filter, the defaults.
    SavedView plain;
    plain.name = QStringLiteral("plain");
    plain.startMsecs = 0;
    plain.endMsecs = 86'400'000;
    CHECK(SavedView::fromJson(plain.name, plain.toJson(), QStringLiteral("test")) == plain);
    CHECK_FALSE(plain.toJson().contains("bars")); // a view saved before bars had a choice reads the same
    CHECK(SavedView::fromJson(plain.name, plain.toJson(), QStringLiteral("test")).barScale ==
          kt::BarScale::PerLane);
    // Readable with any SQLite tool: ISO instants and days, names as written.
    CHECK(view.toJson().contains("\"start\":\"2022-02-20T01:00:00.000Z\""));
    CHECK(view.toJson().contains("\"from\":\"2022-03-01\""));
}

TEST_CASE("[views] a view text this program did not write is refused with what is wrong", "[store]") {
    const QString origin = QStringLiteral("store.sqlite");
    struct Row {
        const char *json;
        const char *message;
    };
    const Row rows[] = {
        {"[1, 2]", "is not a JSON object"},
        {"{\"window\": {\"start\": \"yesterday\", \"end\": \"2022-01-01T00:00:00Z\"}}", "window start"},
        {"{\"window\": {\"start\": \"2022-02-01T00:00:00Z\", \"end\": \"2022-01-01T00:00:00Z\"}}",
         "ends before it starts"},
        {"{\"window\": {\"start\": \"2022-01-01T00:00:00Z\", \"end\": \"2022-02-01T00:00:00Z\"}, \"lanes\": "
         "\"colour\"}",
         "unknown lanes \"colour\""},
        {"{\"window\": {\"start\": \"2022-01-01T00:00:00Z\", \"end\": \"2022-02-01T00:00:00Z\"}, \"bars\": "
         "\"wide\"}",
         "unknown bars \"wide\""},
        {"{\"filter\": {\"from\": \"1/3/2022\"}, \"window\": {\"start\": \"2022-01-01T00:00:00Z\", \"end\": "
         "\"2022-02-01T00:00:00Z\"}}",
         "not a date YYYY-MM-DD"},
    };
    for (const Row &row : rows) {
        INFO(row.json);
        try {
            SavedView::fromJson(QStringLiteral("v"), QByteArray(row.json), origin);
            FAIL("accepted");
        } catch (const kt::InputError &error) {
            CHECK(error.file() == origin);
            CHECK_THAT(error.what(), Catch::Contains(row.message));
        }
    }
}

TEST_CASE("[views] saved, listed, found without regard to case, replaced, renamed, removed", "[store]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::SavedViews views(store);
    CHECK(views.list().isEmpty());
    SavedView first = fullView();
    views.save(first);
    SavedView second;
    second.name = QStringLiteral("  All   of Mali ");
    second.startMsecs = msecs("2012-01-01");
    second.endMsecs = msecs("2024-01-01");
    views.save(second);

    const QList<SavedView> listed = views.list();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).name == QStringLiteral("All of Mali")); // spaces simplified, sorted by name
    CHECK(listed.at(1).filter == first.filter);
    REQUIRE(views.find(QStringLiteral("all of mali")));
    CHECK(views.find(QStringLiteral("all of mali"))->name == QStringLiteral("All of Mali"));
    CHECK(!views.find(QStringLiteral("Gao")));

    // The same name replaces the view, with the case given now.
    second.name = QStringLiteral("ALL OF MALI");
    second.lanes = kt::LaneKey::Faction;
    views.save(second);
    REQUIRE(views.list().size() == 2);
    CHECK(views.find(QStringLiteral("All of Mali"))->name == QStringLiteral("ALL OF MALI"));
    CHECK(views.find(QStringLiteral("All of Mali"))->lanes == kt::LaneKey::Faction);

    views.rename(QStringLiteral("all of mali"), QStringLiteral("Mali, 2012–2023"));
    CHECK(!views.find(QStringLiteral("ALL OF MALI")));
    CHECK(views.find(QStringLiteral("Mali, 2012–2023")));
    CHECK_THROWS_WITH(views.rename(QStringLiteral("Mali, 2012–2023"), first.name),
                      Catch::Contains("already exists"));
    CHECK_THROWS_WITH(views.rename(QStringLiteral("Gao"), QStringLiteral("Tessit")),
                      Catch::Contains("no view"));
    CHECK_THROWS_WITH(views.save(SavedView{}), Catch::Contains("needs a name"));
    views.remove(first.name);
    REQUIRE(views.list().size() == 1);
    CHECK(views.list().at(0).name == QStringLiteral("Mali, 2012–2023"));
}

TEST_CASE("[views] views outlive reopening, a read-only store lists them and refuses changes, a renamed "
          "faction is still found",
          "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        kt::EventStore store(path);
        kt::SavedViews(store).save(fullView());
        store.renameFaction(QStringLiteral("EIGS"), QStringLiteral("IS Sahel"));
    }
    kt::EventStore readOnly(path, kt::EventStore::Access::ReadOnly);
    kt::SavedViews views(readOnly);
    const auto view = views.find(fullView().name);
    REQUIRE(view);
    // The view was saved with "EIGS": it now names the faction as it is called.
    CHECK(view->filter.factions == QSet<QString>{QStringLiteral("IS Sahel"), QStringLiteral("FAMa")});
    SavedView other = fullView();
    other.name = QStringLiteral("other");
    CHECK_THROWS_AS(views.save(other), kt::StoreError);
    CHECK_THROWS_AS(views.remove(fullView().name), kt::StoreError);
    CHECK_THROWS_AS(views.rename(fullView().name, QStringLiteral("x")), kt::StoreError);
    CHECK(views.list().size() == 1);
}
