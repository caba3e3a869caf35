#include "core/DayDate.h"
#include "core/FactionCatalog.h"
#include "core/Filter.h"
#include "core/InputError.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "extract/Gazetteer.h"
#include "io/AcledCsvReader.h"
#include "io/AcledGenerator.h"
#include "io/AcledImporter.h"
#include "io/EventCsv.h"
#include "io/EventJson.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <map>

namespace {

const QString kTricky = QStringLiteral(KT_FIXTURES "/acled-tricky.csv");
const QString kBadRow = QStringLiteral(KT_FIXTURES "/acled-bad-row.csv");

kt::Day day(const char *iso) {
    return *kt::DayDate::fromIso(QString::fromLatin1(iso));
}

kt::AcledImporter::Report importInto(kt::EventStore &store, const QString &path, bool skipBadRows = false) {
    kt::ImportTransaction transaction(store);
    kt::AcledImporter importer(transaction, store.factionCatalog());
    auto report = importer.importFile(path, skipBadRows);
    transaction.commit();
    store.updateSearchIndex();
    return report;
}

QHash<QString, kt::Event> byUid(const QList<kt::Event> &events) {
    QHash<QString, kt::Event> map;
    for (const kt::Event &event : events)
        map.insert(event.uid, event);
    return map;
}

// Every field of an event as events JSON writes it, without what belongs to one store (ids, documents,
// links by id).
QJsonObject comparable(const kt::Event &event) {
    QJsonObject object = kt::EventJson::toJson(event);
    object.remove(QStringLiteral("contradicts"));
    return object;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray header() {
    return kt::EventCsv::header();
}

QByteArray sha(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("ACLED actor names map to the canonical factions", "[acled]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    const std::map<const char *, const char *> expected{
        {"Military Forces of Mali (2021-)", "FAMa"},
        {"Military Forces of Mali (2021-) Prison Guards", "FAMa"},
        {"Wagner Group", "Wagner"},
        {"CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", "CSP-PSD"},
        {"HCUA", "CSP-PSD"},
        {"MNLA", "CSP-PSD"},
        {"CMA", "CSP-PSD"},
        {"JNIM: Group for Support of Islam and Muslims", "JNIM"},
        {"Islamic State (Sahel)", "EIGS"},
        {"MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)",
         "MINUSMA"},
        {"Civilians (Mali)", "Civilians"},
        {"Unidentified Armed Group (Mali)", "Unidentified armed group"},
    };
    for (const auto &[actor, faction] : expected) {
        INFO(actor);
        CHECK(catalog.resolveActor(QString::fromUtf8(actor)) == QString::fromUtf8(faction));
    }
    CHECK_FALSE(catalog.resolveActor(QStringLiteral("Ganda Izo Militia (Mali)")));
}

TEST_CASE("an ACLED export with every tricky case is read right", "[acled]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    const auto report = importInto(store, kTricky);
    CHECK(report.rows == 8);
    CHECK(report.added == 8);
    CHECK(report.skipped.isEmpty());
    CHECK(report.unknownActors == QStringList{QStringLiteral("Ganda Izo Militia (Mali)")});
    const auto events = byUid(store.loadEvents());
    REQUIRE(events.size() == 8);

    // UTF-8 BOM and CRLF: the first column is found and the last field has no stray carriage return.
    const kt::Event &clash = events.value(QStringLiteral("MLI90001"));
    CHECK(clash.dateStart == day("2023-11-12"));
    CHECK(clash.dateEnd == day("2023-11-12"));
    CHECK(clash.factions ==
          QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-PSD"), QStringLiteral("Wagner")});
    CHECK(clash.acled.actor2 ==
          QStringLiteral("CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"));
    CHECK(clash.acled.inter1 == QStringLiteral("1")); // numeric inter codes kept as written
    CHECK(clash.acled.interaction == QStringLiteral("12"));
    CHECK(clash.notes.contains(QStringLiteral("spoke of \"significant advances\", the CSP")));
    CHECK(clash.acled.timestamp == QStringLiteral("1700438400"));
    CHECK(clash.acled.latitude == QStringLiteral("18.4411"));
    CHECK(clash.fatalities == 4);
    CHECK(clash.location == QStringLiteral("Kidal"));
    CHECK(clash.track == QStringLiteral("ACLED: Mali"));
    CHECK(clash.eventType == QStringLiteral("Battles"));
    CHECK(clash.subEventType == QStringLiteral("Armed clash"));

    // The export tool's date form, text inter codes, NA, a line break inside quoted notes.
    const kt::Event &hcua = events.value(QStringLiteral("MLI90002"));
    CHECK(hcua.dateStart == day("2023-11-11"));
    CHECK(hcua.acled.inter1 == QStringLiteral("Rebel group"));
    CHECK(hcua.acled.interaction == QStringLiteral("Rebel group-State forces"));
    CHECK(hcua.factions ==
          QStringList{QStringLiteral("CSP-PSD"), QStringLiteral("FAMa"), QStringLiteral("Wagner")});
    CHECK(hcua.acled.admin3.isEmpty());
    CHECK(hcua.fatalities == -1);
    CHECK(hcua.notes == QStringLiteral("HCUA said its fighters repelled the army west of Kidal.\r\nA second "
                                       "statement, the next day, gave no figures."));
    CHECK(hcua.acled.source == QStringLiteral("HCUA; AFP"));

    // time_precision 2: the week around the date; 3: the month.
    const kt::Event &week = events.value(QStringLiteral("MLI90003"));
    CHECK(week.precision == kt::TimePrecision::Week);
    CHECK(week.dateStart == day("2023-11-12"));
    CHECK(week.dateEnd == day("2023-11-18"));
    const kt::Event &month = events.value(QStringLiteral("MLI90004"));
    CHECK(month.precision == kt::TimePrecision::Month);
    CHECK(month.dateStart == day("2023-10-01"));
    CHECK(month.dateEnd == day("2023-10-31"));
    CHECK(month.factions == QStringList{QStringLiteral("EIGS"), QStringLiteral("Civilians")});
    CHECK(month.acled.civilianTargeting == QStringLiteral("Civilian targeting"));

    CHECK(events.value(QStringLiteral("MLI90005")).factions ==
          QStringList{QStringLiteral("MINUSMA"), QStringLiteral("FAMa")});

    // No event_id_cnty: a key from the row's content.
    const auto hashed = std::find_if(events.cbegin(), events.cend(), [](const kt::Event &e) {
        return e.uid.startsWith(QStringLiteral("h:"));
    });
    REQUIRE(hashed != events.cend());
    CHECK(hashed->factions == QStringList{QStringLiteral("CSP-PSD"), QStringLiteral("FAMa")});
    CHECK(hashed->actors == QStringList{QStringLiteral("MNLA"), QStringLiteral("CMA"),
                                        QStringLiteral("Military Forces of Mali (2021-)")});

    // An unknown actor keeps its name and goes under Other; "; " multi-values are split.
    const kt::Event &abduction = events.value(QStringLiteral("MLI90007"));
    CHECK(abduction.factions == QStringList{QStringLiteral("Other"), QStringLiteral("Civilians"),
                                            QStringLiteral("Wagner"), QStringLiteral("Dozo militias")});
    CHECK(abduction.actors == QStringList{QStringLiteral("Ganda Izo Militia (Mali)"),
                                          QStringLiteral("Dozo Communal Militia (Mali)"),
                                          QStringLiteral("Wagner Group"),
                                          QStringLiteral("Civilians (Mali)")});
    CHECK(abduction.acled.tags == QStringLiteral("women targeted: candidates for office"));
    CHECK(abduction.notes == QStringLiteral("Two men were taken, a \"ransom\" asked."));

    // Empty fields stay empty; a row without country goes to the plain ACLED track.
    const kt::Event &sparse = events.value(QStringLiteral("MLI90008"));
    CHECK(sparse.precision == kt::TimePrecision::Exact);
    CHECK(sparse.acled.country.isEmpty());
    CHECK(sparse.track == QStringLiteral("ACLED"));
    CHECK(sparse.factions == QStringList{QStringLiteral("Unidentified armed group"), QStringLiteral("EIGS")});
    CHECK(sparse.location == QStringLiteral("Ber"));
}

TEST_CASE("importing the same ACLED file twice adds nothing", "[acled]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    importInto(store, kTricky);
    const QList<kt::Event> before = store.loadEvents();
    const auto again = importInto(store, kTricky);
    CHECK(again.added == 0);
    CHECK(again.existing == 8);
    CHECK(store.eventCount() == 8);
    auto documents = store.database().prepare("SELECT count(*) FROM documents WHERE kind = 'acled'");
    REQUIRE(documents.step());
    CHECK(documents.int64(0) == 1); // the import that added nothing left no document behind
    CHECK(store.loadEvents().size() == before.size());
}

TEST_CASE("a bad ACLED row rejects the file, names file and line, and changes nothing", "[acled]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        kt::EventStore store(path);
        importInto(store, kTricky);
    }
    kt::EventStore store(path);
    const QList<kt::Event> before = store.loadEvents();
    try {
        importInto(store, kBadRow);
        FAIL("the bad row was accepted");
    } catch (const kt::InputError &error) {
        // Line 5: the row before it spans lines 3 and 4 (a line break inside its quoted notes).
        CHECK(error.line() == 5);
        CHECK(error.file() == kBadRow);
        CHECK_THAT(error.what(),
                   Catch::Contains("acled-bad-row.csv:5: event_date \"2023-13-45\" is not a date"));
    }
    const QList<kt::Event> after = store.loadEvents();
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        CHECK(comparable(after.at(i)) == comparable(before.at(i)));

    const auto skipping = importInto(store, kBadRow, true);
    CHECK(skipping.rows == 4);
    CHECK(skipping.existing == 3); // the good rows were in the store already
    REQUIRE(skipping.skipped.size() == 1);
    CHECK_THAT(skipping.skipped.first().toStdString(), Catch::Contains("acled-bad-row.csv:5:"));
}

TEST_CASE("the ACLED reader reports each malformed row with its line", "[acled]") {
    QTemporaryDir dir;
    const QByteArray good =
        "MLI1,2023-11-12,2023,1,Political violence,Battles,Armed clash,HCUA,,2,,,,20,,466,Western "
        "Africa,Mali,Kidal,Kidal,,Kidal,18.4411,1.4078,1,X,National,Notes,0,,1700000000";
    struct Case {
        const char *name;
        QByteArray row;
        const char *reason;
    };
    const std::vector<Case> cases{
        {"fields", "MLI2,2023-11-12,2023", "3 fields where the header has 31 columns"},
        {"quote", QByteArray(good).replace(",Notes,", ",\"Notes\" said,"), "text after the closing quote"},
        {"precision", QByteArray(good).replace(",2023,1,", ",2023,4,"),
         "time_precision \"4\" is not 1, 2 or 3"},
        {"year", QByteArray(good).replace(",2023,1,", ",2022,1,"), "year \"2022\" does not match"},
        {"fatalities", QByteArray(good).replace(",0,,", ",many,,"),
         "fatalities \"many\" is not a whole number"},
        {"latitude", QByteArray(good).replace("18.4411", "18,4"), "fields where the header"},
        {"type", QByteArray(good).replace("Battles,Armed clash", "Battles,"), "sub_event_type is empty"},
        {"latitude range", QByteArray(good).replace("18.4411", "400"),
         "latitude \"400\" is outside -90 to 90"},
        {"fatalities size", QByteArray(good).replace(",0,,", ",1000000000000000000000000000000,,"),
         "fatalities \"1000000000000000000000000000000\" is not a whole number"},
        {"impossible day", QByteArray(good).replace("2023-11-12", "2023-02-30"),
         "event_date \"2023-02-30\" is not a date of the calendar"},
        {"far year", QByteArray(good).replace("2023-11-12,2023", "9023-11-12,9023"),
         "outside the years 1900 to 2100"},
        {"unterminated", QByteArray(good).replace(",Notes,", ",\"Notes,"), "a quoted field is never closed"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = writeFile(dir, c.name, header() + good + "\r\n" + c.row + "\r\n");
        kt::AcledCsvReader reader(path);
        kt::AcledRow row;
        CHECK(reader.next(row).kind == kt::AcledCsvReader::Result::Row);
        const auto bad = reader.next(row);
        CHECK(bad.kind == kt::AcledCsvReader::Result::Bad);
        CHECK(bad.line == 3);
        CHECK_THAT(bad.reason.toStdString(), Catch::Contains(c.reason));
        CHECK(reader.next(row).kind == kt::AcledCsvReader::Result::End);
    }

    // No newline at the end of the last row; LF line ends; a blank line at the end.
    const QString lf =
        writeFile(dir, "lf", QByteArray(header()).replace("\r\n", "\n") + good + "\n" + good + "\n\n");
    kt::AcledCsvReader lfReader(lf);
    kt::AcledRow row;
    CHECK(lfReader.next(row).kind == kt::AcledCsvReader::Result::Row);
    CHECK(lfReader.next(row).kind == kt::AcledCsvReader::Result::Row);
    CHECK(row.field(kt::AcledRow::Timestamp) == "1700000000");
    CHECK(lfReader.next(row).kind == kt::AcledCsvReader::Result::End);
    const QString noEnd = writeFile(dir, "noend", header() + good);
    kt::AcledCsvReader noEndReader(noEnd);
    CHECK(noEndReader.next(row).kind == kt::AcledCsvReader::Result::Row);
    CHECK(row.field(kt::AcledRow::Timestamp) == "1700000000");

    // Columns are found by name, in any order and either case; one that matters missing is an error.
    const QString upper = writeFile(dir, "upper", header().toUpper() + good + "\r\n");
    kt::AcledCsvReader upperReader(upper);
    CHECK(upperReader.next(row).kind == kt::AcledCsvReader::Result::Row);
    CHECK(row.field(kt::AcledRow::Actor1) == "HCUA");
    const QString noDate = writeFile(dir, "nodate", "event_id_cnty,year,event_type\r\nMLI1,2023,Battles\r\n");
    CHECK_THROWS_WITH(
        kt::AcledCsvReader(noDate),
        Catch::Contains("nodate:1: not an ACLED export: the header has no event_date, actor1 column"));
    CHECK_THROWS_WITH(kt::AcledCsvReader(writeFile(dir, "empty", "")),
                      Catch::Contains("empty:1: the file is empty"));
    CHECK_THROWS_WITH(kt::AcledCsvReader(dir.filePath(QStringLiteral("missing.csv"))),
                      Catch::Contains("missing.csv:0: cannot read the file"));
}

TEST_CASE("events CSV and events JSON re-import as the same events", "[acled][csv][json]") {
    QTemporaryDir dir;
    kt::EventStore first(dir.filePath(QStringLiteral("first.sqlite")));
    const kt::DocumentEvents seed = kt::Extractor().extract(
        kt::ArticleReader::readFile(QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt")));
    first.add(seed.document, seed.events);
    importInto(first, kTricky);
    const QList<kt::Event> original = first.loadEvents();
    REQUIRE(original.size() == 18);

    QList<kt::Document> documents;
    QSet<std::int64_t> seen;
    for (const kt::Event &event : original)
        if (!seen.contains(event.documentId)) {
            seen.insert(event.documentId);
            documents << *first.document(event.documentId);
        }

    SECTION("CSV") {
        const QString csv =
            writeFile(dir, "events.csv", kt::EventCsv::write(original, documents, kt::Gazetteer::bundled()));
        kt::EventStore second(dir.filePath(QStringLiteral("second.sqlite")));
        const auto report = importInto(second, csv);
        CHECK(report.added == 18);
        const auto copies = byUid(second.loadEvents());
        REQUIRE(copies.size() == 18);
        for (const kt::Event &event : original) {
            INFO(event.uid.toStdString());
            CHECK(comparable(copies.value(event.uid)) == comparable(event));
        }
        // ACLED rows go back out as they came in: no kidal-timeline tag on them.
        CHECK(kt::EventCsv::isPlainAcled(copies.value(QStringLiteral("MLI90002"))));
        for (const kt::Event &event : original)
            CHECK(kt::EventCsv::isPlainAcled(event) == !event.acled.isEmpty());
    }
    SECTION("JSON") {
        const QByteArray json = kt::EventJson::write(documents, original);
        kt::EventStore second(dir.filePath(QStringLiteral("second.sqlite")));
        second.add(kt::EventJson::read(json, QStringLiteral("events.json")));
        const QList<kt::Event> copies = second.loadEvents();
        REQUIRE(copies.size() == original.size());
        CHECK(kt::EventJson::write(documents, copies).size() > 0);
        const auto copiesByUid = byUid(copies);
        for (const kt::Event &event : original) {
            INFO(event.uid.toStdString());
            CHECK(comparable(copiesByUid.value(event.uid)) == comparable(event));
            CHECK(copiesByUid.value(event.uid).contradicts.size() == event.contradicts.size());
        }
    }
}

TEST_CASE("mapping an actor moves its stored events and applies to later imports", "[acled]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        kt::EventStore store(path);
        importInto(store, kTricky);
        CHECK(store.remapActor(QStringLiteral("ganda izo militia (mali)"),
                               QStringLiteral("Unidentified armed group")) == 1);
        CHECK(store.remapActor(QStringLiteral("Dozo Communal Militia (Mali)"), QStringLiteral("FAMa")) == 1);
        CHECK_THROWS(store.remapActor(QStringLiteral("x"), QStringLiteral("Nobody")));
        CHECK(byUid(store.loadEvents()).value(QStringLiteral("MLI90007")).factions ==
              QStringList{QStringLiteral("Unidentified armed group"), QStringLiteral("Civilians"),
                          QStringLiteral("FAMa"), QStringLiteral("Wagner")});
        kt::Filter other;
        other.factions.insert(QStringLiteral("Other"));
        CHECK(store.loadEvents(other).isEmpty());
    }
    // A later import, in a new session, of a file naming the same actor.
    kt::EventStore store(path);
    QFile in(kTricky);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll().replace("MLI90007", "MLI99007");
    QTemporaryDir second;
    const auto report = importInto(store, writeFile(second, "later.csv", bytes));
    CHECK(report.added == 1);
    CHECK(report.unknownActors.isEmpty());
    CHECK(byUid(store.loadEvents()).value(QStringLiteral("MLI99007")).factions.first() ==
          QStringLiteral("Unidentified armed group"));

    // An actor a faction already knows can be moved too.
    CHECK(store.remapActor(QStringLiteral("HCUA"), QStringLiteral("JNIM")) == 1);
    CHECK(byUid(store.loadEvents()).value(QStringLiteral("MLI90002")).factions.first() ==
          QStringLiteral("JNIM"));
}

TEST_CASE("generate writes realistic ACLED data, the same for the same seed", "[acled][generate]") {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.csv"));
    const QString b = dir.filePath(QStringLiteral("b.csv"));
    const QString c = dir.filePath(QStringLiteral("c.csv"));
    // More than one 4 MiB read buffer, so rows cross buffer boundaries.
    constexpr int kRows = 12'000;
    kt::AcledGenerator(5).write(a, kRows);
    kt::AcledGenerator(5).write(b, kRows);
    kt::AcledGenerator(6).write(c, kRows);
    CHECK(sha(a) == sha(b));
    CHECK(sha(a) != sha(c));
    CHECK(QFileInfo(a).size() > (qint64{4} << 20));

    kt::AcledCsvReader reader(a);
    kt::AcledRow row;
    int rows = 0;
    QSet<QString> subTypes;
    QSet<QString> countries;
    QSet<int> years;
    QSet<int> precisions;
    QHash<QString, int> actors;
    QHash<kt::Day, int> perDay;
    int numericInter = 0;
    int textInter = 0;
    int quotedNotes = 0;
    int multiline = 0;
    kt::Day previous = std::numeric_limits<kt::Day>::max();
    bool newestFirst = true;
    while (true) {
        const auto result = reader.next(row);
        if (result.kind == kt::AcledCsvReader::Result::End)
            break;
        REQUIRE(result.kind == kt::AcledCsvReader::Result::Row);
        ++rows;
        auto text = [&row](kt::AcledRow::Column column) {
            return QString::fromUtf8(row.field(column).data(),
                                     static_cast<qsizetype>(row.field(column).size()));
        };
        subTypes.insert(text(kt::AcledRow::EventType) + QLatin1Char('/') + text(kt::AcledRow::SubEventType));
        countries.insert(text(kt::AcledRow::Country));
        years.insert(text(kt::AcledRow::Year).toInt());
        precisions.insert(static_cast<int>(row.precision));
        ++actors[text(kt::AcledRow::Actor1)];
        const kt::Day date = *kt::DayDate::fromIso(text(kt::AcledRow::EventDate));
        ++perDay[date];
        newestFirst = newestFirst && date <= previous;
        previous = date;
        bool numeric = false;
        text(kt::AcledRow::Inter1).toInt(&numeric);
        ++(numeric ? numericInter : textInter);
        quotedNotes += text(kt::AcledRow::Notes).contains(QLatin1Char('"')) ? 1 : 0;
        multiline += text(kt::AcledRow::Notes).contains(QLatin1Char('\n')) ? 1 : 0;
    }
    CHECK(rows == kRows);
    CHECK(newestFirst);
    CHECK(subTypes.size() == 25);
    CHECK(countries.size() >= 4);
    CHECK(years.size() == 7);
    CHECK(precisions == QSet<int>{1, 2, 3});
    CHECK(numericInter > 0);
    CHECK(textInter > 0);
    CHECK(quotedNotes > 0);
    CHECK(multiline > 0);
    // Skewed: the most active actor is far above the median one.
    QList<int> counts = actors.values();
    std::sort(counts.begin(), counts.end());
    CHECK(counts.last() >= 5 * counts.at(counts.size() / 2));
    // Bursts: the busiest day has many times the average.
    int busiest = 0;
    for (const int count : perDay)
        busiest = std::max(busiest, count);
    CHECK(busiest >= 5 * kRows / perDay.size());
}
