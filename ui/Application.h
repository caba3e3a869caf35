#pragma once

#include <QApplication>
#include <QImage>
#include <QString>
#include <QTranslator>

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
    // The program's icon (resources/desktop/kidal-timeline.svg, compiled in) drawn at size × size pixels: the
    // PNG files of the desktop's icon theme (render-icon).
    static QImage iconImage(int size);

    // Installs the window's translations: the program's own (built from resources/translations into
    // :/i18n) and Qt's (its dialogs' buttons, from Qt's translations folder when installed). `language` is
    // "en", "fr", or empty for the system's languages (QLocale::uiLanguages). Returns the language installed
    // ("en" when no translation matches: the sources are English).
    QString installTranslations(const QString &language);

Q_SIGNALS:
    void errorCaught(const QString &message);

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator;
};

} // namespace kt
