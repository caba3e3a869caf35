#include "ui/EventDetails.h"

#include "core/DayDate.h"
#include "ui/EventTableModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QUrl>

namespace kt {

EventDetails::EventDetails(const FactionCatalog &catalog, QWidget *parent)
    : QTextBrowser(parent)
    , m_catalog(catalog) {
    setOpenLinks(false);
    setAccessibleName(tr("Event details"));
    setPlaceholderText(idleText());
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("event"))
            Q_EMIT eventLinkActivated(url.path().toLongLong());
    });
}

QString EventDetails::idleText() {
    return tr("Click an event on the timeline to see where it comes from and who claims it.");
}

void EventDetails::setRecord(const std::optional<EventRecord> &record) {
    setEnabled(true);
    setPlaceholderText(idleText());
    m_shown = record ? record->event.id : 0;
    if (!record) {
        clear();
        return;
    }
    setHtml(html(record->event, record->document, record->contradicting, m_catalog, record->provenance));
}

void EventDetails::setReading() {
    setEnabled(false); // greyed: what is shown is about to change
    if (m_shown == 0)
        setPlaceholderText(tr("Reading the event\u2026"));
}

QString EventDetails::html(const Event &event, const std::optional<Document> &document,
                           const QList<Event> &contradicting, const FactionCatalog &catalog,
                           const Provenance &provenance) {
    // Text colours that keep a contrast of at least 4.5 (WCAG 2) on the palette's base, light or dark; a
    // highlighted quote is black on yellow in both.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    const QString dim = dark ? QStringLiteral("#b0b0b0") : QStringLiteral("#595959");
    const QString alert = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b03a2e");
    const QString quoteStyle = QStringLiteral("background:#ffe58a;color:#000000");
    const QLocale locale; // the language of the window (QLocale::setDefault)
    const auto day = [&](Day d) { return DayDate::longText(d, locale); };
    const auto row = [&dim](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td style='color:%1;padding-right:8px'>%2</td><td>%3</td></tr>")
            .arg(dim, name, value);
    };
    const QString precision[] = {QString(), tr("the day is known"), tr("within about a week"),
                                 tr("within about a month")};
    const auto span = [&day](const Event &told) {
        return told.dateStart == told.dateEnd
                   ? day(told.dateStart)
                   : QStringLiteral("%1 \u2013 %2").arg(day(told.dateStart), day(told.dateEnd));
    };
    QString dates = span(event);
    dates += QStringLiteral(" <span style='color:%1'>(%2)</span>")
                 .arg(dim, precision[static_cast<int>(event.precision)]);
    const auto sourceName = [](const std::optional<Document> &from) {
        return from && !from->source.isEmpty() ? from->source : tr("another source");
    };
    QStringList otherDays;
    for (const auto &[other, from] : provenance.otherSources)
        if (other.dateStart != event.dateStart || other.dateEnd != event.dateEnd)
            otherDays << QStringLiteral("%1 (%2)").arg(span(other), sourceName(from).toHtmlEscaped());
    if (!otherDays.isEmpty())
        dates += QStringLiteral("<br><span style='color:%1'>%2</span>")
                     .arg(alert, tr("Sources disagree on the day: %1 (%2), %3")
                                     .arg(span(event), sourceName(document).toHtmlEscaped(),
                                          otherDays.join(QStringLiteral(", "))));

    QStringList factions;
    for (const QString &faction : event.factions)
        factions << QStringLiteral("<span style='color:%1'>\u25cf</span> %2")
                        .arg(catalog.color(faction), faction.toHtmlEscaped());

    QString out = QStringLiteral("<h3>%1</h3><table>").arg(eventTitle(event).toHtmlEscaped());
    out += row(tr("Date"), dates);
    out += row(tr("Status"), EventTableModel::statusText(event.status));
    if (event.value)
        out += row(tr("Value"), QStringLiteral("%1 %2").arg(locale.toString(*event.value, 'f', 0),
                                                            event.unit.toHtmlEscaped()));
    out += row(tr("Type"), QStringLiteral("%1 \u203a %2")
                               .arg(event.eventType.toHtmlEscaped(), event.subEventType.toHtmlEscaped()));
    out += row(tr("Factions"), factions.join(QStringLiteral(", ")));
    if (!event.initiatorAlternatives.isEmpty() && !event.factions.isEmpty())
        out += row(tr("Initiator"),
                   tr("uncertain: %1 <span style='color:%2'>(the source names one or the other: "
                      "“A and/or B”)</span>")
                       .arg(QStringList(QStringList{event.factions.first()} + event.initiatorAlternatives)
                                .join(tr(" or "))
                                .toHtmlEscaped(),
                            dim));
    if (!event.actors.isEmpty())
        out += row(tr("Actors as written"),
                   QStringLiteral("\u201c%1\u201d")
                       .arg(event.actors.join(QStringLiteral("\u201d, \u201c")).toHtmlEscaped()));
    out += row(tr("Place"), (event.placeText.isEmpty() || event.placeText == event.location
                                 ? event.location
                                 : QStringLiteral("%1 (\u201c%2\u201d)").arg(event.location, event.placeText))
                                .toHtmlEscaped());
    const AcledFields &acled = event.acled;
    out += row(tr("Claimed by"), event.claimedBy.isEmpty()
                                     ? (acled.isEmpty() ? tr("<i>nobody named: reported by the source</i>")
                                                        : tr("<i>coded by ACLED from its sources</i>"))
                                     : QStringLiteral("%1 (%2)").arg(event.claimedBy.toHtmlEscaped(),
                                                                     event.claimantFaction.toHtmlEscaped()));
    out += row(tr("Track"), event.track.toHtmlEscaped());
    if (!provenance.otherSources.isEmpty())
        out += row(tr("Sources"),
                   tr("%1 reports tell this event (listed below)").arg(provenance.otherSources.size() + 1));
    if (const std::optional<Event> &first = provenance.original) {
        QStringList said{
            span(*first), eventTitle(*first).toHtmlEscaped(),
            QStringLiteral("%1 \u203a %2").arg(first->eventType, first->subEventType).toHtmlEscaped(),
            first->factions.join(QStringLiteral(", ")).toHtmlEscaped(), first->location.toHtmlEscaped()};
        said.removeAll(QString());
        out += row(tr("First version"), QStringLiteral("<span style='color:%1'>%2</span>")
                                            .arg(dim, said.join(QStringLiteral(" \u00b7 "))));
    }
    out +=
        row(tr("Confidence"), QStringLiteral("%1%2")
                                  .arg(qRound(event.confidence * 100))
                                  .arg(event.edited ? tr("% (edited by an analyst)") : QStringLiteral("%")));
    if (event.fatalities >= 0)
        out += row(tr("Fatalities"), QString::number(event.fatalities));
    if (!acled.isEmpty()) {
        // The ACLED row as it was imported: where its coders placed it and what they read.
        out += row(tr("ACLED event"), event.uid.toHtmlEscaped());
        QStringList admin;
        for (const QString *part : {&acled.country, &acled.admin1, &acled.admin2, &acled.admin3})
            if (!part->isEmpty())
                admin << part->toHtmlEscaped();
        if (!admin.isEmpty())
            out += row(tr("Admin areas"), admin.join(QStringLiteral(" \u203a ")));
        if (!acled.latitude.isEmpty())
            out += row(tr("Coordinates"), QStringLiteral("%1, %2%3")
                                              .arg(acled.latitude, acled.longitude,
                                                   acled.geoPrecision.isEmpty()
                                                       ? QString()
                                                       : tr(" (geo precision %1)").arg(acled.geoPrecision)));
        out += row(tr("Sides (inter)"), QStringLiteral("%1 [%2] \u00b7 %3 [%4] \u00b7 %5")
                                            .arg(acled.actor1.toHtmlEscaped(), acled.inter1.toHtmlEscaped(),
                                                 acled.actor2.toHtmlEscaped(), acled.inter2.toHtmlEscaped(),
                                                 acled.interaction.toHtmlEscaped()));
        if (!acled.civilianTargeting.isEmpty())
            out += row(tr("Civilian targeting"), acled.civilianTargeting.toHtmlEscaped());
        if (!acled.source.isEmpty())
            out +=
                row(tr("Sources"), QStringLiteral("%1%2").arg(
                                       acled.source.toHtmlEscaped(),
                                       acled.sourceScale.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" (%1)").arg(acled.sourceScale.toHtmlEscaped())));
        if (!acled.tags.isEmpty())
            out += row(tr("Tags"), acled.tags.toHtmlEscaped());
    }
    out += QStringLiteral("</table>");

    if (!contradicting.isEmpty()) {
        out += QStringLiteral("<p><b style='color:%1'>%2</b><ul>")
                   .arg(alert, tr("Contested \u2014 contradicted by:"));
        for (const Event &other : contradicting)
            out += QStringLiteral("<li><a href='event:%1'>%2</a> (claimed by %3)</li>")
                       .arg(other.id)
                       .arg(eventTitle(other).toHtmlEscaped(),
                            other.claimedBy.isEmpty() ? tr("nobody named") : other.claimedBy.toHtmlEscaped());
        out += QStringLiteral("</ul></p>");
    }

    if (document) {
        out += QStringLiteral("<hr><p><b>%1</b><br>").arg(document->title.toHtmlEscaped());
        QStringList meta;
        if (!document->source.isEmpty())
            meta << document->source.toHtmlEscaped();
        if (document->published.isValid())
            meta << locale.toString(document->published, QStringLiteral("d MMMM yyyy"));
        out += meta.join(QStringLiteral(" \u00b7 "));
        if (!document->url.isEmpty())
            out += QStringLiteral("<br><a href='%1'>%1</a>").arg(document->url.toHtmlEscaped());
        out += QStringLiteral("</p>");
        const QString &body = document->body;
        if (event.charStart >= 0 && event.charEnd <= body.size() && event.charEnd > event.charStart) {
            // The paragraph around the quote, with the quote highlighted.
            const auto paragraphStart = body.lastIndexOf(QLatin1Char('\n'), event.charStart) + 1;
            auto paragraphEnd = body.indexOf(QLatin1Char('\n'), event.charEnd);
            if (paragraphEnd < 0)
                paragraphEnd = body.size();
            const QString before = body.mid(paragraphStart, event.charStart - paragraphStart).toHtmlEscaped();
            const QString quote = body.mid(event.charStart, event.charEnd - event.charStart).toHtmlEscaped();
            const QString after = body.mid(event.charEnd, paragraphEnd - event.charEnd).toHtmlEscaped();
            out +=
                QStringLiteral("<p>%1<span style='%2'>%3</span>%4</p>").arg(before, quoteStyle, quote, after);
        }
    } else if (!event.quote.isEmpty()) {
        out += QStringLiteral("<hr><p><span style='%1'>%2</span></p>")
                   .arg(quoteStyle, event.quote.toHtmlEscaped());
    }
    if (!event.notes.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(event.notes.toHtmlEscaped());
    for (const auto &[other, from] : provenance.otherSources) {
        out += QStringLiteral("<hr><p><b>%1</b><br>").arg(from ? from->title.toHtmlEscaped() : QString());
        QStringList meta{sourceName(from).toHtmlEscaped()};
        if (from && from->published.isValid())
            meta << locale.toString(from->published, QStringLiteral("d MMMM yyyy"));
        meta << span(other);
        if (!other.claimedBy.isEmpty())
            meta << tr("claimed by %1").arg(other.claimedBy.toHtmlEscaped());
        out += meta.join(QStringLiteral(" \u00b7 "));
        if (from && !from->url.isEmpty())
            out += QStringLiteral("<br><a href='%1'>%1</a>").arg(from->url.toHtmlEscaped());
        out += QStringLiteral("</p>");
        if (!other.quote.isEmpty())
            out += QStringLiteral("<p><span style='%1'>%2</span></p>")
                       .arg(quoteStyle, other.quote.toHtmlEscaped());
    }
    return out;
}

} // namespace kt
