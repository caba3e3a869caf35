#include "ui/Application.h"

#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPainter>
#include <QSvgRenderer>
#include <QtGlobal>

#include <exception>

namespace kt {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv) {
    // Qt's SVG icon engine draws the icon at the sizes asked for, when they are asked for: drawing seven
    // sizes here took a few milliseconds of every start.
    setWindowIcon(QIcon(QStringLiteral(":/desktop/kidal-timeline.svg")));
    setDesktopFileName(QStringLiteral("kidal-timeline")); // kidal-timeline.desktop, as installed
}

QImage Application::iconImage(int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer svg(QStringLiteral(":/desktop/kidal-timeline.svg"));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

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

QString Application::installTranslations(const QString &language) {
    removeTranslator(&m_translator);
    removeTranslator(&m_qtTranslator);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!m_translator.load(locale, QStringLiteral("kidal-timeline"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        return QStringLiteral("en");
    installTranslator(&m_translator);
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installTranslator(&m_qtTranslator);
    QLocale::setDefault(locale); // numbers and dates in the window follow the language
    return m_translator.language().section(QLatin1Char('_'), 0, 0);
}

Application *Application::instance() {
    return qobject_cast<Application *>(QCoreApplication::instance());
}

} // namespace kt
