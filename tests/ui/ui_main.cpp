// Catch2's main for the window's tests: they run under the window's Application, as the program does, so that
// an error escaping a slot is caught as it is for users.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/Application.h"

#include <QDir>
#include <QStandardPaths>
#include <QThreadPool>

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    kt::Application application(argc, argv);
    // What the window remembers goes to a test folder, emptied first: no run sees another's settings.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/kidal-timeline"))
        .removeRecursively();
    const int failed = Catch::Session().run(argc, argv);
    // Threads Qt started for work such as smooth image scaling or QtConcurrent are joined before exit, so
    // that LeakSanitizer's check at exit does not stop a world with idle pool threads in it (its tracer has
    // crashed doing so under load).
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
