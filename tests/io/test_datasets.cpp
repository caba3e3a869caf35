// Real conflict data as analysts download it: every ACLED vintage, spreadsheets' re-saves, the API's JSON,
// monadic exports and UCDP GED. Each fixture is written here and reproduces one trap of the real files listed
// in tests/fixtures/SOURCES.md.

#include "core/DayDate.h"
#include "core/FactionCatalog.h"
#include "core/InputError.h"
#include "extract/Gazetteer.h"
#include "io/AcledCsvReader.h"
#include "io/AcledDate.h"
#include "io/AcledImporter.h"
#include "io/EventCsv.h"
#include "io/UcdpImporter.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

namespace {

QString fixture(const char *name) {
    return QStringLiteral(KT_FIXTURES "/") + QString::fromLatin1(name);
}

kt::Day day(const char *iso) {
    return *kt::DayDate::fromIso(QString::fromLatin1(iso));
}

struct Imported {
    kt::DatasetReport report;
    QHash<QString, kt::Event> events; // by uid
};

Imported importFile(kt::EventStore &store, const QString &path, bool skipBadRows = false) {
    kt::ImportTransaction transaction(store);
    Imported imported;
    if (path.contains(QLatin1String("/ucdp/"))) {
        kt::UcdpImporter importer(transaction, store.factionCatalog());
        imported.report = importer.importFile(path, skipBadRows);
    } else {
        kt::AcledImporter importer(transaction, store.factionCatalog());
        imported.report = importer.importFile(path, skipBadRows);
    }
    transaction.commit();
    for (const kt::Event &event : store.loadEvents())
        imported.events.insert(event.uid, event);
    return imported;
}

Imported importFixture(const QTemporaryDir &dir, const char *name) {
    kt::EventStore store(dir.filePath(QString::fromLatin1(name).replace(QLatin1Char('/'), QLatin1Char('-')) +
                                      QStringLiteral(".sqlite")));
    return importFile(store, fixture(name));
}

QStringList list(std::initializer_list<const char *> items) {
    QStringList strings;
    for (const char *item : items)
        strings << QString::fromUtf8(item);
    return strings;
}

} // namespace

TEST_CASE("event dates in every form users bring", "[acled][dates]") {
    using kt::AcledDate::DayOrder;
    struct Case {
        const char *text;
        std::optional<int> year;
        DayOrder order;
        const char *expected; // nullptr: refused
        const char *reason;
    };
    const std::vector<Case> cases{
        {"2023-11-12", std::nullopt, DayOrder::Unknown, "2023-11-12", ""},
        {"2023-11-12 00:00:00", 2023, DayOrder::Unknown, "2023-11-12", ""},
        {"2023-11-12T00:00:00Z", std::nullopt, DayOrder::Unknown, "2023-11-12", ""},
        {"2023/11/12", std::nullopt, DayOrder::Unknown, "2023-11-12", ""},
        {"12 November 2023", std::nullopt, DayOrder::Unknown, "2023-11-12", ""},
        {"12-November-2023", std::nullopt, DayOrder::Unknown, "2023-11-12", ""},
        {"02 March 2018", 2018, DayOrder::Unknown, "2018-03-02", ""},
        {"16-Feb-21", 2021, DayOrder::Unknown, "2021-02-16", ""},
        {"5-Jul-22", 2022, DayOrder::Unknown, "2022-07-05", ""},
        {"12-September-22", 2022, DayOrder::Unknown, "2022-09-12", ""},
        {"16-f\xc3\xa9vr.-21", 2021, DayOrder::Unknown, "2021-02-16", ""},
        {"3 ao\xc3\xbbt 2022", std::nullopt, DayOrder::Unknown, "2022-08-03", ""},
        {"16/02/2021", std::nullopt, DayOrder::Unknown, "2021-02-16", ""},
        {"2/16/2021", std::nullopt, DayOrder::Unknown, "2021-02-16", ""},
        {"03/04/2021", std::nullopt, DayOrder::DayFirst, "2021-04-03", ""},
        {"03/04/2021", std::nullopt, DayOrder::MonthFirst, "2021-03-04", ""},
        {"04/04/2021", std::nullopt, DayOrder::Unknown, "2021-04-04", ""},
        {"16.02.2021", std::nullopt, DayOrder::Unknown, "2021-02-16", ""},
        {"16/02/21", 2021, DayOrder::Unknown, "2021-02-16", ""},
        {"03/04/2021", std::nullopt, DayOrder::Unknown, nullptr, "could be day/month or month/day"},
        {"16/02/2021", std::nullopt, DayOrder::MonthFirst, nullptr,
         "is day/month where the file's other dates"},
        {"16-Feb-21", std::nullopt, DayOrder::Unknown, nullptr, "two-digit year and the file has no year"},
        {"16-Feb-21", 2020, DayOrder::Unknown, nullptr, "year \"2020\" does not match"},
        {"2023-02-30", std::nullopt, DayOrder::Unknown, nullptr, "is not a date of the calendar"},
        {"31/31/2023", std::nullopt, DayOrder::Unknown, nullptr, "is not a date of the calendar"},
        {"0023-05-01", std::nullopt, DayOrder::Unknown, nullptr, "outside the years 1900 to 2100"},
        {"yesterday", std::nullopt, DayOrder::Unknown, nullptr, "is not a date"},
        {"", std::nullopt, DayOrder::Unknown, nullptr, "is not a date"},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const auto parsed = kt::AcledDate::parse(c.text, c.year, c.order);
        if (c.expected) {
            CHECK(parsed.problem.toStdString().empty());
            CHECK(parsed.day == day(c.expected));
        } else {
            CHECK_FALSE(parsed.day);
            CHECK_THAT(parsed.problem.toStdString(), Catch::Contains(c.reason));
        }
    }
}

TEST_CASE("the export tool's schema before 2019: older event types mapped, as written kept",
          "[acled][vintage]") {
    QTemporaryDir dir;
    const Imported imported = importFixture(dir, "acled/legacy-2018.csv");
    CHECK(imported.report.added == 10);
    CHECK_THAT(imported.report.notices.join(QLatin1Char('\n')).toStdString(),
               Catch::Contains("10 rows have an event type of before 2019"));
    const std::map<const char *, std::pair<const char *, const char *>> expected{
        {"MLI101", {"Battles", "Armed clash"}},
        {"MLI102", {"Battles", "Government regains territory"}},
        {"MLI103", {"Explosions/Remote violence", "Remote explosive/landmine/IED"}},
        {"MLI104", {"Explosions/Remote violence", "Air/drone strike"}},
        {"MLI105", {"Protests", "Protest with intervention"}},
        {"MLI106", {"Riots", "Mob violence"}},
        {"MLI107", {"Violence against civilians", "Abduction/forced disappearance"}},
        {"MLI108", {"Strategic developments", "Arrests"}},
        {"MLI109", {"Strategic developments", "Headquarters or base established"}},
        {"MLI110", {"Strategic developments", "Non-violent transfer of territory"}},
    };
    for (const auto &[uid, types] : expected) {
        INFO(uid);
        const kt::Event event = imported.events.value(QString::fromLatin1(uid));
        CHECK(event.eventType == QString::fromLatin1(types.first));
        CHECK(event.subEventType == QString::fromLatin1(types.second));
    }
    const kt::Event &strike = imported.events.value(QStringLiteral("MLI104"));
    CHECK(strike.extra.value(QStringLiteral("event_type")).toString() == QStringLiteral("Remote violence"));
    CHECK(strike.extra.value(QStringLiteral("data_id")).toString() == QStringLiteral("7000004"));
    CHECK(strike.extra.value(QStringLiteral("iso3")).toString() == QStringLiteral("MLI"));
    CHECK(strike.dateStart == day("2018-03-09"));
    CHECK(strike.factions == list({"France", "JNIM"}));
    // time_precision 3: the month as range, the file's own day kept.
    const kt::Event &arrest = imported.events.value(QStringLiteral("MLI108"));
    CHECK(arrest.dateStart == day("2018-03-01"));
    CHECK(arrest.dateEnd == day("2018-03-31"));
    CHECK(arrest.acled.eventDate == QStringLiteral("2018-03-15"));
    CHECK(arrest.factions == list({"FAMa"}));
    CHECK(imported.events.value(QStringLiteral("MLI110")).factions == list({"Platform", "CSP-PSD"}));
}

TEST_CASE("a realtime file of 2016 saved by a data frame library", "[acled][vintage]") {
    QTemporaryDir dir;
    const Imported imported = importFixture(dir, "acled/realtime-2016.csv");
    REQUIRE(imported.report.added == 2);
    const kt::Event &attack = imported.events.value(QStringLiteral("8023RTA"));
    CHECK(attack.eventType == QStringLiteral("Battles"));
    CHECK(attack.acled.assocActor2 == QStringLiteral("Military Forces of Mali (2013-)")); // ally_actor_2
    CHECK(attack.factions == list({"Unidentified armed group", "FAMa"}));
    CHECK(attack.extra.value(QStringLiteral("gwno")).toString() == QStringLiteral("432"));
    CHECK_FALSE(attack.extra.contains(QString())); // the unnamed index column is no data
    CHECK(imported.events.value(QStringLiteral("8100RTA")).subEventType ==
          QStringLiteral("Violent demonstration"));
}

TEST_CASE("an HDX file's row of HXL hashtags is skipped and said once", "[acled][vintage]") {
    QTemporaryDir dir;
    const Imported imported = importFixture(dir, "acled/hdx-hxl.csv");
    CHECK(imported.report.rows == 2);
    CHECK(imported.report.added == 2);
    CHECK(imported.report.notices.filter(QStringLiteral("HXL")) ==
          QStringList{QStringLiteral("line 2: HXL hashtags (an HDX file's second header row) skipped")});
    // "A and/or B": both are possible initiators, shown as such.
    const kt::Event &attack = imported.events.value(QStringLiteral("NIG2002"));
    CHECK(attack.factions == list({"JNIM", "Civilians", "EIGS"}));
    CHECK(attack.initiatorAlternatives == list({"EIGS"}));
    CHECK(kt::eventTitle(attack) ==
          QStringLiteral("Attack \u00b7 JNIM and/or EIGS vs Civilians \u00b7 Makalondi"));
    CHECK(imported.events.value(QStringLiteral("NIG2001")).factions == list({"Niger forces", "EIGS"}));
}

TEST_CASE("files re-saved by spreadsheets", "[acled][spreadsheet]") {
    QTemporaryDir dir;
    SECTION("English: 16-Feb-21, a time of day, a two-digit year settled by the year column") {
        const Imported imported = importFixture(dir, "acled/excel-english.csv");
        REQUIRE(imported.report.added == 3);
        CHECK(imported.events.value(QStringLiteral("MLI121")).dateStart == day("2021-02-16"));
        CHECK(imported.events.value(QStringLiteral("MLI121")).factions ==
              list({"Burkina Faso forces", "JNIM", "VDP"}));
        CHECK(imported.events.value(QStringLiteral("MLI122")).dateStart == day("2021-02-20"));
        CHECK(imported.events.value(QStringLiteral("MLI122")).factions ==
              list({"Communal militias", "Unidentified armed group"}));
        const kt::Event &month = imported.events.value(QStringLiteral("MLI123"));
        CHECK(month.dateStart == day("2022-07-01"));
        CHECK(month.dateEnd == day("2022-07-31"));
        CHECK(month.acled.eventDate == QStringLiteral("2022-07-05"));
    }
    SECTION("French: semicolons, Windows-1252, decimal commas, day first settled by a later date") {
        const Imported imported = importFixture(dir, "acled/excel-french.csv");
        REQUIRE(imported.report.added == 2);
        const kt::Event &clash = imported.events.value(QStringLiteral("MLI131"));
        CHECK(clash.dateStart == day("2021-04-03"));
        CHECK(clash.acled.admin1 == QStringLiteral("S\u00e9gou"));
        CHECK(clash.notes.contains(QStringLiteral("l'arm\u00e9e a repouss\u00e9")));
        CHECK(clash.acled.latitude == QStringLiteral("14.2526"));
        CHECK(clash.acled.longitude == QStringLiteral("-5.9930"));
        CHECK(clash.factions == list({"FAMa", "JNIM"}));
        CHECK(imported.events.value(QStringLiteral("MLI132")).factions ==
              list({"Dozo militias", "Civilians"}));
        const QString notices = imported.report.notices.join(QLatin1Char('\n'));
        CHECK(notices.contains(QStringLiteral("semicolons")));
        CHECK(notices.contains(QStringLiteral("2 rows are not UTF-8 and were read as Windows-1252 text")));
        CHECK(notices.contains(QStringLiteral("day first")));
    }
    SECTION("month first, settled by a later date") {
        const Imported imported = importFixture(dir, "acled/excel-month-first.csv");
        CHECK(imported.events.value(QStringLiteral("MLI141")).dateStart == day("2021-03-04"));
        CHECK(imported.events.value(QStringLiteral("MLI142")).dateStart == day("2021-02-16"));
        CHECK(imported.events.value(QStringLiteral("MLI141")).factions == list({"Niger forces", "EIGS"}));
        CHECK(imported.events.value(QStringLiteral("MLI142")).factions ==
              list({"Niger forces", "Boko Haram"}));
    }
    SECTION("what cannot be settled is refused with its line and reason, and nothing is kept") {
        kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
        CHECK_THROWS_WITH(
            importFile(store, fixture("acled/excel-unsettled.csv")),
            Catch::Contains("excel-unsettled.csv:2: event_date \"03/04/2021\" could be day/month "
                            "or month/day, and no earlier date of the file settles which"));
        CHECK_THROWS_WITH(
            importFile(store, fixture("acled/two-digit-no-year.csv")),
            Catch::Contains("two-digit-no-year.csv:2: event_date \"16-Feb-21\" has a two-digit year"));
        CHECK(store.eventCount() == 0);
        // Skipping bad rows does not help a file of which every row is bad.
        CHECK_THROWS_WITH(importFile(store, fixture("acled/excel-unsettled.csv"), true),
                          Catch::Contains("every one of its 1 rows is bad"));
        CHECK(store.eventCount() == 0);
    }
}

TEST_CASE("a monadic export: the rows of one event are one event with every side", "[acled][monadic]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    kt::EventStore store(path);
    const Imported imported = importFile(store, fixture("acled/monadic.csv"));
    CHECK(imported.report.rows == 8);
    CHECK(imported.report.added == 4);
    CHECK(imported.report.merged == 4);
    CHECK(imported.report.existing == 0);
    REQUIRE(imported.events.size() == 4);
    const kt::Event &clash = imported.events.value(QStringLiteral("MLI900"));
    CHECK(clash.factions == list({"JNIM", "FAMa"}));
    CHECK(clash.acled.actor2 == QStringLiteral("Military Forces of Mali (2020-2021)"));
    CHECK(clash.acled.inter2 == QStringLiteral("1"));
    CHECK(clash.acled.assocActor1 == QStringLiteral("Katiba Macina"));
    const kt::Event &uncertain = imported.events.value(QStringLiteral("MLI901"));
    CHECK(uncertain.factions == list({"JNIM", "Civilians", "EIGS"}));
    CHECK(uncertain.initiatorAlternatives == list({"EIGS"}));
    const kt::Event &three = imported.events.value(QStringLiteral("MLI902"));
    CHECK(three.factions == list({"JNIM", "Civilians", "France"}));
    CHECK(three.acled.assocActor2 == QStringLiteral("Military Forces of France (2017-)"));
    CHECK(imported.events.value(QStringLiteral("MLI903")).factions == list({"Protesters"}));
    // The other side is found by a faction filter, as it is in a dyadic file.
    kt::Filter fama;
    fama.factions.insert(QStringLiteral("FAMa"));
    CHECK(store.loadEvents(fama).size() == 1);
    // Importing it again adds nothing and merges nothing into the stored events.
    const Imported again = importFile(store, fixture("acled/monadic.csv"));
    CHECK(again.report.added == 0);
    CHECK(again.report.merged == 0);
    CHECK(again.report.existing == 8);
    CHECK(again.events.value(QStringLiteral("MLI902")).acled.assocActor2 == three.acled.assocActor2);
}

TEST_CASE("the ACLED API's answer saved to a file reads like the CSV", "[acled][api]") {
    QTemporaryDir dir;
    const Imported imported = importFixture(dir, "acled/api-answer.json");
    REQUIRE(imported.report.added == 2);
    const kt::Event &attack = imported.events.value(QStringLiteral("BFO7001"));
    CHECK(attack.dateStart == day("2024-08-24"));
    CHECK(attack.factions == list({"JNIM", "Civilians", "VDP"}));
    CHECK(attack.fatalities == 150);
    CHECK(attack.acled.latitude == QStringLiteral("13.4167"));
    CHECK(attack.track == QStringLiteral("ACLED: Burkina Faso"));
    const kt::Event &week = imported.events.value(QStringLiteral("BFO7002"));
    CHECK(week.precision == kt::TimePrecision::Week);
    CHECK(week.dateStart == day("2024-08-17"));
    CHECK(week.acled.eventDate == QStringLiteral("2024-08-20"));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"status\": 200, \"data\": [\n {\"event_date\": \"2024-08-24\", \"event_type\": \"Battles\","
              " \"sub_event_type\": \"Armed clash\", \"actor1\": \"X\"},\n {\"event_date\": \"24/13/2024\","
              " \"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"actor1\": \"X\"}]}\n");
    bad.close();
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    CHECK_THROWS_WITH(importFile(store, bad.fileName()),
                      Catch::Contains("bad.json:3: event_date \"24/13/2024\" is not a date of the calendar"));
}

TEST_CASE("what the file says comes back from events CSV, column for column", "[acled][roundtrip]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    QList<QString> files{fixture("acled/hdx-hxl.csv"), fixture("acled/excel-english.csv"),
                         fixture("acled/api-answer.json")};
    for (const QString &file : files)
        importFile(store, file);
    const QList<kt::Event> events = store.loadEvents();
    REQUIRE(events.size() == 7);
    QByteArray csv = kt::EventCsv::header();
    for (const kt::Event &event : events)
        csv += kt::EventCsv::row(event, nullptr, kt::Gazetteer::bundled());
    const QString written = dir.filePath(QStringLiteral("written.csv"));
    QFile out(written);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();

    // Every column of every row as the original files give it, against the written file's.
    const auto rows = [](const QString &path) {
        QHash<QString, std::array<QString, kt::AcledRow::ColumnCount>> byUid;
        auto source = kt::AcledImporter::open(path);
        kt::AcledRow row;
        while (source->next(row).kind == kt::AcledSource::Result::Row) {
            std::array<QString, kt::AcledRow::ColumnCount> fields;
            for (std::size_t i = 0; i < fields.size(); ++i)
                fields.at(i) = QString::fromUtf8(row.fields.at(i).data(),
                                                 static_cast<qsizetype>(row.fields.at(i).size()));
            fields.at(kt::AcledRow::EventDate) =
                kt::DayDate::toIso(row.day); // the same day, written as ACLED's API does
            byUid.insert(fields.at(kt::AcledRow::EventIdCnty), fields);
        }
        return byUid;
    };
    const auto copies = rows(written);
    int compared = 0;
    for (const QString &file : files) {
        const auto originals = rows(file);
        for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
            REQUIRE(copies.contains(it.key()));
            for (std::size_t column = 0; column < kt::AcledRow::ColumnCount; ++column) {
                INFO(it.key().toStdString() << " " << kt::AcledRow::columnNames().at(column));
                // Columns a file does not have are written as ACLED derives them (year from the date).
                if (it.value().at(column).isEmpty() && column == kt::AcledRow::Year)
                    continue;
                CHECK(copies.value(it.key()).at(column) == it.value().at(column));
                ++compared;
            }
        }
    }
    CHECK(compared == 7 * 31);
}

TEST_CASE("UCDP GED imports into its own tracks, with the same factions", "[ucdp]") {
    QTemporaryDir dir;
    const Imported imported = importFixture(dir, "ucdp/ged.csv");
    REQUIRE(imported.report.added == 4);
    const kt::Event &clash = imported.events.value(QStringLiteral("UCDP-GED:900001"));
    CHECK(clash.track == QStringLiteral("UCDP: Mali"));
    CHECK(clash.factions == list({"FAMa", "JNIM"})); // UCDP's Government of Mali is the army
    CHECK(clash.eventType == QStringLiteral("Battles"));
    CHECK(clash.subEventType == QStringLiteral("Armed clash"));
    CHECK(clash.fatalities == 8);
    CHECK(clash.location == QStringLiteral("Boni"));
    CHECK(clash.placeText == QStringLiteral("Boni village"));
    CHECK(clash.acled.admin1 == QStringLiteral("Mopti region"));
    CHECK(clash.extra.value(QStringLiteral("low")).toString() == QStringLiteral("8"));
    CHECK(clash.extra.value(QStringLiteral("type_of_violence")).toString() == QStringLiteral("1"));
    const kt::Event &week = imported.events.value(QStringLiteral("UCDP-GED:900002"));
    CHECK(week.eventType == QStringLiteral("Violence against civilians"));
    CHECK(week.precision == kt::TimePrecision::Week);
    CHECK(week.dateStart == day("2022-03-06"));
    CHECK(week.dateEnd == day("2022-03-12"));
    CHECK(week.factions == list({"EIGS", "Civilians"}));
    const kt::Event &month = imported.events.value(QStringLiteral("UCDP-GED:900003"));
    CHECK(month.precision == kt::TimePrecision::Month);
    CHECK(month.factions == list({"Dozo militias", "Communal militias"}));
    CHECK(imported.events.value(QStringLiteral("UCDP-GED:900004")).track ==
          QStringLiteral("UCDP: Burkina Faso"));
    CHECK(imported.events.value(QStringLiteral("UCDP-GED:900004")).factions ==
          list({"Burkina Faso forces", "JNIM"}));

    SECTION("ACLED and UCDP lanes of one country side by side") {
        kt::EventStore store(dir.filePath(QStringLiteral("both.sqlite")));
        importFile(store, fixture("acled/legacy-2018.csv")); // ACLED: Mali
        importFile(store, fixture("acled/hdx-hxl.csv"));     // ACLED: Niger
        importFile(store, fixture("ucdp/ged.csv"));          // UCDP: Mali, UCDP: Burkina Faso
        importFile(store, fixture("acled/api-answer.json")); // ACLED: Burkina Faso
        CHECK(store.trackNames() ==
              list({"Kidal offensive", "MINUSMA withdrawal", "ACLED: Mali", "UCDP: Mali", "ACLED: Niger",
                    "ACLED: Burkina Faso", "UCDP: Burkina Faso"}));
    }
    SECTION("a release without a header row") {
        const Imported headerless = importFixture(dir, "ucdp/ged-headerless.csv");
        CHECK(headerless.report.added == 2);
        CHECK(headerless.report.notices.join(QString()).contains(QStringLiteral("no header row")));
        CHECK(headerless.events.value(QStringLiteral("UCDP-GED:900001")).factions == list({"FAMa", "JNIM"}));
    }
    SECTION("a bad row names its line") {
        kt::EventStore store(dir.filePath(QStringLiteral("bad.sqlite")));
        CHECK_THROWS_WITH(
            importFile(store, fixture("ucdp/ged-bad.csv")),
            Catch::Contains("ged-bad.csv:3: date_end 2022-03-01 is before date_start 2022-03-05"));
        CHECK(store.eventCount() == 0);
    }
}

TEST_CASE("real Sahel actor names map to the sides analysts expect", "[acled][factions]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    // Actor names as ACLED and UCDP write them in Mali, Burkina Faso and Niger files of 2016-2024.
    const std::map<const char *, const char *> expected{
        {"Military Forces of Mali (2013-2020)", "FAMa"},
        {"Military Forces of Mali (2021-) National Guard", "FAMa"},
        {"Police Forces of Mali (2013-2020) Gendarmerie", "FAMa"},
        {"Police Forces of Mali (2020-2021)", "FAMa"},
        {"Mutiny of Military Forces of Mali (2013-2020)", "FAMa"},
        {"Forest Guards (Mali)", "FAMa"},
        {"Government of Mali (2021-)", "Mali government"},
        {"Wagner Group", "Wagner"},
        {"Africa Corps", "Wagner"},
        {"CMA: Coordination of Movements of the Azawad", "CSP-PSD"},
        {"MAA: Arab Movement of the Azawad (CMA)", "CSP-PSD"},
        {"MNLA: National Movement for the Liberation of Azawad", "CSP-PSD"},
        {"HCUA: High Council for the Unity of Azawad", "CSP-PSD"},
        {"CJA: Congress for Justice in Azawad", "CSP-PSD"},
        {"MAA: Arab Movement of the Azawad (Platform)", "Platform"},
        {"GATIA: Imghad Tuareg and Allies Self-Defense Group", "Platform"},
        {"MSA: Movement for Azawad Salvation", "Platform"},
        {"Platform of June 14th 2014 movements", "Platform"},
        {"CMFPR1: Coordination of Patriotic Movements and Forces for Resistance (Plateforme)", "Platform"},
        {"JNIM: Group for Support of Islam and Muslims", "JNIM"},
        {"Katiba Macina", "JNIM"},
        {"Katiba Serma", "JNIM"},
        {"Ansar Dine", "JNIM"},
        {"Ansaroul Islam", "JNIM"},
        {"Al Mourabitoune Battalion", "JNIM"},
        {"AQIM: Al Qaeda in the Islamic Maghreb", "JNIM"},
        {"Islamic State (West Africa) - Greater Sahara Faction", "EIGS"},
        {"Islamic State (Greater Sahara)", "EIGS"},
        {"Islamic State (Sahel)", "EIGS"},
        {"Islamic State (West Africa)", "ISWAP"},
        {"Boko Haram - Wilayat Gharb Ifriqiyyah", "ISWAP"},
        {"Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Boko Haram"},
        {"MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)",
         "MINUSMA"},
        {"Military Forces of France (2017-)", "France"},
        {"Military Forces of France (2012-2017)", "France"},
        {"EUTM Mali: European Union Training Mission in Mali", "European forces"},
        {"G5S: G5 Sahel Force (2017-)", "G5 Sahel"},
        {"Military Forces of Burkina Faso (2015-)", "Burkina Faso forces"},
        {"Military Forces of Burkina Faso (2022-)", "Burkina Faso forces"},
        {"Police Forces of Burkina Faso (2015-) Gendarmerie", "Burkina Faso forces"},
        {"Government of Burkina Faso (2022-)", "Burkina Faso forces"},
        {"VDP: Volunteer for Defense of Homeland", "VDP"},
        {"Military Forces of Niger (2011-2021)", "Niger forces"},
        {"Military Forces of Niger (2023-)", "Niger forces"},
        {"Military Forces of Nigeria (2015-2023)", "Nigeria forces"},
        {"Military Forces of Mauritania (2019-)", "Mauritania forces"},
        {"Military Forces of Algeria (2019-)", "Algeria forces"},
        {"Military Forces of Chad (2021-)", "Chad forces"},
        {"Dan Na Ambassagou", "Dozo militias"},
        {"Dozo Communal Militia (Mali)", "Dozo militias"},
        {"Dozo Communal Militia (Burkina Faso)", "Dozo militias"},
        {"Fulani Ethnic Militia (Mali)", "Communal militias"},
        {"Dogon Ethnic Militia (Mali)", "Communal militias"},
        {"Koglweogo Militia", "Communal militias"},
        {"Unidentified Communal Militia (Burkina Faso)", "Communal militias"},
        {"Protesters (Mali)", "Protesters"},
        {"Rioters (Burkina Faso)", "Rioters"},
        {"Civilians (Mali)", "Civilians"},
        {"Civilians (International)", "Civilians"},
        {"Farmers (Burkina Faso)", "Civilians"},
        {"Fulani Ethnic Group (Burkina Faso)", "Civilians"},
        {"Unidentified Armed Group (Mali)", "Unidentified armed group"},
        {"Islamist Militia (Mali)", "Unidentified armed group"},
    };
    for (const auto &[actor, faction] : expected) {
        INFO(actor);
        CHECK(catalog.resolveActor(QString::fromUtf8(actor)) == QString::fromUtf8(faction));
    }
    const auto both =
        catalog.resolveAttribution(QStringLiteral("JNIM: Group for Support of Islam and Muslims and/or "
                                                  "Islamic State (West Africa) - Greater Sahara Faction"));
    CHECK(both.factions == list({"JNIM", "EIGS"}));
    CHECK(both.uncertain);
    const auto same = catalog.resolveAttribution(QStringLiteral("Katiba Macina and/or Ansar Dine"));
    CHECK(same.factions == list({"JNIM"}));
    CHECK_FALSE(same.uncertain);
    CHECK(catalog.resolveUcdpSide(QStringLiteral("Government of Mali")).factions == list({"FAMa"}));
    CHECK(catalog.resolveUcdpSide(QStringLiteral("IS")).factions == list({"EIGS"}));
}
