#include "core/DayDate.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using kt::Event;
using kt::EventStore;

namespace {

QByteArray fileHash(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

kt::Document article() {
    kt::Document document;
    document.kind = QStringLiteral("article");
    document.title = QStringLiteral("Mali : progrès significatifs");
    document.source = QStringLiteral("Sahel Intelligence");
    document.url = QStringLiteral("https://example.org/a");
    document.language = QStringLiteral("fr");
    document.published = QDate(2023, 11, 13);
    document.body = QStringLiteral(
        "L’état-major a déclaré que les FAMa ont brisé la ligne défensive. Le HCUA a rapporté l’inverse.");
    return document;
}

QList<Event> twoClaims() {
    Event a;
    a.dateStart = *kt::DayDate::fromIso(QStringLiteral("2023-11-10"));
    a.dateEnd = *kt::DayDate::fromIso(QStringLiteral("2023-11-12"));
    a.precision = kt::TimePrecision::Week;
    a.eventType = QStringLiteral("Battles");
    a.subEventType = QStringLiteral("Armed clash");
    a.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")};
    a.actors = {QStringLiteral("les FAMa"), QStringLiteral("groupes armés terroristes")};
    a.location = QStringLiteral("Kidal");
    a.placeText = QStringLiteral("près de Kidal");
    a.claimedBy = QStringLiteral("État-major général des armées");
    a.claimantFaction = QStringLiteral("FAMa");
    a.track = QStringLiteral("Kidal offensive");
    a.summary = QStringLiteral("FAMa broke the defensive line");
    a.quote = QStringLiteral("L’état-major a déclaré que les FAMa ont brisé la ligne défensive.");
    a.charStart = 0;
    a.charEnd = 63;
    a.confidence = 0.6;
    a.contradicts = {1};
    Event b = a;
    b.factions = {QStringLiteral("CSP-PSD"), QStringLiteral("FAMa"), QStringLiteral("Wagner")};
    b.claimedBy = QStringLiteral("HCUA");
    b.claimantFaction = QStringLiteral("CSP-PSD");
    b.summary = QStringLiteral("CSP-PSD repelled FAMa, Wagner");
    b.quote = QStringLiteral("Le HCUA a rapporté l’inverse.");
    b.charStart = 64;
    b.charEnd = 93;
    b.contradicts = {0};
    b.value = 3.0;
    b.unit = QStringLiteral("vehicles");
    return {a, b};
}

} // namespace

TEST_CASE("a store is created and migrated from an empty file", "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    { QFile(path).open(QIODevice::WriteOnly); } // an empty file, as a user might create
    {
        EventStore store(path);
        CHECK(store.eventCount() == 0);
        CHECK(store.trackNames() ==
              QStringList{QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
    }
    kt::Database db(path);
    CHECK(db.userVersion() == kt::Schema::latestVersion());
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    auto tables =
        db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                   "('documents','events','factions','aliases','event_factions','event_actors','tracks',"
                   "'claims','contradictions','provenance')");
    REQUIRE(tables.step());
    CHECK(tables.int64(0) == 10);
    auto factions = db.prepare("SELECT count(*) FROM factions");
    REQUIRE(factions.step());
    CHECK(factions.int64(0) == kt::FactionCatalog::bundled().factions().size());
}

TEST_CASE("events round-trip through the store with claims, spans and contradictions", "[store]") {
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    const auto result = store.add(article(), twoClaims());
    CHECK(result.added == 2);
    const QList<Event> loaded = store.loadEvents();
    REQUIRE(loaded.size() == 2);
    const QList<Event> expected = twoClaims();
    for (int i = 0; i < 2; ++i) {
        const Event &got = loaded.at(i);
        const Event &want = expected.at(i);
        CHECK(got.dateStart == want.dateStart);
        CHECK(got.dateEnd == want.dateEnd);
        CHECK(got.precision == want.precision);
        CHECK(got.factions == want.factions);
        CHECK(got.actors == want.actors);
        CHECK(got.location == want.location);
        CHECK(got.placeText == want.placeText);
        CHECK(got.claimedBy == want.claimedBy);
        CHECK(got.claimantFaction == want.claimantFaction);
        CHECK(got.track == want.track);
        CHECK(got.quote == want.quote);
        CHECK(got.charStart == want.charStart);
        CHECK(got.charEnd == want.charEnd);
        CHECK(got.confidence == Approx(want.confidence));
        CHECK(got.value == want.value);
        CHECK(got.unit == want.unit);
        CHECK(got.documentId == result.documentId);
    }
    CHECK(loaded.at(0).contradicts == QList<std::int64_t>{loaded.at(1).id});
    CHECK(loaded.at(1).contradicts == QList<std::int64_t>{loaded.at(0).id});
    const auto document = store.document(result.documentId);
    REQUIRE(document);
    CHECK(document->body == article().body);
    CHECK(document->published == QDate(2023, 11, 13));
}

TEST_CASE("adding the same document twice adds nothing", "[store]") {
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    store.add(article(), twoClaims());
    const auto again = store.add(article(), twoClaims());
    CHECK(again.added == 0);
    CHECK(again.existing == 2);
    CHECK(store.eventCount() == 2);
}

TEST_CASE("a failed import changes nothing", "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    EventStore store(path);
    store.add(article(), twoClaims());
    QList<Event> bad = twoClaims();
    for (Event &event : bad)
        event.summary += QStringLiteral(" (second report)");
    bad[1].contradicts = {7}; // no such event in the batch
    kt::Document other = article();
    other.body += QStringLiteral(" Mise à jour.");
    CHECK_THROWS_AS(store.add(other, bad), kt::StoreError);
    CHECK(store.eventCount() == 2);
    kt::Database db(path);
    auto documents = db.prepare("SELECT count(*) FROM documents");
    REQUIRE(documents.step());
    CHECK(documents.int64(0) == 1);
}

TEST_CASE("a store from a newer version is refused and left untouched", "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        EventStore store(path);
        store.add(article(), twoClaims());
    }
    {
        kt::Database db(path);
        db.exec("PRAGMA user_version = 99");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db.exec("PRAGMA journal_mode = DELETE");
    }
    const QByteArray before = fileHash(path);
    try {
        EventStore store(path);
        FAIL("a newer store was opened");
    } catch (const kt::StoreError &error) {
        CHECK_THAT(error.what(), Catch::Contains("newer version") && Catch::Contains("future.sqlite"));
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("a foreign SQLite file or a non-database is refused", "[store]") {
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        kt::Database db(foreign);
        db.exec("CREATE TABLE accounts(id INTEGER)");
    }
    CHECK_THROWS_WITH(EventStore(foreign), Catch::Contains("not a kidal-timeline store"));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    CHECK_THROWS_AS(EventStore(text), kt::StoreError);
}

TEST_CASE("user aliases map names to factions", "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        EventStore store(path);
        CHECK(store.factionCatalog().resolve(QStringLiteral("Wagner Group")) == QStringLiteral("Wagner"));
        CHECK_FALSE(store.factionCatalog().resolve(QStringLiteral("Ganda Izo Militia")));
        store.addAlias(QStringLiteral("Ganda Izo Militia"), QStringLiteral("Platform"));
        CHECK_THROWS_AS(store.addAlias(QStringLiteral("x"), QStringLiteral("No such faction")),
                        kt::StoreError);
    }
    EventStore reopened(path);
    CHECK(reopened.factionCatalog().resolve(QStringLiteral("ganda izo militia")) ==
          QStringLiteral("Platform"));
}
