#include "core/InputError.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "extract/Gazetteer.h"
#include "io/EventCsv.h"
#include "io/EventJson.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
kt::DocumentEvents seed() {
    return kt::Extractor().extract(
        kt::ArticleReader::readFile(QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt")));
}
} // namespace

TEST_CASE("extract JSON reads back unchanged", "[json]") {
    const kt::DocumentEvents extraction = seed();
    const QByteArray json = kt::EventJson::write(extraction.document, extraction.events);
    const auto batches = kt::EventJson::read(json, QStringLiteral("seed.json"));
    REQUIRE(batches.size() == 1);
    CHECK(batches.first().document.body == extraction.document.body);
    CHECK(batches.first().document.published == extraction.document.published);
    REQUIRE(batches.first().events.size() == extraction.events.size());
    // Written again, the file is byte for byte the same.
    CHECK(kt::EventJson::write(batches.first().document, batches.first().events) == json);
}

TEST_CASE("events JSON from a store round-trips through import", "[json]") {
    QTemporaryDir dir;
    kt::EventStore first(dir.filePath(QStringLiteral("a.sqlite")));
    const auto extraction = seed();
    first.add(extraction.document, extraction.events);
    const QList<kt::Event> stored = first.loadEvents();
    QList<kt::Document> documents{*first.document(stored.first().documentId)};
    const QByteArray json = kt::EventJson::write(documents, stored);

    kt::EventStore second(dir.filePath(QStringLiteral("b.sqlite")));
    second.add(kt::EventJson::read(json, QStringLiteral("events.json")));
    const QList<kt::Event> copied = second.loadEvents();
    QList<kt::Document> copiedDocuments{*second.document(copied.first().documentId)};
    CHECK(kt::EventJson::write(copiedDocuments, copied) == json);
}

TEST_CASE("bad events JSON names the file, the line and the fault", "[json]") {
    CHECK_THROWS_WITH(kt::EventJson::read("{\n \"events\": [\n  {,}\n ]\n}", QStringLiteral("x.json")),
                      Catch::Contains("x.json:3: invalid JSON"));
    const QByteArray badDate =
        "{\"events\": [\n{\"date_start\": \"2023-11-31\", \"date_end\": \"2023-11-30\", "
        "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\"}]}";
    CHECK_THROWS_WITH(kt::EventJson::read(badDate, QStringLiteral("d.json")),
                      Catch::Contains("d.json:2: event 0: date_start"));
    const QByteArray badLink =
        "{\"events\": [\n{\"date_start\": \"2023-11-11\", \"date_end\": \"2023-11-11\", "
        "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"contradicts\": [3]}]}";
    CHECK_THROWS_WITH(kt::EventJson::read(badLink, QStringLiteral("l.json")),
                      Catch::Contains("contradicts 3"));
}

TEST_CASE("CSV output has the 31 ACLED columns and quotes its fields", "[csv]") {
    const auto extraction = seed();
    const QByteArray csv = kt::EventCsv::write(extraction.events, {}, kt::Gazetteer::bundled());
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(lines.first().trimmed() == kt::EventCsv::columns().join(QLatin1Char(',')).toUtf8());
    CHECK(kt::EventCsv::columns().size() == 31);
    CHECK(csv.contains(",FAMa reported advances · dans la région de Kidal Claimed by FAMa.,"));
    CHECK(csv.contains(",\"CSP-PSD repelled FAMa, Wagner · à l’ouest de Kidal Claimed by HCUA.\","));
    CHECK(kt::EventCsv::quote(QStringLiteral("a \"b\", c")) == "\"a \"\"b\"\", c\"");
}
