#include "core/DayDate.h"
#include "store/EventCorrections.h"
#include "store/EventStore.h"
#include "store/StoreError.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using kt::Event;
using kt::EventStore;

namespace {

kt::Day day(const char *iso) {
    return *kt::DayDate::fromIso(QString::fromLatin1(iso));
}

kt::Document article(const QString &source, const QString &body) {
    kt::Document document;
    document.kind = QStringLiteral("article");
    document.title = source + QStringLiteral(": fighting near Ansongo");
    document.source = source;
    document.language = QStringLiteral("en");
    document.published = QDate(2022, 3, 9);
    document.body = body;
    return document;
}

// An ambush told by an article; `on` is its day.
Event ambush(const char *on, const QString &claimant, const QString &quote) {
    Event event;
    event.dateStart = day(on);
    event.dateEnd = event.dateStart;
    event.eventType = QStringLiteral("Violence against civilians");
    event.subEventType = QStringLiteral("Attack");
    event.factions = {QStringLiteral("EIGS"), QStringLiteral("Civilians")};
    event.location = QStringLiteral("Ansongo");
    event.track = QStringLiteral("Ménaka");
    event.summary = QStringLiteral("Gunmen raid the Ansongo bazaar");
    event.claimedBy = claimant;
    event.quote = quote;
    return event;
}

QStringList summaries(const EventStore &store) {
    QStringList list;
    for (const Event &event : store.loadEvents())
        list << event.summary;
    return list;
}

qint64 searchHits(const EventStore &store, const QString &words) {
    kt::Filter filter;
    filter.search = words;
    return store.loadEvents(filter).size();
}

struct Fixture {
    QTemporaryDir dir;
    EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    kt::EventCorrections corrections{store};
    kt::DocumentEvents first{
        article(QStringLiteral("Studio Tamani"), QStringLiteral("Gunmen attacked the market on 7 March.")),
        {ambush("2022-03-07", QStringLiteral("a local official"),
                QStringLiteral("Gunmen attacked the market on 7 March."))}};

    std::int64_t onlyId() {
        const QList<Event> events = store.loadEvents();
        REQUIRE(events.size() == 1);
        return events.constFirst().id;
    }
};

} // namespace

TEST_CASE("[corrections] an edit changes what an analyst may change, keeps the first version, and is undone",
          "[store]") {
    Fixture f;
    f.store.add(f.first.document, f.first.events);
    const Event before = f.store.loadEvents().constFirst();
    CHECK_FALSE(before.edited);
    CHECK(f.corrections.original(before.id) == std::nullopt);

    Event edited = before;
    edited.dateStart = day("2022-03-06");
    edited.dateEnd = day("2022-03-06");
    edited.eventType = QStringLiteral("Battles");
    edited.subEventType = QStringLiteral("Armed clash");
    edited.factions = {QStringLiteral("FAMa"), QStringLiteral("EIGS")};
    edited.location = QStringLiteral("Ménaka");
    edited.summary = QStringLiteral("Soldiers clash with jihadists at Tinfadimata");
    edited.fatalities = 12;
    edited.edited = true;
    f.corrections.replace(edited);

    const Event after = f.store.loadEvents().constFirst();
    CHECK(after.edited);
    CHECK(after.dateStart == day("2022-03-06"));
    CHECK(after.eventType == QStringLiteral("Battles"));
    CHECK(after.subEventType == QStringLiteral("Armed clash"));
    CHECK(after.factions == QStringList{QStringLiteral("FAMa"), QStringLiteral("EIGS")});
    CHECK(after.location == QStringLiteral("Ménaka"));
    CHECK(after.fatalities == 12);
    CHECK(after.quote == before.quote); // what the source said stays
    CHECK(after.uid == before.uid);
    // The timeline's index follows: the initiator and the sides.
    const kt::EventIndex index = f.store.loadIndex();
    REQUIRE(index.size() == 1);
    CHECK(index.factionNames.at(index.row(0).primaryFaction) == QStringLiteral("FAMa"));
    // The search index knows the new words and forgets the old ones (accents and case ignored).
    CHECK(searchHits(f.store, QStringLiteral("tinfadimata")) == 1);
    CHECK(searchHits(f.store, QStringLiteral("bazaar")) == 0);
    CHECK(searchHits(f.store, QStringLiteral("market")) == 1); // the quote's word: what the source said stays
    CHECK(searchHits(f.store, QStringLiteral("menaka")) == 1);

    const std::optional<Event> original = f.corrections.original(before.id);
    REQUIRE(original);
    CHECK(original->dateStart == before.dateStart);
    CHECK(original->eventType == before.eventType);
    CHECK(original->factions == before.factions);
    CHECK(original->summary == before.summary);

    // A second edit keeps the first version, not the first edit.
    edited.summary = QStringLiteral("Second thoughts");
    f.corrections.replace(edited);
    CHECK(f.corrections.original(before.id)->summary == before.summary);

    // Undoing the first edit gives the machine's event back, unmarked.
    f.corrections.replace(before);
    const Event undone = f.store.loadEvents().constFirst();
    CHECK_FALSE(undone.edited);
    CHECK(undone.summary == before.summary);
    CHECK(undone.factions == before.factions);
    CHECK(undone.dateStart == before.dateStart);
    CHECK(f.corrections.original(before.id) == std::nullopt);
    CHECK(searchHits(f.store, QStringLiteral("bazaar")) == 1);
    CHECK(searchHits(f.store, QStringLiteral("tinfadimata")) == 0);
}

TEST_CASE("[corrections] edited and deleted events stay as the analyst left them when their article is "
          "imported again",
          "[store]") {
    Fixture f;
    f.store.add(f.first.document, f.first.events);
    Event edited = f.store.loadEvents().constFirst();
    edited.summary = QStringLiteral("Corrected by hand");
    edited.edited = true;
    f.corrections.replace(edited);

    const EventStore::AddResult again = f.store.add(f.first.document, f.first.events);
    CHECK(again.added == 0);
    CHECK(again.existing == 1);
    CHECK(summaries(f.store) == QStringList{QStringLiteral("Corrected by hand")});

    f.corrections.setDeleted(edited.id, true);
    CHECK(f.store.eventCount() == 0);
    CHECK(f.store.isEmpty());
    CHECK(f.store.loadIndex().size() == 0);
    CHECK(f.store.loadEvents(std::vector<std::int64_t>{edited.id}).isEmpty());
    f.store.add(f.first.document, f.first.events);
    CHECK(f.store.eventCount() == 0); // not brought back by the import

    f.corrections.setDeleted(edited.id, false);
    CHECK(summaries(f.store) == QStringList{QStringLiteral("Corrected by hand")});
}

TEST_CASE("[corrections] another article telling the same happening becomes one of its sources", "[store]") {
    Fixture f;
    f.store.add(f.first.document, f.first.events);
    // A day later, same sides, type and place: the same happening, as sources often differ by a day.
    const QString quote = QStringLiteral("Armed men killed civilians at the Ansongo market on Tuesday.");
    const EventStore::AddResult second = f.store.add(
        article(QStringLiteral("RFI"), quote), {ambush("2022-03-08", QStringLiteral("the army"), quote)});
    CHECK(second.added == 1);
    CHECK(second.merged == 1);
    CHECK(f.store.eventCount() == 1);
    const Event event = f.store.loadEvents().constFirst();
    CHECK(event.sourceCount == 2);
    CHECK(event.dateStart == day("2022-03-07")); // the first account's day, the other kept with its source
    const QList<Event> sources = f.corrections.sources(event.id);
    REQUIRE(sources.size() == 1);
    CHECK(sources.constFirst().dateStart == day("2022-03-08"));
    CHECK(sources.constFirst().claimedBy == QStringLiteral("the army"));
    CHECK(sources.constFirst().quote == quote);
    CHECK(f.store.document(sources.constFirst().documentId)->source == QStringLiteral("RFI"));

    // Three days apart, another place, or other sides: other happenings.
    Event later = ambush("2022-03-11", QString(), QStringLiteral("a"));
    Event elsewhere = ambush("2022-03-07", QString(), QStringLiteral("b"));
    elsewhere.location = QStringLiteral("Gao");
    Event others = ambush("2022-03-07", QString(), QStringLiteral("c"));
    others.factions = {QStringLiteral("JNIM"), QStringLiteral("Civilians")};
    const EventStore::AddResult third =
        f.store.add(article(QStringLiteral("AFP"), QStringLiteral("abc")), {later, elsewhere, others});
    CHECK(third.added == 3);
    CHECK(third.merged == 0);
    CHECK(f.store.eventCount() == 4);

    // The analyst separates them: both are shown again, each with its own source.
    f.corrections.unmerge(sources.constFirst().id, {});
    CHECK(f.store.eventCount() == 5);
    CHECK(f.store.loadEvents(std::vector<std::int64_t>{event.id}).constFirst().sourceCount == 1);
}

TEST_CASE("[corrections] merge moves the merged event's own sources and unmerge puts them back", "[store]") {
    Fixture f;
    Event a = ambush("2022-03-07", QString(), QStringLiteral("a"));
    Event b = ambush("2022-05-01", QString(), QStringLiteral("b"));
    Event c = ambush("2022-08-01", QString(), QStringLiteral("c"));
    for (Event *event : {&a, &b, &c})
        event->summary = event->quote;
    f.store.add(article(QStringLiteral("X"), QStringLiteral("x")), {a, b, c});
    const QList<Event> events = f.store.loadEvents();
    REQUIRE(events.size() == 3);
    const std::int64_t idA = events.at(0).id;
    const std::int64_t idB = events.at(1).id;
    const std::int64_t idC = events.at(2).id;

    CHECK(f.corrections.merge(idB, idC).isEmpty());
    const QList<std::int64_t> moved = f.corrections.merge(idA, idB);
    CHECK(moved == QList<std::int64_t>{idC});
    CHECK(summaries(f.store) == QStringList{QStringLiteral("a")});
    CHECK(f.store.loadEvents().constFirst().sourceCount == 3);
    CHECK(f.corrections.sources(idA).size() == 2);
    CHECK_THROWS_AS(f.corrections.merge(idA, idA), kt::StoreError);
    CHECK_THROWS_AS(f.corrections.merge(idA, idC), kt::StoreError); // C is a source now, not shown

    f.corrections.unmerge(idB, moved);
    CHECK(summaries(f.store) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(f.corrections.sources(idB).size() == 1);
    f.corrections.unmerge(idC, {});
    CHECK(summaries(f.store) == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
}

TEST_CASE("[corrections] split makes a marked copy with the same source, undoing it removes only the copy",
          "[store]") {
    Fixture f;
    f.store.add(f.first.document, f.first.events);
    const Event event = f.store.loadEvents().constFirst();
    const QString uid = event.uid + QStringLiteral("/split-1");
    const std::int64_t copyId = f.corrections.split(event.id, uid);
    const QList<Event> both = f.store.loadEvents();
    REQUIRE(both.size() == 2);
    const Event copy = f.store.loadEvents(std::vector<std::int64_t>{copyId}).constFirst();
    CHECK(copy.edited);
    CHECK(copy.uid == uid);
    CHECK(copy.quote == event.quote);
    CHECK(copy.documentId == event.documentId);
    CHECK(copy.claimedBy == event.claimedBy);
    CHECK(f.corrections.original(copyId)->summary == event.summary);
    CHECK(searchHits(f.store, QStringLiteral("bazaar")) == 2);
    CHECK_THROWS_AS(f.corrections.split(event.id, uid), kt::StoreError);

    CHECK_THROWS_AS(f.corrections.removeSplit(event.uid), kt::StoreError); // not an analyst's event
    f.corrections.removeSplit(uid);
    CHECK(f.store.eventCount() == 1);
    CHECK(f.onlyId() == event.id);
    CHECK(searchHits(f.store, QStringLiteral("bazaar")) == 1);
}

TEST_CASE("[corrections] a read-only store refuses every correction and stays as it was", "[store]") {
    Fixture f;
    f.store.add(f.first.document, f.first.events);
    const std::int64_t id = f.onlyId();
    EventStore readOnly(f.store.path(), EventStore::Access::ReadOnly);
    kt::EventCorrections corrections(readOnly);
    Event edited = readOnly.loadEvents().constFirst();
    edited.summary = QStringLiteral("x");
    edited.edited = true;
    CHECK_THROWS_AS(corrections.replace(edited), kt::StoreError);
    CHECK_THROWS_AS(corrections.setDeleted(id, true), kt::StoreError);
    CHECK_THROWS_AS(corrections.split(id, QStringLiteral("u")), kt::StoreError);
    CHECK(summaries(f.store) == QStringList{QStringLiteral("Gunmen raid the Ansongo bazaar")});
    CHECK(f.store.eventCount() == 1);
    CHECK_THROWS_AS(f.corrections.setDeleted(id + 100, true), kt::StoreError);
}

TEST_CASE("[factions] an analyst makes, renames and colours factions, events, aliases and imports follow",
          "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        EventStore store(path);
        Event clash = ambush("2022-03-07", QString(), QStringLiteral("q"));
        clash.eventType = QStringLiteral("Battles");
        clash.subEventType = QStringLiteral("Armed clash");
        clash.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")};
        store.add(article(QStringLiteral("A"), QStringLiteral("a")), {clash});

        store.renameFaction(QStringLiteral("CSP-PSD"), QStringLiteral("CSP-DPA"));
        CHECK(store.loadEvents().constFirst().factions ==
              QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-DPA")});
        const kt::FactionCatalog catalog = store.factionCatalog();
        CHECK(catalog.resolve(QStringLiteral("CSP-PSD")) == QStringLiteral("CSP-DPA"));
        CHECK(catalog.resolve(QStringLiteral("HCUA")) == QStringLiteral("CSP-DPA")); // the gazetteer's alias
        CHECK_FALSE(catalog.faction(QStringLiteral("CSP-PSD")));
        kt::Filter rebels;
        rebels.factions = {QStringLiteral("CSP-DPA")};
        CHECK(store.loadEvents(rebels).size() == 1);

        store.setFactionColor(QStringLiteral("CSP-DPA"), QStringLiteral("#123456"));
        CHECK(store.factionCatalog().color(QStringLiteral("CSP-DPA")) == QStringLiteral("#123456"));
        CHECK_THROWS_AS(store.setFactionColor(QStringLiteral("CSP-DPA"), QStringLiteral("red")),
                        kt::StoreError);

        store.addFaction(QStringLiteral("Tessit self-defence group"), QStringLiteral("#654321"));
        const kt::FactionCatalog withNew = store.factionCatalog();
        REQUIRE(withNew.faction(QStringLiteral("Tessit self-defence group")));
        CHECK(withNew.order(QStringLiteral("Tessit self-defence group")) <
              withNew.order(QStringLiteral("Other")));
        CHECK(withNew.color(QStringLiteral("Tessit self-defence group")) == QStringLiteral("#654321"));

        CHECK_THROWS_AS(store.addFaction(QStringLiteral("fama"), QStringLiteral("#000000")), kt::StoreError);
        CHECK_THROWS_AS(store.addFaction(QStringLiteral("Katiba Macina"), QStringLiteral("#000000")),
                        kt::StoreError); // the gazetteer's name for a part of JNIM
        CHECK_THROWS_AS(store.addFaction(QStringLiteral("Wagner"), QStringLiteral("#000000")),
                        kt::StoreError);
        CHECK_THROWS_AS(
            store.renameFaction(QStringLiteral("Wagner"), QStringLiteral("Forces armées maliennes")),
            kt::StoreError); // an alias of FAMa
        CHECK_THROWS_AS(store.renameFaction(QStringLiteral("Other"), QStringLiteral("Unknown")),
                        kt::StoreError);
        CHECK_THROWS_AS(store.renameFaction(QStringLiteral("Nobody"), QStringLiteral("X")), kt::StoreError);
    }
    // Opened again: the gazetteer's faction is not brought back beside the renamed one, and an article that
    // names the coalition by its old name lands under the new one.
    EventStore store(path);
    const kt::FactionCatalog catalog = store.factionCatalog();
    CHECK_FALSE(catalog.faction(QStringLiteral("CSP-PSD")));
    CHECK(catalog.color(QStringLiteral("CSP-DPA")) == QStringLiteral("#123456"));
    Event later = ambush("2022-09-01", QString(), QStringLiteral("r"));
    later.factions = {QStringLiteral("CSP-PSD"), QStringLiteral("Tessit self-defence group")};
    store.add(article(QStringLiteral("B"), QStringLiteral("b")), {later});
    const QList<Event> events = store.loadEvents();
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).factions ==
          QStringList{QStringLiteral("CSP-DPA"), QStringLiteral("Tessit self-defence group")});
    CHECK(store.loadIndex().factionNames.contains(QStringLiteral("Tessit self-defence group")));
}
