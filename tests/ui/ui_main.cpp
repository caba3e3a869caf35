// Catch2's main for the window's tests: they run under the window's Application, as the program does, so that
// an error escaping a slot is caught as it is for users.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/Application.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // What the window remembers goes to a home of this run's own: ctest runs test cases side by side, each in
    // its own process, and none may see (or empty) another's settings.
    const QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", QFile::encodeName(home.path()));
    kt::Application application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int failed = Catch::Session().run(argc, argv);
    // Threads Qt started for work such as smooth image scaling or QtConcurrent are joined before exit, so
    // that LeakSanitizer's check at exit does not stop a world with idle pool threads in it (its tracer has
    // crashed doing so under load).
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
