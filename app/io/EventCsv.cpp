#include "io/EventCsv.h"

#include "core/DayDate.h"
#include "extract/Gazetteer.h"

#include <QDateTime>
#include <QHash>

namespace kt {

const QStringList &EventCsv::columns() {
    static const QStringList names{QStringLiteral("event_id_cnty"),
                                   QStringLiteral("event_date"),
                                   QStringLiteral("year"),
                                   QStringLiteral("time_precision"),
                                   QStringLiteral("disorder_type"),
                                   QStringLiteral("event_type"),
                                   QStringLiteral("sub_event_type"),
                                   QStringLiteral("actor1"),
                                   QStringLiteral("assoc_actor_1"),
                                   QStringLiteral("inter1"),
                                   QStringLiteral("actor2"),
                                   QStringLiteral("assoc_actor_2"),
                                   QStringLiteral("inter2"),
                                   QStringLiteral("interaction"),
                                   QStringLiteral("civilian_targeting"),
                                   QStringLiteral("iso"),
                                   QStringLiteral("region"),
                                   QStringLiteral("country"),
                                   QStringLiteral("admin1"),
                                   QStringLiteral("admin2"),
                                   QStringLiteral("admin3"),
                                   QStringLiteral("location"),
                                   QStringLiteral("latitude"),
                                   QStringLiteral("longitude"),
                                   QStringLiteral("geo_precision"),
                                   QStringLiteral("source"),
                                   QStringLiteral("source_scale"),
                                   QStringLiteral("notes"),
                                   QStringLiteral("fatalities"),
                                   QStringLiteral("tags"),
                                   QStringLiteral("timestamp")};
    return names;
}

QByteArray EventCsv::quote(const QString &field) {
    QByteArray utf8 = field.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray EventCsv::write(const QList<Event> &events, const QList<Document> &documents) {
    QHash<std::int64_t, const Document *> byId;
    for (const Document &document : documents)
        byId.insert(document.id, &document);
    const Gazetteer &gazetteer = Gazetteer::bundled();
    auto disorder = [](const QString &type) {
        if (type == QLatin1String("Strategic developments"))
            return QStringLiteral("Strategic developments");
        if (type == QLatin1String("Protests") || type == QLatin1String("Riots"))
            return QStringLiteral("Demonstrations");
        return QStringLiteral("Political violence");
    };
    QByteArray out;
    out += columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    const QString stamp = QString::number(QDateTime::currentSecsSinceEpoch());
    for (const Event &event : events) {
        const Document *document = byId.value(event.documentId, nullptr);
        const QString actor1 = event.factions.value(0);
        const QString actor2 = event.factions.value(1);
        QStringList notes;
        if (!event.summary.isEmpty())
            notes << event.summary;
        if (!event.notes.isEmpty() && event.notes != event.summary)
            notes << event.notes;
        if (!event.claimedBy.isEmpty())
            notes << QStringLiteral("Claimed by %1.").arg(event.claimedBy);
        const QStringList fields{
            event.uid,
            DayDate::toIso(event.dateStart),
            QString::number(DayDate::toDate(event.dateStart).year()),
            QString::number(static_cast<int>(event.precision)),
            disorder(event.eventType),
            event.eventType,
            event.subEventType,
            actor1,
            QString(),
            QString(),
            actor2,
            event.factions.mid(2).join(QStringLiteral("; ")),
            QString(),
            QString(),
            event.factions.contains(QStringLiteral("Civilians")) ? QStringLiteral("Civilian targeting")
                                                                 : QString(),
            QStringLiteral("466"),
            QStringLiteral("Western Africa"),
            QStringLiteral("Mali"),
            gazetteer.regionOf(event.location),
            QString(),
            QString(),
            event.location,
            QString(),
            QString(),
            QString(),
            document ? (document->source.isEmpty() ? document->title : document->source) : QString(),
            QString(),
            notes.join(QLatin1Char(' ')),
            event.fatalities >= 0 ? QString::number(event.fatalities) : QStringLiteral("0"),
            QString(),
            stamp};
        QByteArrayList quoted;
        for (const QString &field : fields)
            quoted.append(quote(field));
        out += quoted.join(',') + "\r\n";
    }
    return out;
}

} // namespace kt
