#include "ui/Application.h"

#include <QtGlobal>

#include <exception>

namespace kt {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv) {}

bool Application::notify(QObject *receiver, QEvent *event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception &error) {
        const QString message = QString::fromStdString(error.what());
        qWarning("kidal-timeline: %s", qUtf8Printable(message));
        Q_EMIT errorCaught(message);
    } catch (...) {
        const QString message = tr("An unexpected error stopped the last action; the window carries on.");
        qWarning("kidal-timeline: an unknown exception reached the event loop");
        Q_EMIT errorCaught(message);
    }
    return false;
}

Application *Application::instance() {
    return qobject_cast<Application *>(QCoreApplication::instance());
}

} // namespace kt
