#include "cli/DefaultStore.h"
#include "store/EventCorrections.h"
#include "store/EventStore.h"
#include "view/EventRecord.h"
#include "view/StoreReader.h"

#include <QSemaphore>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <thread>

namespace {

using Reader = kt::StoreReader;

struct Seeded {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("s.sqlite"));
    kt::EventStore store{path};
    Seeded() { kt::DefaultStore::seed(store); }
    kt::Event event(qsizetype i) const { return store.loadEvents().at(i); }
};

} // namespace

TEST_CASE("[reader] reads run on the reader's own thread and connection, and see what was committed",
          "[reader]") {
    Seeded s;
    Reader reader(s.path, kt::EventStore::Access::ReadOnly, s.store.factionCatalog());
    const auto ticket = Reader::ticket();
    const kt::Event first = s.event(0);
    std::thread::id where;
    auto future =
        reader.read<std::optional<kt::EventRecord>>(ticket, [&where, &first](kt::EventStore &store) {
            where = std::this_thread::get_id();
            return kt::EventRecord::read(store, first.id);
        });
    const auto result = future.result();
    CHECK(where != std::this_thread::get_id());
    REQUIRE(result.error.isEmpty());
    REQUIRE(result.value);
    REQUIRE(result.value->has_value());
    CHECK((*result.value)->event.summary == first.summary);
    CHECK((*result.value)->document);

    // A merge and an edit committed through the window's connection are in the next read.
    kt::EventCorrections corrections(s.store);
    const kt::Event second = s.event(1);
    corrections.merge(first.id, second.id);
    kt::Event edited = s.store.loadEvents(std::vector<std::int64_t>{first.id}).constFirst();
    edited.summary = QStringLiteral("Analyst's title");
    edited.edited = true;
    corrections.replace(edited);
    const auto recordOf = [&reader, &ticket](std::int64_t id) {
        return reader
            .read<std::optional<kt::EventRecord>>(
                ticket, [id](kt::EventStore &store) { return kt::EventRecord::read(store, id); })
            .result();
    };
    const auto after = recordOf(first.id);
    REQUIRE(after.value);
    REQUIRE(after.value->has_value());
    const kt::EventRecord &record = **after.value;
    CHECK(record.event.summary == QStringLiteral("Analyst's title"));
    REQUIRE(record.provenance.otherSources.size() == 1);
    CHECK(record.provenance.otherSources.front().first.id == second.id);
    REQUIRE(record.provenance.original);
    CHECK(record.provenance.original->summary == first.summary);
    // The event merged away is no longer shown: no record.
    const auto gone = recordOf(second.id);
    REQUIRE(gone.value);
    CHECK_FALSE(gone.value->has_value());
}

TEST_CASE("[reader] a newer request of the same ticket skips the ones not begun and stops the one reading",
          "[reader]") {
    Seeded s;
    Reader reader(s.path, kt::EventStore::Access::ReadOnly, s.store.factionCatalog());
    const auto ticket = Reader::ticket();
    QSemaphore started;
    QSemaphore go;
    // The first holds the reader until the third is asked, then reads: stopped (SQLITE_INTERRUPT), or its
    // rows dropped when the read ended first.
    auto first = reader.read<qsizetype>(ticket, [&](kt::EventStore &store) {
        started.release();
        go.acquire();
        return store.loadEvents().size();
    });
    started.acquire();
    bool secondRan = false;
    auto second = reader.read<qsizetype>(ticket, [&](kt::EventStore &) {
        secondRan = true;
        return qsizetype{1};
    });
    auto third =
        reader.read<qsizetype>(ticket, [](kt::EventStore &store) { return store.loadEvents().size(); });
    go.release();
    CHECK_FALSE(first.result().value);
    CHECK(first.result().error.isEmpty()); // stopped, not failed
    CHECK_FALSE(second.result().value);
    CHECK_FALSE(secondRan);
    REQUIRE(third.result().value);
    CHECK(*third.result().value == 10);

    // Another ticket's requests are not superseded by this one's.
    const auto other = Reader::ticket();
    auto mine = reader.read<int>(other, [](kt::EventStore &) { return 7; });
    auto theirs = reader.read<int>(ticket, [](kt::EventStore &) { return 8; });
    CHECK(mine.result().value == 7);
    CHECK(theirs.result().value == 8);
}

TEST_CASE("[reader] a store that cannot be read gives an error naming it, and the reader goes on",
          "[reader]") {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
    Reader reader(missing, kt::EventStore::Access::ReadOnly, kt::FactionCatalog::bundled());
    const auto ticket = Reader::ticket();
    const auto result = reader.read<int>(ticket, [](kt::EventStore &) { return 1; }).result();
    CHECK_FALSE(result.value);
    CHECK(result.error.contains(missing));
    // A read that throws reports its error too.
    Seeded s;
    Reader seeded(s.path, kt::EventStore::Access::ReadOnly, s.store.factionCatalog());
    const auto thrown =
        seeded
            .read<int>(ticket,
                       [](kt::EventStore &) -> int { throw std::runtime_error("the disk went away"); })
            .result();
    CHECK(thrown.error == QStringLiteral("the disk went away"));
    CHECK(seeded.read<int>(ticket, [](kt::EventStore &) { return 2; }).result().value == 2);
}
