#pragma once

// Runs the real program, as a user would, for the command-line tests.

#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <utility>

namespace kt::test {

struct Result {
    int status;
    QByteArray out;
    QByteArray err;
};

// Runs the real program with a private home folder and no display; `program` runs it through another (a shell
// that sets limits, setpriv).
inline Result run(const QStringList &arguments, const QTemporaryDir &home,
                  const QList<std::pair<QString, QString>> &variables = {}, const QStringList &program = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    process.setProcessEnvironment(environment);
    if (program.isEmpty())
        process.start(QStringLiteral(KT_BINARY), arguments);
    else
        process.start(program.first(), program.mid(1) + QStringList{QStringLiteral(KT_BINARY)} + arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

inline QString fixture(const char *name) {
    return QStringLiteral(KT_FIXTURES "/") + QString::fromLatin1(name);
}

} // namespace kt::test
