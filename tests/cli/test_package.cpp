// The Debian package `cpack` makes: the program, its desktop entry, icons, AppStream metainfo, man page and
// bash completion in the standard places, and the Qt and SQLite libraries it needs declared as dependencies.

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString runTool(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(300'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("the .deb holds the program and its desktop files and declares its libraries", "[package]") {
    QTemporaryDir out;
    runTool(QStringLiteral("cpack"),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out.path(),
             QStringLiteral("--config"), QStringLiteral(KT_BUILD_DIR "/CPackConfig.cmake")});
    const QString deb = out.filePath(QStringLiteral("kidal-timeline_" PROJECT_VERSION_STRING "_amd64.deb"));
    const QString contents = runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
    for (const char *path : {"./usr/bin/kidal-timeline", "./usr/share/applications/kidal-timeline.desktop",
                             "./usr/share/metainfo/io.github.kidal_timeline.metainfo.xml",
                             "./usr/share/icons/hicolor/scalable/apps/kidal-timeline.svg",
                             "./usr/share/icons/hicolor/16x16/apps/kidal-timeline.png",
                             "./usr/share/icons/hicolor/48x48/apps/kidal-timeline.png",
                             "./usr/share/icons/hicolor/256x256/apps/kidal-timeline.png",
                             "./usr/share/man/man1/kidal-timeline.1.gz",
                             "./usr/share/bash-completion/completions/kidal-timeline"}) {
        INFO(path);
        CHECK(contents.contains(QLatin1String(path)));
    }
    CHECK(!contents.contains(QLatin1String("test_"))); // no test program in the package
    const QString depends =
        runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, QStringLiteral("Depends")});
    for (const char *package :
         {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6charts6", "libqt6svg6", "libsqlite3-0"}) {
        INFO(package);
        CHECK(depends.contains(QLatin1String(package)));
    }
    CHECK(runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, QStringLiteral("Package")})
              .trimmed() == QStringLiteral("kidal-timeline"));
}
