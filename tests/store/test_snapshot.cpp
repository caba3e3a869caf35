#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "core/EventIndex.h"
#include "store/EventCorrections.h"
#include "store/EventStore.h"
#include "store/Statement.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QList<std::int64_t> ids(const kt::EventIndex &index) {
    QList<std::int64_t> list;
    for (std::size_t i = 0; i < index.size(); ++i)
        list << index.row(i).id;
    return list;
}

qint64 snapshots(const kt::EventStore &store) {
    kt::Statement count = store.database().prepare("SELECT count(*) FROM index_snapshot");
    count.step();
    return count.int64(0);
}

} // namespace

TEST_CASE(
    "[snapshot] the index is read from its snapshot while the store is unchanged, from the rows after any "
    "change",
    "[store]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    kt::EventStore store(path);
    store.setSnapshotFrom(1); // the seed's ten events are enough here
    kt::DefaultStore::seed(store);
    const kt::EventIndex fromRows = store.loadIndex();
    REQUIRE(fromRows.size() == 10);
    CHECK(snapshots(store) == 1);

    // A snapshot that says less than the rows, at the store's state: loadIndex() believes it, which shows it
    // reads the snapshot and not the rows.
    kt::EventIndex fewer;
    for (std::size_t i = 0; i + 1 < fromRows.size(); ++i)
        fewer.append(fromRows.row(i));
    store.database().prepare("UPDATE index_snapshot SET columns = ?1").bindBlob(1, fewer.toBytes()).exec();
    CHECK(store.loadIndex().size() == 9);
    CHECK(store.loadIndex().factionNames == fromRows.factionNames); // the names are read afresh

    // Any change to the events' timeline columns makes it stale: a correction …
    kt::EventCorrections(store).setDeleted(fromRows.row(0).id, true);
    CHECK(ids(store.loadIndex()) == ids(fromRows).mid(1));
    kt::EventCorrections(store).setDeleted(fromRows.row(0).id, false);
    CHECK(ids(store.loadIndex()) == ids(fromRows));
    // … or a new event.
    store.database().prepare("UPDATE index_snapshot SET columns = ?1").bindBlob(1, fewer.toBytes()).exec();
    kt::Document document;
    document.kind = QStringLiteral("article");
    document.title = QStringLiteral("Tessit");
    document.body = QStringLiteral("Des combats ont eu lieu à Tessit.");
    kt::Event event;
    event.dateStart = event.dateEnd = *kt::DayDate::fromIso(QStringLiteral("2022-08-07"));
    event.eventType = QStringLiteral("Battles");
    event.subEventType = QStringLiteral("Armed clash");
    event.factions = {QStringLiteral("FAMa"), QStringLiteral("EIGS")};
    event.location = QStringLiteral("Tessit");
    event.track = QStringLiteral("Ménaka");
    event.summary = QStringLiteral("Armed clash at Tessit");
    store.add(document, {event});
    CHECK(store.loadIndex().size() == 11);

    // Bytes that are not a snapshot are read past, to the rows.
    store.database().prepare("UPDATE index_snapshot SET columns = x'00'").exec();
    CHECK(store.loadIndex().size() == 11);

    // A read-only store reads a snapshot that holds and writes none.
    kt::EventStore readOnly(path, kt::EventStore::Access::ReadOnly);
    readOnly.setSnapshotFrom(1);
    CHECK(readOnly.loadIndex().size() == 11);
    // Another program writing the store: the index is read from the rows and no snapshot is written (nor
    // waited for).
    store.database().exec("DELETE FROM index_snapshot");
    {
        kt::EventStore writer(path, kt::EventStore::Access::ReadWrite);
        writer.database().exec("BEGIN IMMEDIATE");
        CHECK(store.loadIndex().size() == 11);
        writer.database().exec("ROLLBACK");
    }
    CHECK(snapshots(store) == 0);
    // Below the threshold nothing is kept.
    store.database().exec("DELETE FROM index_snapshot");
    store.setSnapshotFrom(1000);
    CHECK(store.loadIndex().size() == 11);
    CHECK(snapshots(store) == 0);
}
