// The window's French and English: every string of the sources translated, placeholders kept, and the
// window built in French when French is installed.

#include "store/EventStore.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString source;
    QString type;      // the translation's type attribute: "unfinished", "obsolete", "vanished" or empty
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("message")) {
            messages.append(Message{});
        } else if (name == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            messages.last().type = xml.attributes().value(QStringLiteral("type")).toString();
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    messages.last().forms << xml.readElementText();
            }
            if (messages.last().forms.isEmpty())
                messages.last().forms << text;
        }
    }
    REQUIRE(!xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression marker(QStringLiteral("%[0-9n]"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

TEST_CASE("every string of the window is translated into French and English, placeholders kept",
          "[translations]") {
    for (const char *language : {"fr", "en"}) {
        INFO(language);
        const QList<Message> messages =
            readTs(QStringLiteral(KT_FIXTURES "/../../resources/translations/kidal-timeline_") +
                   QString::fromLatin1(language) + QStringLiteral(".ts"));
        CHECK(messages.size() > 150);
        for (const Message &message : messages) {
            INFO(message.source.toStdString());
            CHECK(message.type.isEmpty()); // neither unfinished nor obsolete
            for (const QString &form : message.forms) {
                CHECK(!form.trimmed().isEmpty());
                CHECK(placeholders(form) == placeholders(message.source));
            }
        }
    }
}

TEST_CASE("with French installed the window's menus are French; back to English after", "[translations]") {
    kt::Application *application = kt::Application::instance();
    REQUIRE(application);
    const QLocale before;
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    const auto menuTitles = [&store] {
        kt::MainWindow window(store);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text().remove(QLatin1Char('&'));
        return titles;
    };
    CHECK(application->installTranslations(QStringLiteral("fr")) == QStringLiteral("fr"));
    const QStringList french = menuTitles();
    CHECK(french.contains(QStringLiteral("Fichier")));
    CHECK(french.contains(QStringLiteral("Affichage")));
    CHECK(application->installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(menuTitles().contains(QStringLiteral("File")));
    QLocale::setDefault(before);
}
