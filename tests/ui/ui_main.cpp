// Catch2's main for the window's tests: they run under the window's Application, as the program does, so that
// an error escaping a slot is caught as it is for users.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/Application.h"

#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    kt::Application application(argc, argv);
    // What the window remembers goes to a test folder, emptied first: no run sees another's settings.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/kidal-timeline"))
        .removeRecursively();
    return Catch::Session().run(argc, argv);
}
