// Writes the program's icon as PNG files for the desktop's icon theme: render-icon DIR SIZE…, one
// DIR/SIZExSIZE/apps/kidal-timeline.png per size (the hicolor theme's layout).

#include "ui/Application.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: render-icon DIR SIZE...\n", stderr);
        return 2;
    }
    for (const QString &text : arguments.mid(2)) {
        const int size = text.toInt();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(1)).arg(size);
        if (size <= 0 || !QDir().mkpath(folder) ||
            !kt::Application::iconImage(size).save(folder + QStringLiteral("/kidal-timeline.png"))) {
            std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(folder));
            return 1;
        }
    }
    return 0;
}
