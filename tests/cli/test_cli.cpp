#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "core/DayDate.h"
#include "core/SavedView.h"
#include "store/Database.h"
#include "store/EventStore.h"
#include "store/SavedViews.h"
#include "store/Statement.h"

#include "cli/RunProgram.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <random>

using kt::test::fixture;
using kt::test::Result;
using kt::test::run;

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

TEST_CASE("export --bars: each lane on its own scale, or all on one, a saved view brings its own",
          "[cli][views]") {
    QTemporaryDir home;
    const QString csv = home.filePath(QStringLiteral("g.csv"));
    const QString db = home.filePath(QStringLiteral("g.sqlite"));
    REQUIRE(run({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("6000"),
                 QStringLiteral("-o"), csv},
                home)
                .status == 0);
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("--db"), db, csv}, home).status == 0);
    const QString perLane = home.filePath(QStringLiteral("per-lane.png"));
    const QString shared = home.filePath(QStringLiteral("shared.png"));
    const Result a =
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), perLane}, home);
    const Result b = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--bars"),
                          QStringLiteral("shared"), QStringLiteral("-o"), shared},
                         home);
    REQUIRE(a.status == 0);
    REQUIRE(b.status == 0);
    CHECK(a.out.contains("as bars"));
    // The quiet lanes' bars shrink on one scale: fewer pixels of the bars' colours, same size of picture.
    const QImage one(perLane);
    const QImage other(shared);
    REQUIRE(one.size() == other.size());
    const auto white = [](const QImage &image) {
        qint64 count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == qRgb(255, 255, 255);
        return count;
    };
    CHECK(white(other) > white(one));
    CHECK(run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--bars"),
               QStringLiteral("wide"), QStringLiteral("-o"), shared},
              home)
              .status == 2);
    CHECK(run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--view"),
               QStringLiteral("any"), QStringLiteral("--bars"), QStringLiteral("shared"),
               QStringLiteral("-o"), shared},
              home)
              .status == 2);
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
    // The panel's other criteria, with the panel's names: a role, repeated tracks, fatalities, who says it.
    const QStringList army = {QStringLiteral("--faction"), QStringLiteral("FAMa")};
    const QStringList armyActing = army + QStringList{QStringLiteral("--role"), QStringLiteral("initiator")};
    CHECK(count(armyActing) > 0);
    CHECK(count(armyActing) < count(army));
    CHECK(drawn(armyActing) == count(armyActing));
    const QStringList tracks = {QStringLiteral("--track"), QStringLiteral("ACLED: Mali"),
                                QStringLiteral("--track"), QStringLiteral("UCDP: Mali")};
    const auto acledMali = count({QStringLiteral("--track"), QStringLiteral("ACLED: Mali")});
    const auto ucdpMali = count({QStringLiteral("--track"), QStringLiteral("UCDP: Mali")});
    CHECK(acledMali > 0);
    CHECK(ucdpMali > 0);
    CHECK(count(tracks) == acledMali + ucdpMali); // one track or the other
    const QStringList deadly = {QStringLiteral("--min-fatalities"), QStringLiteral("1")};
    CHECK(count(deadly) > 0);
    CHECK(count(deadly) < count({}));
    CHECK(drawn(deadly) == count(deadly));
    CHECK(count({QStringLiteral("--contested")}) == 0); // datasets hold no contradicting claims
    CHECK(run({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--role"),
               QStringLiteral("acting")},
              home)
              .status == 2);

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

TEST_CASE("store faults: a store being written, a full disk, a read-only folder", "[cli][faults]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(
        run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("acled/legacy-2018.csv")}, home)
            .status == 0);
    const auto eventCount = [&](const QString &path) {
        const Result result = run({QStringLiteral("events"), QStringLiteral("--db"), path}, home);
        REQUIRE(result.status == 0);
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("events")).toArray().size();
    };

    SECTION("another program holds the write lock: readers read, a writer waits, then names it") {
        kt::Database holder(db, kt::Database::Mode::ReadWrite);
        holder.exec("BEGIN IMMEDIATE");
        holder.exec("DELETE FROM events");
        CHECK(eventCount(db) == 10);
        const Result png = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"),
                                home.filePath(QStringLiteral("x.png"))},
                               home);
        CHECK(png.status == 0);
        const Result writer =
            run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("acled/monadic.csv")}, home,
                {{QStringLiteral("KIDAL_TIMELINE_BUSY_TIMEOUT_MS"), QStringLiteral("300")}});
        CHECK(writer.status == 4);
        INFO(writer.err.toStdString());
        CHECK(writer.err.contains(db.toUtf8() + ": "));
        CHECK(writer.err.contains("another program is writing to this store (pid " +
                                  QByteArray::number(QCoreApplication::applicationPid()) + ": test_cli"));
        CHECK(writer.err.contains("nothing was imported"));
        holder.exec("ROLLBACK");
        CHECK(eventCount(db) == 10);
    }
    SECTION("the disk fills up during an import: exit 4, the store as it was, a new store removed") {
        // A file size limit stands for a full disk: writes past it fail as they do on a full disk.
        const QStringList limited{QStringLiteral("bash"), QStringLiteral("-c"),
                                  QStringLiteral("trap '' XFSZ; ulimit -f 150; exec \"$0\" \"$@\"")};
        const QString big = home.filePath(QStringLiteral("big.csv"));
        REQUIRE(run({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("3000"),
                     QStringLiteral("-o"), big},
                    home)
                    .status == 0);
        const QString fresh = home.filePath(QStringLiteral("new.sqlite"));
        const Result full =
            run({QStringLiteral("import"), QStringLiteral("--db"), fresh, big}, home, {}, limited);
        INFO(full.err.toStdString());
        CHECK(full.status == 4);
        CHECK(full.err.contains("the disk"));
        CHECK(full.err.contains("nothing was imported"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            CHECK_FALSE(QFile::exists(fresh + QLatin1String(suffix)));
        QFile store(db);
        REQUIRE(store.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(store.readAll(), QCryptographicHash::Sha256);
        store.close();
        const Result existing =
            run({QStringLiteral("import"), QStringLiteral("--db"), db, big}, home, {}, limited);
        CHECK(existing.status == 4);
        CHECK(eventCount(db) == 10);
        REQUIRE(store.open(QIODevice::ReadOnly));
        CHECK(QCryptographicHash::hash(store.readAll(), QCryptographicHash::Sha256) == before);
    }
    SECTION("a store in a folder nobody may write to is read; writing it says why it cannot") {
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                               QFileDevice::ExeGroup);
        QDir().mkpath(home.filePath(QStringLiteral("media")));
        const QString media = home.filePath(QStringLiteral("media/s.sqlite"));
        REQUIRE(QFile::copy(db, media));
        QFile::setPermissions(media,
                              QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        QFile::setPermissions(home.filePath(QStringLiteral("media")),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                  QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        // Root may write anywhere: run as nobody, as an ordinary user would be.
        const QStringList user =
            ::geteuid() == 0 ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                           QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
                             : QStringList{};
        const Result read = run({QStringLiteral("events"), QStringLiteral("--db"), media}, home, {}, user);
        INFO(read.err.toStdString());
        CHECK(read.status == 0);
        CHECK(QJsonDocument::fromJson(read.out).object().value(QStringLiteral("events")).toArray().size() ==
              10);
        const Result png = run({QStringLiteral("export"), QStringLiteral("--db"), media, QStringLiteral("-o"),
                                QStringLiteral("/dev/null.png")},
                               home, {}, user);
        CHECK(png.err.contains("/dev/null.png")); // the picture cannot be written; the store was read
        // The window opens it read-only and paints it.
        const Result window =
            run({QStringLiteral("--db"), media, QStringLiteral("--quit-after-first-paint")}, home,
                {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}, user);
        INFO(window.err.toStdString());
        CHECK(window.status == 0);
        const Result write =
            run({QStringLiteral("import"), QStringLiteral("--db"), media, fixture("acled/monadic.csv")}, home,
                {}, user);
        CHECK(write.status == 4);
        CHECK(write.err.contains("cannot be written"));
        const QStringList entries = QDir(home.filePath(QStringLiteral("media"))).entryList(QDir::Files);
        CHECK(entries == QStringList{QStringLiteral("s.sqlite")});
    }
}

namespace {

QByteArray acledHeader() {
    return "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,"
           "location,"
           "latitude,longitude,notes,fatalities\n";
}

QByteArray acledRow(const QByteArray &id, const QByteArray &date = "2023-11-12",
                    const QByteArray &actor1 = "Military Forces of Mali (2021-)",
                    const QByteArray &latitude = "18.44", const QByteArray &fatalities = "2",
                    const QByteArray &notes = "A test row.") {
    const QByteArray year = date.size() == 10 && date.at(4) == '-' ? date.left(4) : QByteArray("2023");
    return id + "," + date + "," + year + ",1,Battles,Armed clash,\"" + actor1 +
           "\",JNIM: Group for Support of Islam and Muslims,Mali,Kidal," + latitude + ",1.40,\"" + notes +
           "\"," + fatalities + "\n";
}

QByteArray eventJson(const QByteArray &fields) {
    return "{\"events\": [\n {\"uid\": \"J1\", \"date_start\": \"2023-11-12\", \"date_end\": \"2023-11-12\", "
           "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\"" +
           fields + "}\n]}\n";
}

} // namespace

TEST_CASE("bad input: file:line and the reason, exit 3, and nothing stored is lost", "[cli][badinput]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(
        run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("ucdp/ged.csv")}, home).status ==
        0);
    const auto stored = [&] {
        return run({QStringLiteral("events"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                    QStringLiteral("csv")},
                   home)
            .out;
    };
    const QByteArray before = stored();
    const QByteArray latin1Article = "title: T\npublished: 2023-11-13\n\nL'arm\xe9"
                                     "e a attaqu\xe9 Kidal dimanche.\n";
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *message; // what stderr must hold after "NAME:"
    };
    const std::vector<Case> cases{
        {"empty.txt", "", "empty.txt:1: the article has no body text"},
        {"empty.csv", "", "empty.csv:1: the file is empty"},
        {"empty.json", "", "empty.json:1: invalid JSON"},
        {"binary.txt", QByteArray("title: T\n\x01\x02\x00\x7f\xfe", 12),
         "binary.txt:2: the file is not text"},
        {"binary.csv", QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10), "binary.csv:1: not an ACLED export"},
        {"latin1.txt", latin1Article, "latin1.txt:4: the text is not valid UTF-8 (saved as Latin-1"},
        {"huge-line.csv",
         acledHeader() + acledRow("X1") +
             acledRow("X2", "2023-11-12", "A", "1", "0", QByteArray(50 << 20, 'n')),
         "huge-line.csv:3: a row of 50.0 MiB, longer than the 1 MiB a row may have"},
        {"huge.txt", "title: T\npublished: 2023-11-13\n\n" + QByteArray(50 << 20, 'k'),
         "huge.txt:1: 50 MB is too long for an article"},
        {"february.csv", acledHeader() + acledRow("X1", "2023-02-30"),
         "february.csv:2: event_date \"2023-02-30\" is not a date of the calendar"},
        {"month31.csv", acledHeader() + acledRow("X1", "31/31/2023"),
         "month31.csv:2: event_date \"31/31/2023\" is not a date of the calendar"},
        {"past.csv", acledHeader() + acledRow("X1", "1023-01-01"),
         "past.csv:2: event_date \"1023-01-01\" is outside"},
        {"future.json", eventJson(", \"date_end\": \"3023-01-01\""),
         "future.json:2: event 0: 3023-01-01 is outside"},
        {"published.txt", "title: T\npublished: 9999-01-01\n\nText.\n",
         "published.txt:2: published 9999-01-01 is outside"},
        {"missing-column.csv",
         "event_id_cnty,event_date,event_type,sub_event_type\nX1,2023-11-12,Battles,Armed clash\n",
         "missing-column.csv:1: not an ACLED export: the header has no actor1 column"},
        {"missing-field.csv", acledHeader() + "X1,2023-11-12,2023\n",
         "missing-field.csv:2: 3 fields where the header has 14 columns"},
        {"extra-field.csv", acledHeader() + acledRow("X1").trimmed() + ",surplus\n",
         "extra-field.csv:2: 15 fields where the header has 14 columns"},
        {"quote.csv",
         acledHeader() + acledRow("X1") + "X2,2023-11-12,2023,1,Battles,Armed clash,\"never closed\n",
         "quote.csv:3: a quoted field is never closed"},
        {"fatalities.csv",
         acledHeader() + acledRow("X1", "2023-11-12", "A", "18.44", "1000000000000000000000000000000"),
         "fatalities.csv:2: fatalities \"1000000000000000000000000000000\" is not a whole number"},
        {"latitude.csv", acledHeader() + acledRow("X1", "2023-11-12", "A", "400"),
         "latitude.csv:2: latitude \"400\" is outside -90 to 90"},
        {"fatalities.json", eventJson(", \"fatalities\": 1e30"),
         "fatalities.json:2: event 0: fatalities must be a whole number from -1 to 1000000"},
        {"duplicate.csv", acledHeader() + acledRow("X1") + acledRow("X2") + acledRow("X1"),
         "duplicate.csv:4: event_id_cnty X1 is on an earlier row of the file too"},
        {"duplicate.json",
         "{\"events\": [\n {\"uid\": \"J1\", \"date_start\": \"2023-11-12\", \"date_end\": \"2023-11-12\", "
         "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\"},\n"
         " {\"uid\": \"J1\", \"date_start\": \"2023-11-13\", \"date_end\": \"2023-11-13\", "
         "\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\"}\n]}\n",
         "duplicate.json:3: event 1: uid \"J1\" is event 0's too"},
        {"types.json", eventJson(", \"factions\": \"FAMa\""),
         "types.json:2: event 0: factions must be a list"},
        {"missing.json",
         "{\"events\": [\n {\"date_start\": \"2023-11-12\", \"date_end\": \"2023-11-12\"}\n]}\n",
         "missing.json:2: event 0: event_type and sub_event_type are required"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = home.filePath(QString::fromLatin1(c.name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(c.bytes);
        file.close();
        const Result result = run({QStringLiteral("import"), QStringLiteral("--db"), db, path}, home);
        INFO(result.err.left(400).toStdString());
        CHECK(result.status == 3);
        CHECK(result.err.contains(c.message));
        CHECK(result.err.contains("nothing was imported"));
        CHECK(stored() == before);
        QFile::remove(path);
    }
}

TEST_CASE("text that only looks odd is read as written, never run or rendered", "[cli][badinput]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    const auto write = [&](const char *name, const QByteArray &bytes) {
        const QString path = home.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    const QByteArray article = "title: T\npublished: 2023-11-13\n\nL\xe2\x80\x99"
                               "arm\xc3\xa9"
                               "e a attaqu\xc3\xa9 Kidal dimanche.\n";
    // A byte order mark and CRLF line ends change nothing.
    const QString plain = write("plain.txt", article);
    const QString bom = write("bom.txt", "\xef\xbb\xbf" + article);
    const QString crlf = write("crlf.txt", QByteArray(article).replace("\n", "\r\n"));
    const auto extracted = [&](const QString &path) {
        const Result result = run({QStringLiteral("extract"), path}, home);
        REQUIRE(result.status == 0);
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("events")).toArray();
    };
    CHECK(extracted(bom) == extracted(plain));
    CHECK(extracted(crlf).size() == extracted(plain).size());
    // SQL, HTML and right-to-left marks in names are stored and given back as written.
    const QByteArray sql = "Robert'); DROP TABLE events;--";
    const QByteArray html = "<b>Bold</b> <img src=x onerror=alert(1)> \xe2\x80\xae"
                            "evil";
    const QString odd =
        write("odd.csv", acledHeader() + acledRow("X1", "2023-11-12", sql) +
                             acledRow("X2", "2023-11-12", html, "18.44", "0", "<script>alert(2)</script>"));
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("--db"), db, odd}, home).status == 0);
    const Result found = run({QStringLiteral("events"), QStringLiteral("--db"), db,
                              QStringLiteral("--search"), QStringLiteral("robert")},
                             home);
    REQUIRE(found.status == 0);
    const QJsonArray events =
        QJsonDocument::fromJson(found.out).object().value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 1);
    CHECK(events.first().toObject().value(QStringLiteral("actors")).toArray().first().toString().toUtf8() ==
          sql);
    const Result all = run({QStringLiteral("events"), QStringLiteral("--db"), db}, home);
    const QJsonArray both =
        QJsonDocument::fromJson(all.out).object().value(QStringLiteral("events")).toArray();
    REQUIRE(both.size() == 2);
    CHECK(both.at(1).toObject().value(QStringLiteral("actors")).toArray().first().toString().toUtf8() ==
          html);
    CHECK(both.at(1).toObject().value(QStringLiteral("notes")).toString() ==
          QStringLiteral("<script>alert(2)</script>"));
}

TEST_CASE("saved views: listed, one drawn as saved, all drawn into a folder, filters not mixed in",
          "[cli][views]") {
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("s.sqlite"));
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture("acled/legacy-2018.csv"),
                 fixture("ucdp/ged.csv")},
                home)
                .status == 0);
    {
        kt::EventStore store(db, kt::EventStore::Access::ReadWrite);
        kt::SavedViews views(store);
        kt::SavedView army;
        army.name = QStringLiteral("FAMa acting, March 2018");
        army.filter.factions = {QStringLiteral("FAMa")};
        army.filter.factionRole = kt::FactionRole::Initiator;
        army.startMsecs =
            static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QStringLiteral("2018-03-01"))));
        army.endMsecs =
            static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QStringLiteral("2018-04-01"))));
        army.lanes = kt::LaneKey::Faction;
        army.title = QStringLiteral("L'armée malienne en mars 2018");
        views.save(army);
        kt::SavedView all;
        all.name = QStringLiteral("Mali/Niger: all");
        all.startMsecs =
            static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QStringLiteral("2017-01-01"))));
        all.endMsecs =
            static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QStringLiteral("2024-01-01"))));
        views.save(all);
    }
    const Result listed = run({QStringLiteral("views"), QStringLiteral("--db"), db}, home);
    REQUIRE(listed.status == 0);
    const QList<QByteArray> lines = listed.out.trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(
        lines.at(0).startsWith("FAMa acting, March 2018\t2018-03-01 \xe2\x80\x93 2018-03-31\tlanes: faction\t"
                               "factions: FAMa (as initiator)"));
    CHECK(lines.at(1).startsWith(
        "Mali/Niger: all\t2017-01-01 \xe2\x80\x93 2023-12-31\tlanes: track\tno filter"));

    // --view draws the view's events: the same count as the view's filter and window on the command line.
    const QString viewPng = home.filePath(QStringLiteral("view.png"));
    const Result drawn = run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                              QStringLiteral("fama acting, march 2018"), QStringLiteral("-o"), viewPng},
                             home);
    INFO(drawn.err.toStdString());
    REQUIRE(drawn.status == 0);
    const QString optionsPng = home.filePath(QStringLiteral("options.png"));
    const Result byOptions =
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--faction"),
             QStringLiteral("FAMa"), QStringLiteral("--role"), QStringLiteral("initiator"),
             QStringLiteral("--from"), QStringLiteral("2018-03-01"), QStringLiteral("--to"),
             QStringLiteral("2018-03-31"), QStringLiteral("--lanes"), QStringLiteral("faction"),
             QStringLiteral("--title"), QStringLiteral("L'armée malienne en mars 2018"), QStringLiteral("-o"),
             optionsPng},
            home);
    REQUIRE(byOptions.status == 0);
    const auto countOf = [](const QByteArray &out) {
        return out.mid(out.indexOf(": ") + 2).split(' ').first().toInt();
    };
    CHECK(countOf(drawn.out) > 0);
    CHECK(countOf(drawn.out) == countOf(byOptions.out));
    CHECK(QImage(viewPng).size() == QSize(1600, 900));

    // --all-views: one file per view, named after it without the characters a file name cannot hold.
    const QString folder = home.filePath(QStringLiteral("report/figures"));
    const Result all =
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--all-views"), folder,
             QStringLiteral("--format"), QStringLiteral("svg")},
            home);
    INFO(all.err.toStdString());
    REQUIRE(all.status == 0);
    CHECK(QDir(folder).entryList(QDir::Files, QDir::Name) ==
          QStringList{QStringLiteral("FAMa acting, March 2018.svg"), QStringLiteral("Mali-Niger- all.svg")});
    QFile svg(QDir(folder).filePath(QStringLiteral("FAMa acting, March 2018.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    CHECK(svg.readAll().contains("<title>L'armée malienne en mars 2018</title>"));

    // What is refused, and how.
    const auto refused = [&](QStringList arguments, int status, const char *message) {
        const Result result =
            run(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db} + arguments, home);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() + " → " + result.err.toStdString());
        CHECK(result.status == status);
        CHECK(result.err.contains(message));
    };
    refused({QStringLiteral("--view"), QStringLiteral("Gao"), QStringLiteral("-o"), viewPng}, 3,
            "no view \"Gao\" (views: FAMa acting, March 2018, Mali/Niger: all)");
    refused({QStringLiteral("--view"), QStringLiteral("Mali/Niger: all"), QStringLiteral("--faction"),
             QStringLiteral("FAMa"), QStringLiteral("-o"), viewPng},
            2, "a saved view brings its filters");
    refused({QStringLiteral("--all-views"), folder, QStringLiteral("-o"), viewPng}, 2, "leave out -o");
    refused({QStringLiteral("--all-views"), folder, QStringLiteral("--format"), QStringLiteral("csv")}, 2,
            "--format must be png, svg or pdf, not \"csv\"");
    refused({QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), viewPng}, 2,
            "--format applies to export --all-views only");
}
