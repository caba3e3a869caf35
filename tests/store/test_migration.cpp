#include "core/DayDate.h"
#include "core/Filter.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/Schema.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using kt::EventStore;

namespace {

kt::Day day(const char *iso) {
    return *kt::DayDate::fromIso(QString::fromLatin1(iso));
}

// A store as version 1 of the program left it: a document, two contradicting claims and a deadline.
void writeVersion1Store(const QString &path) {
    kt::Database db(path);
    kt::Schema::migrate(db, 1);
    REQUIRE(db.userVersion() == 1);
    db.exec(R"sql(
INSERT INTO factions(id, name, color, position) VALUES (1, 'FAMa', '#0072B2', 0), (2, 'Wagner', '#CC79A7', 1),
    (3, 'CSP-PSD', '#E69F00', 2), (6, 'MINUSMA', '#56B4E9', 5);
INSERT INTO documents(id, kind, title, body, sha256) VALUES (1, 'article', 'Kidal', 'Texte de l''article.', 'abc');
INSERT INTO events(id, uid, document_id, date_start, date_end, time_precision, status, event_type, sub_event_type,
    location, place_text, track_id, summary, notes)
VALUES (1, 'h:one', 1, 19672, 19673, 2, 'occurred', 'Battles', 'Armed clash', 'Anéfis', 'près d''Anéfis', 1,
        'FAMa broke the line', NULL),
       (2, 'h:two', 1, 19672, 19673, 2, 'occurred', 'Battles', 'Armed clash', 'Anéfis', NULL, 1,
        'CSP-PSD repelled FAMa and Wagner', NULL),
       (3, 'h:three', 1, 19722, 19722, 1, 'planned', 'Strategic developments', 'Other', 'Mali', NULL, 2,
        'MINUSMA gone by 31 December', 'Résolution 2690');
INSERT INTO event_factions(event_id, faction_id, position, role) VALUES (1, 1, 0, 'initiator'),
    (1, 3, 1, 'counterpart'), (2, 3, 0, 'initiator'), (2, 1, 1, 'counterpart'), (2, 2, 2, 'counterpart'),
    (3, 6, 0, 'initiator');
INSERT INTO event_actors(event_id, position, name) VALUES (1, 0, 'les FAMa'), (2, 0, 'armée nationale azawadienne');
INSERT INTO claims(event_id, claimant, faction_id) VALUES (1, 'État-major général des armées', 1), (2, 'HCUA', 3);
INSERT INTO contradictions(event_a, event_b) VALUES (1, 2);
INSERT INTO provenance(event_id, document_id, char_start, char_end, quote, confidence)
VALUES (1, 1, 0, 5, 'Texte', 0.8);
)sql");
}

} // namespace

TEST_CASE("a store made at schema 1 is upgraded with everything in it", "[store][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    writeVersion1Store(path);

    EventStore store(path);
    CHECK(store.database().userVersion() == kt::Schema::latestVersion());
    const QList<kt::Event> events = store.loadEvents();
    REQUIRE(events.size() == 3);
    const kt::Event &line = events.at(0);
    CHECK(line.uid == QStringLiteral("h:one"));
    CHECK(line.factions == QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")});
    CHECK(line.actors == QStringList{QStringLiteral("les FAMa")});
    CHECK(line.claimedBy == QStringLiteral("État-major général des armées"));
    CHECK(line.claimantFaction == QStringLiteral("FAMa"));
    CHECK(line.precision == kt::TimePrecision::Week);
    CHECK(line.placeText == QStringLiteral("près d'Anéfis"));
    CHECK(line.quote == QStringLiteral("Texte"));
    CHECK(line.confidence == Approx(0.8));
    CHECK(line.track == QStringLiteral("Kidal offensive"));
    CHECK(line.contradicts == QList<std::int64_t>{2});
    CHECK(events.at(1).factions ==
          QStringList{QStringLiteral("CSP-PSD"), QStringLiteral("FAMa"), QStringLiteral("Wagner")});
    const kt::Event &deadline = events.at(2);
    CHECK(deadline.status == kt::EventStatus::Planned);
    CHECK(deadline.eventType == QStringLiteral("Strategic developments"));
    CHECK(deadline.track == QStringLiteral("MINUSMA withdrawal"));
    CHECK(deadline.notes == QStringLiteral("Résolution 2690"));

    // The covering index the timeline reads, with the factions as bits.
    const kt::EventIndex index = store.loadIndex();
    REQUIRE(index.size() == 3);
    CHECK(index.row(1).factionMask == ((1U << 0U) | (1U << 1U) | (1U << 2U)));
    CHECK(index.factionNames.at(index.row(1).primaryFaction) == QStringLiteral("CSP-PSD"));
    CHECK(index.row(2).status == kt::EventStatus::Planned);
    // Schema 3 gave the places ids, in the same index.
    CHECK(index.placeNames.at(index.row(0).place) == QStringLiteral("Anéfis"));
    CHECK(index.placeNames.at(index.row(2).place) == QStringLiteral("Mali"));

    // The full-text index was built for the old events on opening.
    CHECK(store.unindexedCount() == 0);
    kt::Filter filter;
    filter.search = QStringLiteral("anefis repelled");
    CHECK(store.loadEvents(filter).size() == 1);
}

TEST_CASE("every migration step runs on its own, in order", "[store][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps.sqlite"));
    for (int version = 1; version <= kt::Schema::latestVersion(); ++version) {
        kt::Database db(path);
        kt::Schema::migrate(db, version);
        CHECK(db.userVersion() == version);
        auto check = db.prepare("PRAGMA integrity_check");
        REQUIRE(check.step());
        CHECK(check.text(0) == QStringLiteral("ok"));
    }
    EventStore store(path);
    CHECK(store.eventCount() == 0);
}

TEST_CASE("full-text search ignores accents and case and finds prefixes", "[store][search]") {
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    auto event = [](const char *uid, const char *location, const char *summary) {
        kt::Event e;
        e.uid = QString::fromLatin1(uid);
        e.dateStart = e.dateEnd = day("2023-11-12");
        e.eventType = QStringLiteral("Battles");
        e.subEventType = QStringLiteral("Armed clash");
        e.factions = {QStringLiteral("FAMa")};
        e.location = QString::fromUtf8(location);
        e.summary = QString::fromUtf8(summary);
        return e;
    };
    kt::Document document;
    document.kind = QStringLiteral("article");
    document.body = QStringLiteral("x");
    store.add(document,
              {event("a", "Anéfis", "Les FAMa entrent à Anéfis"),
               event("b", "Ménaka", "Attaque près de Ménaka"), event("c", "Gao", "Convoi parti de Gao")});
    CHECK(store.unindexedCount() == 0);
    auto found = [&store](const char *text) {
        kt::Filter filter;
        filter.search = QString::fromUtf8(text);
        QStringList uids;
        for (const kt::Event &e : store.loadEvents(filter))
            uids << e.uid;
        return uids;
    };
    CHECK(found("anefis") == QStringList{QStringLiteral("a")});
    CHECK(found("MENAKA") == QStringList{QStringLiteral("b")});
    CHECK(found("Ménaka attaque") == QStringList{QStringLiteral("b")});
    CHECK(found("conv") == QStringList{QStringLiteral("c")});
    CHECK(found("Tessalit").isEmpty());
    CHECK(found("\"quoted\" AND OR NEAR(").isEmpty()); // FTS syntax in the words is taken as words
}
