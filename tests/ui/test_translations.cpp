// The window's French and English: every string of the sources translated, placeholders kept, and the
// window built in French when French is installed.

#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "store/EventStore.h"
#include "ui/Application.h"
#include "ui/EventDetails.h"
#include "ui/EventTable.h"
#include "ui/EventTableModel.h"
#include "ui/MainWindow.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>

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

TEST_CASE("with French installed the window's menus are French, back to English after", "[translations]") {
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

TEST_CASE(
    "in French the table, the details and the time axis give dates and numbers the French way, the data "
    "stays in UTC days",
    "[translations]") {
    kt::Application *application = kt::Application::instance();
    REQUIRE(application);
    const QLocale before;
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    REQUIRE(application->installTranslations(QStringLiteral("fr")) == QStringLiteral("fr"));
    {
        kt::MainWindow window(store);
        window.show();
        // The seed's MINUSMA withdrawal deadline: from the report, 13 November, to 31 December 2023, planned.
        const QAbstractItemModel *table = window.eventTable()->view()->model();
        QStringList dates;
        QStringList statuses;
        for (int row = 0; row < table->rowCount(); ++row) {
            dates << table->index(row, kt::EventTableModel::Date).data().toString();
            statuses << table->index(row, kt::EventTableModel::Status).data().toString();
        }
        CHECK(dates.contains(QStringLiteral("13 nov. 2023 \u2013 31 d\u00e9c. 2023")));
        CHECK(statuses.contains(QStringLiteral("pr\u00e9vu")));
        QStringList ticks;
        for (QGraphicsItem *item : window.timelineView()->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                ticks << text->text();
            else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                ticks << rich->toPlainText();
        for (const kt::TimeAxisItem::Tick &tick : window.timelineView()->timeline()->timeTicks())
            ticks << tick.label;
        INFO(ticks.join(QLatin1Char('|')).toStdString());
        const bool frenchMonth = std::any_of(ticks.cbegin(), ticks.cend(), [](const QString &tick) {
            return tick.contains(QStringLiteral("oct.")) || tick.contains(QStringLiteral("nov.")) ||
                   tick.contains(QStringLiteral("d\u00e9c.")) || tick.contains(QStringLiteral("janv."));
        });
        CHECK(frenchMonth);
        const kt::Event deadline = [&store] {
            for (const kt::Event &event : store.loadEvents())
                if (event.status == kt::EventStatus::Planned)
                    return event;
            return kt::Event();
        }();
        window.viewState()->select(deadline.id);
        auto *shown = window.findChild<kt::EventDetails *>();
        // The details are read off the GUI thread.
        REQUIRE(QTest::qWaitFor([&] { return shown->shownEvent() == deadline.id; }, 5000));
        const QString details = shown->toPlainText();
        CHECK(details.contains(QStringLiteral("dimanche 31 d\u00e9cembre 2023")));
        CHECK(kt::DayDate::toIso(deadline.dateEnd) == QStringLiteral("2023-12-31"));
    }
    application->installTranslations(QStringLiteral("en"));
    QLocale::setDefault(before);
}
