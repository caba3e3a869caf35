// kidal-timeline: parses the command line, then opens the window or runs a command.

#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "ui/Application.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    kt::CommandLine line;
    try {
        line = kt::CommandLine::parse(arguments);
    } catch (const kt::UsageError &error) {
        std::fprintf(stderr, "kidal-timeline: %s\nTry 'kidal-timeline --help'.\n", error.what());
        return kt::Commands::Usage;
    }
    if (line.version) {
        std::printf("kidal-timeline %s\n", PROJECT_VERSION_STRING);
        return kt::Commands::Done;
    }
    if (line.help) {
        const QString usage = line.command.isEmpty() && arguments.size() <= 2
                                  ? kt::CommandLine::usage()
                                  : kt::CommandLine::usage(line.command);
        std::fputs(usage.toLocal8Bit().constData(), stdout);
        return kt::Commands::Done;
    }

    const bool drawing = line.command.isEmpty() || line.command == QLatin1String("export");
    const bool hasDisplay = qEnvironmentVariableIsSet("DISPLAY") ||
                            qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
                            qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (drawing && !hasDisplay) {
        if (line.command.isEmpty()) {
            std::fputs(
                "kidal-timeline: no display to open the window on (DISPLAY is not set); "
                "run it in a desktop session, or make a picture with 'kidal-timeline export -o chart.png'\n",
                stderr);
            return kt::Commands::Usage;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen"); // export draws without a display
    }

    std::unique_ptr<QCoreApplication> application;
    if (line.command.isEmpty())
        application = std::make_unique<kt::Application>(argc, argv); // the window: errors never end it
    else if (drawing)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kidal-timeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    if (auto *window = qobject_cast<kt::Application *>(application.get()))
        window->installTranslations(kt::Settings().language()); // the window speaks the user's language
    return kt::Commands::run(line);
}
