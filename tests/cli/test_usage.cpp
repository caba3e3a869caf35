// The command line by Qt's conventions: --version, `help COMMAND` and `COMMAND --help` with that command's
// options only, the same exit codes, and a bash completion that offers what each command takes.

#include "cli/CommandLine.h"

#include "cli/RunProgram.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using kt::test::run;

namespace {

// The words bash offers after `line` (the last word is the one being completed), with the completion script
// the build installs.
QStringList complete(const QString &line) {
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("completion.bash")));
    REQUIRE(script.open(QIODevice::WriteOnly));
    script.write(kt::CommandLine::bashCompletion().toUtf8());
    script.close();
    QProcess bash;
    bash.setWorkingDirectory(dir.path());
    bash.start(
        QStringLiteral("bash"),
        {QStringLiteral("-c"),
         QStringLiteral("source completion.bash; COMP_WORDS=(%1); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                        "_kidal_timeline; printf '%s\\n' \"${COMPREPLY[@]}\"")
             .arg(line)});
    REQUIRE(bash.waitForFinished(10'000));
    INFO(bash.readAllStandardError().toStdString());
    REQUIRE(bash.exitCode() == 0);
    return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("the version, help COMMAND and COMMAND --help show that command's options only", "[cli][usage]") {
    QTemporaryDir home;
    const auto version = run({QStringLiteral("--version")}, home);
    CHECK(version.status == 0);
    CHECK(version.out == "kidal-timeline " PROJECT_VERSION_STRING "\n");

    const auto importHelp = run({QStringLiteral("help"), QStringLiteral("import")}, home);
    CHECK(importHelp.status == 0);
    CHECK(importHelp.out.startsWith("Usage: kidal-timeline import [OPTIONS] FILE..."));
    CHECK(importHelp.out.contains("--skip-bad-rows"));
    CHECK(!importHelp.out.contains("--lanes"));
    CHECK(run({QStringLiteral("import"), QStringLiteral("--help")}, home).out == importHelp.out);
    const auto exportHelp = run({QStringLiteral("export"), QStringLiteral("-h")}, home);
    CHECK(exportHelp.out.contains("--lanes KEY"));
    CHECK(!exportHelp.out.contains("--skip-bad-rows"));
    const auto all = run({QStringLiteral("--help")}, home);
    for (const kt::CommandSpec &command : kt::CommandLine::commands())
        CHECK(all.out.contains(command.name.toUtf8()));

    // Usage errors: exit 2 and what is wrong.
    const auto misplaced = run({QStringLiteral("import"), QStringLiteral("--lanes"), QStringLiteral("type"),
                                QStringLiteral("a.txt")},
                               home);
    CHECK(misplaced.status == 2);
    CHECK(misplaced.err.contains("--lanes does not apply to import"));
    const auto unknown = run({QStringLiteral("events"), QStringLiteral("--frobnicate")}, home);
    CHECK(unknown.status == 2);
    CHECK(unknown.err.contains("frobnicate"));
    const auto missing = run({QStringLiteral("events"), QStringLiteral("--db")}, home);
    CHECK(missing.status == 2);
    CHECK(missing.err.contains("--db"));
    CHECK(run({QStringLiteral("help"), QStringLiteral("frobnicate")}, home).status == 2);
    const auto choice =
        run({QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("xml")}, home);
    CHECK(choice.status == 2);
    CHECK(choice.err.contains("--format must be json or csv, not \"xml\""));
    // Qt's forms work too: --option=value.
    QTemporaryDir out;
    const auto equals = run({QStringLiteral("generate"), QStringLiteral("--events=3"),
                             QStringLiteral("--output=") + out.filePath(QStringLiteral("g.csv"))},
                            home);
    CHECK(equals.status == 0);
    CHECK(QFile::exists(out.filePath(QStringLiteral("g.csv"))));
}

TEST_CASE("the bash completion offers commands, each command's options and the values of choices",
          "[cli][usage]") {
    CHECK(complete(QStringLiteral("kidal-timeline im")) == QStringList{QStringLiteral("import")});
    CHECK(complete(QStringLiteral("kidal-timeline export --la")) == QStringList{QStringLiteral("--lanes")});
    CHECK(complete(QStringLiteral("kidal-timeline import --la")).isEmpty()); // not an option of import
    CHECK(complete(QStringLiteral("kidal-timeline export --lanes ''")) ==
          (QStringList{QStringLiteral("track"), QStringLiteral("faction"), QStringLiteral("type"),
                       QStringLiteral("place")}));
    CHECK(complete(QStringLiteral("kidal-timeline --db x.sqlite ex")) ==
          (QStringList{QStringLiteral("extract"), QStringLiteral("export")}));
    CHECK(complete(QStringLiteral("kidal-timeline events --format c")) == QStringList{QStringLiteral("csv")});
    CHECK(complete(QStringLiteral("kidal-timeline help ma")) == QStringList{QStringLiteral("map-actor")});
    CHECK(complete(QStringLiteral("kidal-timeline generate --")).contains(QStringLiteral("--seed")));
}
