// Crash safety: an import killed with SIGKILL at any moment leaves the store whole, with all of the import or
// none of it, and what it held before intact. Its own executable, labelled "slow": 20 imports of 200,000
// rows.

#include "cli/RunProgram.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

#include <random>

using kt::test::fixture;
using kt::test::Result;
using kt::test::run;

TEST_CASE("an import killed at any moment leaves all of it or none, and the store whole", "[cli][crash]") {
    QTemporaryDir home;
    const QString csv = home.filePath(QStringLiteral("200k.csv"));
    REQUIRE(run({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("200000"),
                 QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"), csv},
                home)
                .status == 0);
    // What the store held before: UCDP events, which no generated row can be mistaken for.
    const QString base = home.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(
        run({QStringLiteral("import"), QStringLiteral("--db"), base, fixture("ucdp/ged.csv")}, home).status ==
        0);
    const auto eventsOf = [&](const QString &db) {
        const Result result = run({QStringLiteral("events"), QStringLiteral("--db"), db,
                                   QStringLiteral("--track"), QStringLiteral("UCDP: Mali")},
                                  home);
        INFO(result.err.toStdString());
        REQUIRE(result.status == 0);
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("events")).toArray();
    };
    const QJsonArray before = eventsOf(base);
    REQUIRE(before.size() == 3);

    // How long a whole import takes here, to kill the others inside it.
    const QString timed = home.filePath(QStringLiteral("timed.sqlite"));
    REQUIRE(QFile::copy(base, timed));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("--db"), timed, csv}, home).status == 0);
    const qint64 whole = clock.elapsed();

    std::mt19937 random(20231113);
    for (int trial = 0; trial < 20; ++trial) {
        const QString db = home.filePath(QStringLiteral("kill-%1.sqlite").arg(trial));
        REQUIRE(QFile::copy(base, db));
        QProcess import;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        import.setProcessEnvironment(environment);
        import.start(QStringLiteral(KT_BINARY), {QStringLiteral("import"), QStringLiteral("--db"), db, csv});
        REQUIRE(import.waitForStarted());
        const auto moment = std::uniform_int_distribution<qint64>(whole / 50, whole * 21 / 20)(random);
        QThread::msleep(static_cast<unsigned long>(moment));
        if (trial % 4 == 0 && import.state() == QProcess::Running)
            CHECK(eventsOf(db).size() == 3); // readers go on while the import writes
        import.kill();
        import.waitForFinished();
        INFO("trial " << trial << ", killed after " << moment << " of " << whole << " ms");
        kt::Database check(db, kt::Database::Mode::ReadWrite);
        kt::Statement integrity = check.prepare("PRAGMA integrity_check");
        REQUIRE(integrity.step());
        CHECK(integrity.text(0) == QStringLiteral("ok"));
        kt::Statement count = check.prepare("SELECT count(*) FROM events");
        REQUIRE(count.step());
        const qint64 events = count.int64(0);
        CHECK((events == 4 || events == 200'004));
        CHECK(eventsOf(db) == before);
    }
}
