// Catch2's main for the window's tests: they run under the window's Application, as the program does, so that
// an error escaping a slot is caught as it is for users.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/Application.h"

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    kt::Application application(argc, argv);
    return Catch::Session().run(argc, argv);
}
