#include "core/Filter.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace kt {

namespace {

// True when every word of the query begins a word of the text, both folded (no case, no accents): the
// full-text index's prefix queries, answered in memory.
bool wordsBegin(const QString &text, const QString &query) {
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = TextNormalizer::fold(text).split(separators, Qt::SkipEmptyParts);
    const QStringList wanted = TextNormalizer::fold(query).split(separators, Qt::SkipEmptyParts);
    return std::all_of(wanted.cbegin(), wanted.cend(), [&words](const QString &prefix) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&prefix](const QString &word) { return word.startsWith(prefix); });
    });
}

} // namespace

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
    if (!place.trimmed().isEmpty() &&
        !wordsBegin(QStringList{event.location, event.placeText, event.acled.admin1, event.acled.admin2,
                                event.acled.admin3}
                        .join(QLatin1Char(' ')),
                    place))
        return false;
    if (!search.trimmed().isEmpty() &&
        !wordsBegin(QStringList{event.summary, event.quote, event.notes, event.location, event.placeText,
                                event.acled.admin1, event.acled.admin2, event.acled.admin3,
                                event.actors.join(QLatin1Char(' ')), event.claimedBy}
                        .join(QLatin1Char(' ')),
                    search))
        return false;
    return true;
}

QString Filter::describe() const {
    QStringList parts;
    if (!factions.isEmpty()) {
        QStringList names = factions.values();
        names.removeAll(QString()); // the panel's "None" is a set that holds no faction's name
        names.sort(Qt::CaseInsensitive);
        parts << (names.isEmpty() ? QStringLiteral("no faction")
                                  : QStringLiteral("factions: %1").arg(names.join(QStringLiteral(", "))));
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
