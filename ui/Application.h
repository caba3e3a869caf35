#pragma once

#include <QApplication>
#include <QString>

namespace kt {

// The window's application: an error that a slot lets escape (a store fault, bad input, anything derived from
// std::exception) does not cross Qt's event loop, which cannot carry exceptions (Qt's documentation of
// QCoreApplication::notify); it is caught here, reported through errorCaught and the event is dropped. The
// window shows it and stays usable. The windows catch what they expect themselves: this is the last net.
class Application : public QApplication {
    Q_OBJECT
public:
    Application(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // The running Application, or nullptr when the program runs without one (command line, tests).
    static Application *instance();

Q_SIGNALS:
    void errorCaught(const QString &message);
};

} // namespace kt
