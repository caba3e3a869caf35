// Store faults users meet on ordinary machines: a store that is only read, damaged, truncated, locked by
// another program, or not a store at all. Each gives a StoreError that names the file and says what to do.

#include "core/DayDate.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <unistd.h>

using kt::EventStore;

namespace {

QByteArray sha(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

kt::Event event(int n) {
    kt::Event e;
    e.uid = QStringLiteral("E%1").arg(n);
    e.dateStart = *kt::DayDate::fromIso(QStringLiteral("2023-11-12")) + n;
    e.dateEnd = e.dateStart;
    e.eventType = QStringLiteral("Battles");
    e.subEventType = QStringLiteral("Armed clash");
    e.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")};
    e.summary = QStringLiteral("Event %1").arg(n);
    return e;
}

QString storeWith(const QTemporaryDir &dir, int events) {
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    EventStore store(path);
    kt::Document document;
    document.title = QStringLiteral("test");
    document.body = QStringLiteral("body");
    QList<kt::Event> list;
    for (int i = 0; i < events; ++i)
        list << event(i);
    store.add(document, list);
    return path;
}

} // namespace

TEST_CASE("a store opened to read is not written", "[store][faults]") {
    QTemporaryDir dir;
    const QString path = storeWith(dir, 5);
    const QByteArray before = sha(path);
    {
        EventStore store(path, EventStore::Access::ReadOnly);
        CHECK(store.isReadOnly());
        CHECK(store.loadEvents().size() == 5);
        CHECK(store.loadIndex().size() == 5);
        CHECK_THROWS_AS(store.addAlias(QStringLiteral("x"), QStringLiteral("FAMa")), kt::StoreError);
    }
    CHECK(sha(path) == before);
    // Reading commands need a store; they make none.
    CHECK_THROWS_WITH(EventStore(dir.filePath(QStringLiteral("none.sqlite")), EventStore::Access::ReadOnly),
                      Catch::Contains("none.sqlite: no such store"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    CHECK_THROWS_WITH(EventStore(dir.filePath(QStringLiteral("none.sqlite")), EventStore::Access::ReadWrite),
                      Catch::Contains("no such store"));
}

TEST_CASE("a store of an older schema opened to read is upgraded once, then read", "[store][faults]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        kt::Database db(path);
        kt::Schema::migrate(db, 3);
    }
    EventStore store(path, EventStore::Access::ReadOnly);
    CHECK(store.database().userVersion() == kt::Schema::latestVersion());
    CHECK(store.loadEvents().isEmpty());
}

TEST_CASE("a damaged or truncated store is refused with what to do", "[store][faults]") {
    QTemporaryDir dir;
    const QString path = storeWith(dir, 400);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    REQUIRE(bytes.size() > 16 * 4096);

    SECTION("pages overwritten") {
        QByteArray damaged = bytes;
        for (qsizetype i = 6 * 4096 + 100; i < 9 * 4096; ++i)
            damaged[i] = static_cast<char>(i * 7);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(damaged);
        out.close();
        try {
            EventStore store(path, EventStore::Access::ReadOnly);
            store.loadEvents();
            FAIL("a damaged store was read without complaint");
        } catch (const kt::StoreError &error) {
            CHECK_THAT(error.what(), Catch::Contains(path.toStdString()));
            CHECK_THAT(error.what(), Catch::Contains("damaged"));
        }
    }
    SECTION("cut short") {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        CHECK_THROWS_WITH(EventStore(path, EventStore::Access::ReadOnly), Catch::Contains("damaged"));
    }
    SECTION("not a database") {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QByteArray(10000, '\x17'));
        out.close();
        CHECK_THROWS_WITH(EventStore(path, EventStore::Access::ReadOnly),
                          Catch::Contains("not a kidal-timeline store"));
        CHECK(sha(path) == QCryptographicHash::hash(QByteArray(10000, '\x17'), QCryptographicHash::Sha256));
    }
}

TEST_CASE("a large store whose newest pages are still in the write-ahead log is not taken for truncated",
          "[store][faults]") {
    // What an import killed before its checkpoint leaves: the file holds the older pages, the -wal the rest.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    { EventStore created(path); }
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    const auto exec = [raw](const char *sql) {
        REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    };
    exec("PRAGMA wal_autocheckpoint = 0");
    exec("CREATE TABLE padding (bytes BLOB)");
    for (int i = 0; i < 70; ++i)
        exec("INSERT INTO padding VALUES (zeroblob(1048576))");
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
    for (int i = 0; i < 4; ++i)
        exec("INSERT INTO padding VALUES (zeroblob(1048576))"); // in the log only
    REQUIRE(QFileInfo(path).size() > (qint64{64} << 20U));
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    CHECK_NOTHROW(EventStore(path, EventStore::Access::ReadOnly));
    sqlite3_close(raw);
}

TEST_CASE("a store another program writes can be read, a second writer is told who holds it",
          "[store][faults]") {
    QTemporaryDir dir;
    const QString path = storeWith(dir, 3);
    // The "other program" holds the write lock: a write transaction left open on another connection.
    kt::Database other(path, kt::Database::Mode::ReadWrite);
    other.exec("BEGIN IMMEDIATE");
    other.exec("DELETE FROM events WHERE uid = 'E0'"); // not committed: readers do not see it

    EventStore reader(path, EventStore::Access::ReadOnly);
    CHECK(reader.loadEvents().size() == 3);

    EventStore writer(path, EventStore::Access::ReadWrite);
    writer.database().setBusyTimeout(200);
    try {
        writer.addAlias(QStringLiteral("Ganda Izo"), QStringLiteral("Platform"));
        FAIL("the write lock was taken twice");
    } catch (const kt::StoreError &error) {
        CHECK(error.isBusy());
        CHECK_THAT(error.what(), Catch::Contains("another program is writing to this store"));
        // The holder is this very process; its own locks are invisible to fcntl(F_GETLK), so the holder is
        // named only across processes (tests/cli covers that).
        CHECK_THAT(error.what(), Catch::Contains(path.toStdString()));
    }
    other.exec("ROLLBACK");
    kt::Transaction transaction(writer.database());
    transaction.commit();
}
