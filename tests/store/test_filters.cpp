// One meaning per filter: the store's SQL, the timeline's in-memory index and Filter::matches let the same
// events through, for every kind of criterion and their combinations (AND across kinds, OR within one).

#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "io/AcledImporter.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"
#include "view/ViewportQuery.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using kt::Filter;

namespace {

struct Store {
    QTemporaryDir dir;
    kt::EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    Store() {
        kt::DefaultStore::seed(store); // the article: claims that contradict each other
        kt::ImportTransaction transaction(store);
        kt::AcledImporter importer(transaction, store.factionCatalog());
        importer.importFile(QStringLiteral(KT_FIXTURES "/acled-tricky.csv"), false); // fatalities, sources
        transaction.commit();
        store.updateSearchIndex();
    }
};

std::vector<std::int64_t> sqlIds(const kt::EventStore &store, const Filter &filter) {
    std::vector<std::int64_t> ids;
    for (const kt::Event &event : store.loadEvents(filter))
        ids.push_back(event.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<std::int64_t> indexIds(kt::EventStore &store, const Filter &filter) {
    kt::ViewportQuery query(store);
    query.setFilter(filter);
    const kt::ViewportQuery::Frame frame = query.query(-1e15, 1e15, 100);
    REQUIRE_FALSE(frame.bins);
    std::vector<std::int64_t> ids;
    for (const kt::Event &event : frame.events)
        ids.push_back(event.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("every criterion means the same in the store, the index and in memory", "[store][filters]") {
    Store s;
    const QList<kt::Event> all = s.store.loadEvents();
    REQUIRE(all.size() == 18);
    std::vector<std::pair<const char *, Filter>> filters;
    const auto add = [&filters](const char *name, auto &&change) {
        Filter filter;
        change(filter);
        filters.emplace_back(name, filter);
    };
    add("FAMa in any role", [](Filter &f) { f.factions = {QStringLiteral("FAMa")}; });
    add("FAMa as initiator", [](Filter &f) {
        f.factions = {QStringLiteral("FAMa")};
        f.factionRole = kt::FactionRole::Initiator;
    });
    add("two factions as initiators (OR)", [](Filter &f) {
        f.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")};
        f.factionRole = kt::FactionRole::Initiator;
    });
    add("contested", [](Filter &f) { f.contestedOnly = true; });
    add("at least 5 fatalities", [](Filter &f) { f.minFatalities = 5; });
    add("two tracks (OR)", [](Filter &f) {
        f.tracks = {QStringLiteral("MINUSMA withdrawal"), QStringLiteral("ACLED: Mali")};
    });
    add("battles on the ACLED track (AND)", [](Filter &f) {
        f.eventTypes = {QStringLiteral("Battles")};
        f.tracks = {QStringLiteral("ACLED: Mali")};
    });
    add("contested and FAMa as initiator", [](Filter &f) {
        f.contestedOnly = true;
        f.factions = {QStringLiteral("FAMa")};
        f.factionRole = kt::FactionRole::Initiator;
    });
    add("text and fatalities", [](Filter &f) {
        f.search = QStringLiteral("kidal");
        f.minFatalities = 0;
    });
    add("no faction at all (None)", [](Filter &f) { f.factions = {QString()}; });
    add("no type at all", [](Filter &f) { f.eventTypes = {QString()}; });

    for (const auto &[name, filter] : filters) {
        INFO(name);
        std::vector<std::int64_t> memory;
        for (const kt::Event &event : all)
            if (filter.matches(event))
                memory.push_back(event.id);
        std::sort(memory.begin(), memory.end());
        const std::vector<std::int64_t> sql = sqlIds(s.store, filter);
        CHECK(sql == memory);
        CHECK(indexIds(s.store, filter) == sql);
    }
    // The criteria narrow: each of these lets some events through and leaves others out.
    for (const char *name : {"FAMa as initiator", "contested", "at least 5 fatalities", "two tracks (OR)"}) {
        INFO(name);
        const auto it = std::find_if(filters.cbegin(), filters.cend(),
                                     [name](const auto &entry) { return qstrcmp(entry.first, name) == 0; });
        const std::size_t count = sqlIds(s.store, it->second).size();
        CHECK(count > 0);
        CHECK(count < static_cast<std::size_t>(all.size()));
    }
    // As initiator is narrower than in any role.
    CHECK(sqlIds(s.store, filters.at(1).second).size() < sqlIds(s.store, filters.at(0).second).size());
}

TEST_CASE("who claims it: the claimant, ACLED's source column or the article's outlet", "[store][filters]") {
    Store s;
    const auto count = [&s](const char *claimant) {
        Filter filter;
        filter.claimant = QString::fromUtf8(claimant);
        const std::size_t sql = sqlIds(s.store, filter).size();
        CHECK(indexIds(s.store, filter).size() == sql);
        return sql;
    };
    CHECK(count("HCUA") > 0);               // a claimant named in the article, and ACLED's source "HCUA; AFP"
    CHECK(count("sahel intelligence") > 0); // the article's outlet and an ACLED source, case ignored
    CHECK(count("nobody-says-this") == 0);
    // Without accents or case, as the panel's other text boxes: "ETAT-MAJOR" is the army's "état-major".
    CHECK(count("état-major") > 0);
    CHECK(count("ETAT-MAJOR") == count("état-major"));
    CHECK(count("100%") == 0); // % is a character, not a wildcard
    Filter both;
    both.claimant = QStringLiteral("HCUA");
    both.factions = {QStringLiteral("FAMa")};
    both.factionRole = kt::FactionRole::Initiator;
    CHECK(sqlIds(s.store, both).size() < static_cast<std::size_t>(count("HCUA")));
}

TEST_CASE("faction counts follow the other criteria", "[store][filters]") {
    Store s;
    kt::ViewportQuery query(s.store);
    const qint64 famaAll = query.factionCounts().value(QStringLiteral("FAMa"));
    Filter contested;
    contested.contestedOnly = true;
    contested.factions = {QStringLiteral("MINUSMA")}; // the faction criterion itself is not applied to counts
    query.setFilter(contested);
    const QHash<QString, qint64> counts = query.factionCounts();
    CHECK(counts.value(QStringLiteral("FAMa")) > 0);
    CHECK(counts.value(QStringLiteral("FAMa")) < famaAll);
    CHECK(counts.value(QStringLiteral("MINUSMA")) == 0); // no MINUSMA event is contested
}

TEST_CASE("a filter in words: all factions but one, the role, the claims", "[filters]") {
    Filter filter;
    const QStringList factions{QStringLiteral("FAMa"), QStringLiteral("Wagner"), QStringLiteral("CSP-PSD"),
                               QStringLiteral("MINUSMA"), QStringLiteral("Other")};
    filter.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD"), QStringLiteral("MINUSMA"),
                       QStringLiteral("Other")};
    CHECK(filter.describe(factions) == QStringLiteral("all factions but Wagner"));
    filter.factionRole = kt::FactionRole::Initiator;
    filter.factions = {QStringLiteral("FAMa")};
    filter.contestedOnly = true;
    filter.minFatalities = 10;
    CHECK(
        filter.describe(factions) ==
        QStringLiteral("factions: FAMa (as initiator) \u00b7 contested only \u00b7 at least 10 fatalities"));
}
