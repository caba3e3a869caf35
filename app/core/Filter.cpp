#include "core/Filter.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"

#include <QStringList>

#include <algorithm>

namespace kt {

bool Filter::isEmpty() const {
    return factions.isEmpty() && eventTypes.isEmpty() && place.isEmpty() && !from && !to &&
           search.isEmpty() && track.isEmpty();
}

bool Filter::matches(const Event &event) const {
    if (!factions.isEmpty() &&
        std::none_of(event.factions.cbegin(), event.factions.cend(),
                     [this](const QString &faction) { return factions.contains(faction); }))
        return false;
    if (!eventTypes.isEmpty() && !eventTypes.contains(event.eventType) &&
        !eventTypes.contains(event.subEventType))
        return false;
    if (!track.isEmpty() && event.track.compare(track, Qt::CaseInsensitive) != 0)
        return false;
    if (from && event.dateEnd < *from)
        return false;
    if (to && event.dateStart > *to)
        return false;
    if (!place.isEmpty() &&
        !TextNormalizer::fold(event.location).contains(TextNormalizer::fold(place.trimmed())))
        return false;
    if (!search.isEmpty()) {
        const QString haystack = TextNormalizer::fold(
            QStringList{event.summary, event.quote, event.notes, event.location, event.placeText,
                        event.actors.join(QLatin1Char(' ')), event.claimedBy}
                .join(QLatin1Char('\n')));
        const auto words = TextNormalizer::fold(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const auto &word : words)
            if (!haystack.contains(word))
                return false;
    }
    return true;
}

QString Filter::describe() const {
    QStringList parts;
    if (!factions.isEmpty()) {
        QStringList names = factions.values();
        names.sort(Qt::CaseInsensitive);
        parts << QStringLiteral("factions: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!eventTypes.isEmpty()) {
        QStringList names = eventTypes.values();
        names.sort(Qt::CaseInsensitive);
        parts << QStringLiteral("types: %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!track.isEmpty())
        parts << QStringLiteral("track: %1").arg(track);
    if (!place.isEmpty())
        parts << QStringLiteral("place: %1").arg(place);
    if (from)
        parts << QStringLiteral("from %1").arg(DayDate::toIso(*from));
    if (to)
        parts << QStringLiteral("to %1").arg(DayDate::toIso(*to));
    if (!search.isEmpty())
        parts << QStringLiteral("text: \u201c%1\u201d").arg(search);
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace kt
