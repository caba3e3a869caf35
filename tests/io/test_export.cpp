#include "cli/DefaultStore.h"
#include "extract/Gazetteer.h"
#include "io/EventExport.h"
#include "store/EventStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("events written to a file: whole, or not at all when cancelled, an earlier file kept",
          "[io][export]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    CHECK(kt::EventExport::write(store, {}, kt::EventExport::Format::Csv, kt::Gazetteer::bundled(), csv) ==
          10);
    const QByteArray written = contents(csv);
    CHECK(written.count('\n') >= 11); // the header and ten events

    // Cancelled after the first event: -1, and the file is the one written before.
    int asked = 0;
    CHECK(kt::EventExport::write(store, {}, kt::EventExport::Format::Csv, kt::Gazetteer::bundled(), csv,
                                 [&asked] { return ++asked > 1; }) == -1);
    CHECK(asked >= 2);
    CHECK(contents(csv) == written);
    CHECK(kt::EventExport::formatOf(QStringLiteral("a.CSV")) == kt::EventExport::Format::Csv);
    CHECK(kt::EventExport::formatOf(QStringLiteral("a.json")) == kt::EventExport::Format::Json);
}
