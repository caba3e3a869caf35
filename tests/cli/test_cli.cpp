#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Result {
    int status;
    QByteArray out;
    QByteArray err;
};

// Runs the real program with a private home folder and no display.
Result run(const QStringList &arguments, const QTemporaryDir &home) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KT_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString fixture(const char *name) {
    return QStringLiteral(KT_FIXTURES "/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("export without a display draws the seed with both tracks", "[cli]") {
    QTemporaryDir home;
    const QString png = home.filePath(QStringLiteral("k.png"));
    const Result result = run({QStringLiteral("export"), QStringLiteral("-o"), png}, home);
    INFO(result.err.toStdString());
    CHECK(result.status == 0);
    const QImage image(png);
    CHECK(image.size() == QSize(1600, 900));
    CHECK(result.out.contains("10 events drawn"));
    const Result minusma = run({QStringLiteral("export"), QStringLiteral("--faction"),
                                QStringLiteral("MINUSMA"), QStringLiteral("-o"), png},
                               home);
    CHECK(minusma.status == 0);
    CHECK(minusma.out.contains("3 events drawn"));
}

TEST_CASE("extract prints the article's events as JSON", "[cli]") {
    QTemporaryDir home;
    const Result result = run({QStringLiteral("extract"), fixture("english-report.txt")}, home);
    INFO(result.err.toStdString());
    REQUIRE(result.status == 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    REQUIRE(!events.isEmpty());
    for (const char *key : {"date_start", "date_end", "time_precision", "status", "event_type",
                            "sub_event_type", "factions", "actors", "location", "claimed_by", "track",
                            "quote", "char_start", "char_end", "confidence", "contradicts"})
        CHECK(events.first().toObject().contains(QString::fromLatin1(key)));
}

TEST_CASE("import, then events filtered by an alias", "[cli]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    const Result imported =
        run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("english-report.txt")}, home);
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    const Result again =
        run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("english-report.txt")}, home);
    CHECK(again.out.contains("0 events added"));
    const Result events = run({QStringLiteral("events"), QStringLiteral("--db"), db,
                               QStringLiteral("--faction"), QStringLiteral("Casques bleus")},
                              home);
    REQUIRE(events.status == 0);
    const QJsonArray list =
        QJsonDocument::fromJson(events.out).object().value(QStringLiteral("events")).toArray();
    REQUIRE(!list.isEmpty());
    for (const auto &event : list)
        CHECK(
            event.toObject().value(QStringLiteral("factions")).toArray().contains(QStringLiteral("MINUSMA")));
    const Result csv = run({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                            QStringLiteral("csv")},
                           home);
    CHECK(csv.out.startsWith("event_id_cnty,event_date,year,time_precision"));
}

TEST_CASE("exit statuses: usage 2, bad input 3, store 4", "[cli]") {
    QTemporaryDir home;
    CHECK(run({QStringLiteral("frobnicate")}, home).status == 2);
    CHECK(
        run({QStringLiteral("events"), QStringLiteral("--faction"), QStringLiteral("Nobody")}, home).status ==
        2);
    CHECK(run({QStringLiteral("extract"), QStringLiteral("--published"), QStringLiteral("13/11/2023"),
               fixture("english-report.txt")},
              home)
              .status == 2);
    const Result bad = run({QStringLiteral("extract"), fixture("bad-header.txt")}, home);
    CHECK(bad.status == 3);
    CHECK(bad.err.contains("bad-header.txt:2:"));
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    const Result failed = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                               fixture("english-report.txt"), fixture("bad-header.txt")},
                              home);
    CHECK(failed.status == 3);
    CHECK(!QFile::exists(db)); // a failed import writes nothing, not even an empty store
    QFile notAStore(home.filePath(QStringLiteral("notes.sqlite")));
    REQUIRE(notAStore.open(QIODevice::WriteOnly));
    notAStore.write(QByteArray(2048, 'x'));
    notAStore.close();
    CHECK(run({QStringLiteral("events"), QStringLiteral("--db"), notAStore.fileName()}, home).status == 4);
}

TEST_CASE("import of an ACLED export: counts, a bad row, --skip-bad-rows, map-actor", "[cli][acled]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("acled.sqlite"));
    const Result bad =
        run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("acled-bad-row.csv")}, home);
    CHECK(bad.status == 3);
    CHECK(bad.err.contains("acled-bad-row.csv:5: event_date \"2023-13-45\" is not a date"));
    CHECK(bad.err.contains("nothing was imported"));
    CHECK(!QFile::exists(db));

    const Result first =
        run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("acled-tricky.csv")}, home);
    CHECK(first.status == 0);
    CHECK(first.out.contains("acled-tricky.csv: 8 rows, 8 events added, 0 already stored"));
    CHECK(first.out.contains("Ganda Izo Militia (Mali)"));
    CHECK(first.out.contains("full-text index: 8 events indexed"));

    const Result skipping = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                 QStringLiteral("--skip-bad-rows"), fixture("acled-bad-row.csv")},
                                home);
    CHECK(skipping.status == 0);
    CHECK(skipping.out.contains("4 rows, 0 events added, 3 already stored, 1 bad rows skipped"));
    CHECK(skipping.err.contains("skipped"));
    CHECK(skipping.err.contains("acled-bad-row.csv:5:"));

    const Result mapped = run({QStringLiteral("map-actor"), QStringLiteral("--db"), db,
                               QStringLiteral("Ganda Izo Militia (Mali)"), QStringLiteral("hommes armés")},
                              home);
    CHECK(mapped.status == 0);
    CHECK(mapped.out.contains("is now Unidentified armed group: 1 stored events moved"));
    const Result events =
        run({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--faction"),
             QStringLiteral("Unidentified armed group"), QStringLiteral("--format"), QStringLiteral("csv")},
            home);
    CHECK(events.status == 0);
    CHECK(events.out.startsWith("event_id_cnty,event_date,year,time_precision,"));
    CHECK(events.out.contains("MLI90007,2023-11-13"));
    CHECK(events.out.contains("MLI90008,2023-11-10"));
    CHECK(events.out.count("\r\n") == 3); // header and two rows
}

TEST_CASE("generate writes the same file for the same seed", "[cli][generate]") {
    QTemporaryDir home;
    const QString a = home.filePath(QStringLiteral("a.csv"));
    const QString b = home.filePath(QStringLiteral("b.csv"));
    const Result made = run({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("500"),
                             QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("-o"), a},
                            home);
    CHECK(made.status == 0);
    CHECK(made.out.contains("500 ACLED rows (seed 42)"));
    CHECK(run({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("500"),
               QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("-o"), b},
              home)
              .status == 0);
    QFile fa(a);
    QFile fb(b);
    REQUIRE(fa.open(QIODevice::ReadOnly));
    REQUIRE(fb.open(QIODevice::ReadOnly));
    CHECK(fa.readAll() == fb.readAll());
    CHECK(run({QStringLiteral("generate"), QStringLiteral("-o"), a}, home).status == 2);
    CHECK(run({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("many"),
               QStringLiteral("-o"), a},
              home)
              .status == 2);
    const QString db = home.filePath(QStringLiteral("g.sqlite"));
    const Result imported = run({QStringLiteral("import"), QStringLiteral("--db"), db, a}, home);
    CHECK(imported.status == 0);
    CHECK(imported.out.contains("500 rows, 500 events added"));
}

TEST_CASE("one meaning per filter, and only import makes a store", "[cli][filters]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("acled/legacy-2018.csv"),
                 fixture("ucdp/ged.csv")},
                home)
                .status == 0);
    const auto count = [&](QStringList arguments) {
        const Result result =
            run(QStringList{QStringLiteral("events"), QStringLiteral("--db"), db} + arguments, home);
        REQUIRE(result.status == 0);
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("events")).toArray().size();
    };
    const auto drawn = [&](QStringList arguments) {
        const QString png = home.filePath(QStringLiteral("x.png"));
        const Result result =
            run(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), png} +
                    arguments,
                home);
        REQUIRE(result.status == 0);
        return result.out.mid(result.out.indexOf(": ") + 2).split(' ').first().toInt();
    };
    // --to D includes D and nothing after it, in events and export alike.
    const QStringList through = {QStringLiteral("--from"), QStringLiteral("2018-03-01"),
                                 QStringLiteral("--to"), QStringLiteral("2018-03-13")};
    CHECK(count(through) == 7); // MLI101 to MLI106, and MLI108 (March, precision 3)
    CHECK(drawn(through) == count(through));
    // --place: the location or its admin areas (Mopti is a town and a region).
    const QStringList mopti = {QStringLiteral("--place"), QStringLiteral("mopti")};
    CHECK(count(mopti) == 5); // three ACLED rows of the Mopti region, two UCDP rows
    CHECK(drawn(mopti) == count(mopti));

    // --skip-bad-rows on a file of bad rows only: bad input, and no store left.
    const QString other = home.filePath(QStringLiteral("other.sqlite"));
    const Result allBad = run({QStringLiteral("import"), QStringLiteral("--db"), other,
                               QStringLiteral("--skip-bad-rows"), fixture("acled/excel-unsettled.csv")},
                              home);
    CHECK(allBad.status == 3);
    CHECK(allBad.err.contains("every one of its 1 rows is bad"));
    CHECK(!QFile::exists(other));
    // Reading commands need a store that exists; they name it and make none.
    const QString missing = home.filePath(QStringLiteral("missing.sqlite"));
    for (const QString &command : {QStringLiteral("events"), QStringLiteral("export")}) {
        INFO(command.toStdString());
        QStringList arguments{command, QStringLiteral("--db"), missing};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("-o") << home.filePath(QStringLiteral("m.png"));
        const Result result = run(arguments, home);
        CHECK(result.status == 4);
        CHECK(result.err.contains(missing.toUtf8() + ": no such store"));
        CHECK(!QFile::exists(missing));
    }
}
