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
           search.isEmpty() && tracks.isEmpty() && claimant.isEmpty() && !contestedOnly && minFatalities < 0;
}

bool Filter::matches(const Event &event) const {
    if (!factions.isEmpty()) {
        const bool passes =
            factionRole == FactionRole::Initiator
                ? !event.factions.isEmpty() && factions.contains(event.factions.constFirst())
                : std::any_of(event.factions.cbegin(), event.factions.cend(),
                              [this](const QString &faction) { return factions.contains(faction); });
        if (!passes)
            return false;
    }
    if (contestedOnly && event.contradicts.isEmpty())
        return false;
    if (minFatalities >= 0 && event.fatalities < minFatalities)
        return false;
    if (!eventTypes.isEmpty() && !eventTypes.contains(event.eventType) &&
        !eventTypes.contains(event.subEventType))
        return false;
    if (!tracks.isEmpty() && std::none_of(tracks.cbegin(), tracks.cend(), [&event](const QString &track) {
            return event.track.compare(track, Qt::CaseInsensitive) == 0;
        }))
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

QString Filter::describe(const QStringList &allFactions) const {
    QStringList parts;
    const auto sorted = [](const QSet<QString> &set) {
        QStringList names = set.values();
        names.removeAll(QString()); // the panel's "None" is a set that holds no faction's name
        names.sort(Qt::CaseInsensitive);
        return names;
    };
    if (!factions.isEmpty()) {
        const QStringList names = sorted(factions);
        QStringList missing;
        for (const QString &faction : allFactions)
            if (!factions.contains(faction))
                missing << faction;
        const QString role =
            factionRole == FactionRole::Initiator ? QStringLiteral(" (as initiator)") : QString();
        if (names.isEmpty())
            parts << QStringLiteral("no faction");
        else if (!allFactions.isEmpty() && missing.size() <= 3 && missing.size() < names.size())
            parts << QStringLiteral("all factions but %1%2").arg(missing.join(QStringLiteral(", ")), role);
        else
            parts << QStringLiteral("factions: %1%2").arg(names.join(QStringLiteral(", ")), role);
    } else if (factionRole == FactionRole::Initiator) {
        parts << QStringLiteral("any initiator");
    }
    if (!eventTypes.isEmpty())
        parts << QStringLiteral("types: %1").arg(sorted(eventTypes).join(QStringLiteral(", ")));
    if (!tracks.isEmpty())
        parts << QStringLiteral("tracks: %1").arg(sorted(tracks).join(QStringLiteral(", ")));
    if (!place.isEmpty())
        parts << QStringLiteral("place: %1").arg(place);
    if (from)
        parts << QStringLiteral("from %1").arg(DayDate::toIso(*from));
    if (to)
        parts << QStringLiteral("to %1").arg(DayDate::toIso(*to));
    if (!search.isEmpty())
        parts << QStringLiteral("text: \u201c%1\u201d").arg(search);
    if (!claimant.isEmpty())
        parts << QStringLiteral("claimed by or sourced from \u201c%1\u201d").arg(claimant);
    if (contestedOnly)
        parts << QStringLiteral("contested only");
    if (minFatalities >= 0)
        parts << QStringLiteral("at least %1 fatalities").arg(minFatalities);
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace kt
