#include "io/EventCsv.h"

#include "core/AcledRow.h"
#include "core/DayDate.h"
#include "extract/Gazetteer.h"
#include "io/EventJson.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

namespace kt {

namespace {

QString disorderOf(const QString &type) {
    if (type.compare(QLatin1String("Strategic developments"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Strategic developments");
    if (type == QLatin1String("Protests") || type == QLatin1String("Riots"))
        return QStringLiteral("Demonstrations");
    return QStringLiteral("Political violence");
}

} // namespace

const QStringList &EventCsv::columns() {
    static const QStringList names = [] {
        QStringList list;
        for (const std::string_view name : AcledRow::columnNames())
            list << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        return list;
    }();
    return names;
}

QByteArray EventCsv::header() {
    return columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray EventCsv::quote(const QString &field) {
    QByteArray utf8 = field.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

Day EventCsv::acledDay(const Event &event) {
    if (const auto day = DayDate::fromIso(event.acled.eventDate))
        return *day;
    return representativeDay(event);
}

Day EventCsv::representativeDay(const Event &event) {
    switch (event.precision) {
    case TimePrecision::Week:
        return event.dateStart + 3;
    case TimePrecision::Month: {
        const QDate start = DayDate::toDate(event.dateStart);
        return DayDate::fromDate(QDate(start.year(), start.month(), 15));
    }
    case TimePrecision::Exact:
        break;
    }
    return event.dateStart;
}

bool EventCsv::isPlainAcled(const Event &event) {
    if (event.acled.isEmpty() || event.acled.tags.contains(tagPrefix()))
        return false;
    if (event.status != EventStatus::Occurred || !event.summary.isEmpty() || !event.quote.isEmpty() ||
        !event.placeText.isEmpty() || !event.claimedBy.isEmpty() || event.value || !event.unit.isEmpty() ||
        event.edited || event.charStart >= 0 || event.confidence != 1.0)
        return false;
    if (event.track != AcledRow::trackFor(event.acled.country))
        return false;
    return AcledRow::range(acledDay(event), event.precision) == std::pair{event.dateStart, event.dateEnd};
}

QByteArray EventCsv::row(const Event &event, const Document *document, const Gazetteer &gazetteer) {
    const AcledFields &acled = event.acled;
    const bool fromAcled = !acled.isEmpty();
    const Day day = acledDay(event);
    auto either = [fromAcled](const QString &acledValue, const QString &otherwise) {
        return fromAcled ? acledValue : otherwise;
    };
    QString notes = event.notes;
    if (!fromAcled) {
        QStringList parts;
        if (!event.summary.isEmpty())
            parts << event.summary;
        if (!event.notes.isEmpty() && event.notes != event.summary)
            parts << event.notes;
        if (!event.claimedBy.isEmpty())
            parts << QStringLiteral("Claimed by %1.").arg(event.claimedBy);
        notes = parts.join(QLatin1Char(' '));
    }
    QString tags = acled.tags;
    if (!isPlainAcled(event)) {
        QJsonObject whole = EventJson::toJson(event);
        whole.remove(QStringLiteral("contradicts"));
        const QString json = QString::fromUtf8(QJsonDocument(whole).toJson(QJsonDocument::Compact));
        tags = tags.isEmpty() ? tagPrefix() + json : tags + QStringLiteral("; ") + tagPrefix() + json;
    }
    const QString source =
        document ? (document->source.isEmpty() ? document->title : document->source) : QString();
    const QStringList fields{
        event.uid,
        DayDate::toIso(day),
        QString::number(DayDate::toDate(day).year()),
        QString::number(static_cast<int>(event.precision)),
        either(acled.disorderType, disorderOf(event.eventType)),
        event.eventType,
        event.subEventType,
        either(acled.actor1, event.factions.value(0)),
        acled.assocActor1,
        acled.inter1,
        either(acled.actor2, event.factions.value(1)),
        either(acled.assocActor2, event.factions.mid(2).join(QStringLiteral("; "))),
        acled.inter2,
        acled.interaction,
        either(acled.civilianTargeting, event.factions.contains(QStringLiteral("Civilians"))
                                            ? QStringLiteral("Civilian targeting")
                                            : QString()),
        either(acled.iso, QStringLiteral("466")),
        either(acled.region, QStringLiteral("Western Africa")),
        either(acled.country, QStringLiteral("Mali")),
        either(acled.admin1, gazetteer.regionOf(event.location)),
        acled.admin2,
        acled.admin3,
        event.location,
        acled.latitude,
        acled.longitude,
        acled.geoPrecision,
        either(acled.source, source),
        acled.sourceScale,
        notes,
        event.fatalities >= 0 ? QString::number(event.fatalities) : QString(),
        tags,
        either(acled.timestamp, QString::number(QDateTime::currentSecsSinceEpoch()))};
    QByteArrayList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(quote(field));
    return quoted.join(',') + "\r\n";
}

QByteArray EventCsv::write(const QList<Event> &events, const QList<Document> &documents,
                           const Gazetteer &gazetteer) {
    QHash<std::int64_t, const Document *> byId;
    for (const Document &document : documents)
        byId.insert(document.id, &document);
    QByteArray out = header();
    for (const Event &event : events)
        out += row(event, byId.value(event.documentId, nullptr), gazetteer);
    return out;
}

} // namespace kt
