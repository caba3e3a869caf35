#include "extract/Gazetteer.h"

#include "core/TextNormalizer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber();
}

bool needsCase(const QString &alias) {
    if (alias.size() > 4)
        return false;
    return std::all_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isUpper() || !c.isLetter(); });
}

} // namespace

Gazetteer::Gazetteer(const QJsonObject &json, const FactionCatalog &catalog)
    : m_catalog(catalog) {
    const auto factions = json.value(QStringLiteral("factions")).toArray();
    for (const auto &value : factions) {
        const QJsonObject faction = value.toObject();
        const QString name = faction.value(QStringLiteral("name")).toString();
        if (faction.value(QStringLiteral("match_name")).toBool(true))
            addEntry(name, Mention::Kind::Actor, name, name);
        for (const auto &alias : faction.value(QStringLiteral("aliases")).toArray())
            addEntry(alias.toString(), Mention::Kind::Actor, QString(), name);
    }
    // Named actors come after factions so that their canonical names win for the same alias.
    for (const auto &value : json.value(QStringLiteral("actors")).toArray()) {
        const QJsonObject actor = value.toObject();
        const QString name = actor.value(QStringLiteral("name")).toString();
        const QString faction = actor.value(QStringLiteral("faction")).toString();
        for (const auto &alias : actor.value(QStringLiteral("aliases")).toArray())
            addEntry(alias.toString(), Mention::Kind::Actor, name, faction);
    }
    for (const auto &value : json.value(QStringLiteral("contextual_labels")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString label = object.value(QStringLiteral("label")).toString();
        Label rule;
        rule.defaultFaction = object.value(QStringLiteral("default")).toString();
        const QJsonObject bySpeaker = object.value(QStringLiteral("by_speaker")).toObject();
        for (auto it = bySpeaker.begin(); it != bySpeaker.end(); ++it) {
            const QJsonObject speaker = it.value().toObject();
            rule.speakerDefault.insert(it.key(), speaker.value(QStringLiteral("default")).toString());
            const QJsonObject places = speaker.value(QStringLiteral("places")).toObject();
            for (auto place = places.begin(); place != places.end(); ++place)
                rule.byPlace[it.key()].insert(place.key(), place.value().toString());
        }
        const QJsonObject byCountry = object.value(QStringLiteral("by_country")).toObject();
        for (auto it = byCountry.begin(); it != byCountry.end(); ++it)
            rule.byCountry.insert(it.key(), it.value().toString());
        m_labels.insert(label, rule);
        for (const auto &alias : object.value(QStringLiteral("aliases")).toArray())
            addEntry(alias.toString(), Mention::Kind::ContextualLabel, label, QString());
    }
    for (const auto &value : json.value(QStringLiteral("places")).toArray()) {
        const QJsonObject place = value.toObject();
        const QString name = place.value(QStringLiteral("name")).toString();
        const QString region = place.value(QStringLiteral("region")).toString();
        const QString country = place.value(QStringLiteral("country")).toString();
        m_regions.insert(name, region);
        m_countries.insert(name, country);
        const bool commonWord = place.value(QStringLiteral("common_word")).toBool();
        for (const auto &alias : place.value(QStringLiteral("aliases")).toArray())
            addEntry(alias.toString(), Mention::Kind::Place, name, QString(), region, country, commonWord);
    }
    const QJsonObject tracks = json.value(QStringLiteral("tracks")).toObject();
    for (auto it = tracks.begin(); it != tracks.end(); ++it) {
        const QJsonObject track = it.value().toObject();
        if (track.value(QStringLiteral("default")).toBool()) {
            m_defaultTrack = it.key();
            m_defaultCountry = track.value(QStringLiteral("countries")).toArray().at(0).toString();
        }
        const auto from = DayDate::fromIso(track.value(QStringLiteral("from")).toString());
        const auto to = DayDate::fromIso(track.value(QStringLiteral("to")).toString());
        if (from && to)
            m_trackDays.insert(it.key(), {*from, *to});
        for (const auto &faction : track.value(QStringLiteral("factions")).toArray())
            m_trackByFaction.insert(faction.toString(), it.key());
        for (const auto &country : track.value(QStringLiteral("countries")).toArray())
            m_trackByCountry.insert(country.toString(), it.key());
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.folded.size() > b.folded.size(); });
    // Index the entries by their first word folded (a case-sensitive alias too: its case is checked where it
    // matches), so that find() looks up each word of the text once and only at the entries that can start
    // there, instead of searching the whole text for every alias.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QString &needle = entry.folded;
        if (needle.isEmpty())
            continue;
        if (!isWordChar(needle.front())) {
            m_unindexed.append(i);
            continue;
        }
        qsizetype end = 0;
        while (end < needle.size() && isWordChar(needle.at(end)))
            ++end;
        m_byFirstWord[qHash(QStringView(needle).left(end))].append(i);
    }
}

const Gazetteer &Gazetteer::bundled() {
    static const Gazetteer gazetteer(FactionCatalog::bundledGazetteer(), FactionCatalog::bundled());
    return gazetteer;
}

void Gazetteer::addEntry(const QString &alias, Mention::Kind kind, const QString &canonical,
                         const QString &faction, const QString &region, const QString &country,
                         bool capitalised) {
    if (alias.trimmed().isEmpty())
        return;
    Entry entry{TextNormalizer::fold(alias.trimmed()),
                needsCase(alias.trimmed()),
                alias.trimmed(),
                kind,
                canonical,
                faction,
                region,
                country,
                capitalised};
    // A later entry for the same alias replaces an earlier one (named actors over faction aliases).
    for (auto &existing : m_entries) {
        if (existing.folded == entry.folded && existing.caseSensitive == entry.caseSensitive) {
            existing = entry;
            return;
        }
    }
    m_entries.append(entry);
}

QList<Mention> Gazetteer::find(const QString &text, const QString &country) const {
    return findFolded(text, TextNormalizer::fold(text), country);
}

QList<Mention> Gazetteer::findFolded(const QString &text, const QString &folded,
                                     const QString &country) const {
    // Every place where an entry matches, as (entry, position); then, as if each entry were searched for in
    // turn, longest first, each match takes its span unless a longer one took part of it already.
    std::vector<std::pair<qsizetype, qsizetype>> candidates;
    const auto matchesAt = [&](qsizetype index, qsizetype at) {
        const Entry &entry = m_entries.at(index);
        const QString &haystack = entry.caseSensitive ? text : folded;
        const QString &needle = entry.caseSensitive ? entry.alias : entry.folded;
        const qsizetype end = at + needle.size();
        if (end > haystack.size() || QStringView(haystack).mid(at, needle.size()) != needle)
            return false;
        if (at > 0 && isWordChar(haystack.at(at - 1)) && isWordChar(needle.at(0)))
            return false;
        return !(end < haystack.size() && isWordChar(haystack.at(end)) && isWordChar(needle.back()));
    };
    for (qsizetype at = 0; at < text.size();) {
        if (!isWordChar(folded.at(at)) || (at > 0 && isWordChar(folded.at(at - 1)))) {
            ++at;
            continue;
        }
        qsizetype end = at;
        while (end < text.size() && isWordChar(folded.at(end)))
            ++end;
        if (const auto it = m_byFirstWord.constFind(qHash(QStringView(folded).mid(at, end - at)));
            it != m_byFirstWord.constEnd())
            for (const qsizetype index : it.value())
                if (matchesAt(index, at))
                    candidates.emplace_back(index, at);
        at = end;
    }
    for (const qsizetype index : m_unindexed) {
        const Entry &entry = m_entries.at(index);
        const QString &haystack = entry.caseSensitive ? text : folded;
        const QString &needle = entry.caseSensitive ? entry.alias : entry.folded;
        for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
            if (matchesAt(index, at))
                candidates.emplace_back(index, at);
    }
    std::sort(candidates.begin(), candidates.end());

    QList<Mention> mentions;
    QList<bool> taken(text.size(), false);
    for (const auto &[index, at] : candidates) {
        const Entry &entry = m_entries.at(index);
        const qsizetype end = at + (entry.caseSensitive ? entry.alias : entry.folded).size();
        // A town whose name is also a common word is only the town with its capital: "Diré", not "dire".
        if (entry.capitalised && !text.at(at).isUpper())
            continue;
        if (std::any_of(taken.cbegin() + at, taken.cbegin() + end, [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + at, taken.begin() + end, true);
        Mention mention;
        mention.kind = entry.kind;
        mention.start = static_cast<int>(at);
        mention.end = static_cast<int>(end);
        mention.written = text.mid(at, end - at);
        mention.canonical = entry.canonical.isEmpty() ? entry.faction : entry.canonical;
        mention.faction = entry.faction;
        mention.region = entry.region;
        mention.country = entry.country;
        // A word for a state's forces or government that does not name the state names the country's.
        if (const auto label = m_labels.constFind(entry.canonical);
            entry.kind == Mention::Kind::ContextualLabel && label != m_labels.constEnd() &&
            !label->byCountry.isEmpty()) {
            mention.kind = Mention::Kind::Actor;
            mention.countryWord = true;
            mention.faction = label->byCountry.value(country, label->defaultFaction);
            mention.canonical = mention.faction;
        }
        mentions.append(mention);
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    // "les soldats de la Minusma", "troops of the UN mission", "des jihadistes du JNIM", "l'état-major des
    // forces armées nigériennes": the side is the one named after (a named body of another side is that
    // side's; of its own side it keeps its name).
    static const QRegularExpression belongs(QStringLiteral("^ (?:de la|du|des|de l'|d'|de|of the|of) ?$"));
    for (qsizetype i = 0; i + 1 < mentions.size(); ++i) {
        const Mention &word = mentions.at(i);
        const Mention &owner = mentions.at(i + 1);
        const bool generic = word.countryWord || word.faction == QLatin1String("Unidentified armed group");
        // A named body (an actor of a faction, not the faction's own name or alias): "l'état-major", not "les
        // VDP de l'armée", who stay the VDP.
        const bool otherSidesBody = word.kind == Mention::Kind::Actor && word.canonical != word.faction &&
                                    word.faction != owner.faction;
        if (!(generic || otherSidesBody) || owner.kind != Mention::Kind::Actor)
            continue;
        if (belongs.match(QStringView(folded).mid(word.end, owner.start - word.end)).hasMatch()) {
            mentions.removeAt(i);
            --i;
        }
    }
    return mentions;
}

QString Gazetteer::resolveLabel(const QString &label, const QString &speakerFaction, const QString &place,
                                const QString &country) const {
    const auto rule = m_labels.constFind(label);
    if (rule == m_labels.constEnd())
        return FactionCatalog::otherFactionName();
    if (const auto places = rule->byPlace.constFind(speakerFaction); places != rule->byPlace.constEnd()) {
        if (const auto faction = places->constFind(place); faction != places->constEnd())
            return faction.value();
    }
    if (!rule->byCountry.isEmpty())
        return rule->byCountry.value(country, rule->defaultFaction);
    return rule->speakerDefault.value(speakerFaction, rule->defaultFaction);
}

bool Gazetteer::sameSide(const QString &a, const QString &b) const {
    if (a == b)
        return true;
    for (const Label &label : m_labels)
        for (auto it = label.byCountry.cbegin(); it != label.byCountry.cend(); ++it) {
            if (it.value() != a && it.value() != b)
                continue;
            const QString &other = it.value() == a ? b : a;
            for (const Label &second : m_labels)
                if (second.byCountry.value(it.key()) == other)
                    return true;
        }
    return false;
}

QString Gazetteer::trackFor(const QStringList &factions, const QString &country, std::optional<Day> start,
                            std::optional<Day> end) const {
    const auto fits = [&](const QString &track) {
        const auto days = m_trackDays.constFind(track);
        return days == m_trackDays.constEnd() || !start || !end ||
               (*start <= days->second && days->first <= *end);
    };
    for (const QString &faction : factions)
        if (const auto it = m_trackByFaction.constFind(faction);
            it != m_trackByFaction.constEnd() && fits(*it))
            return it.value();
    if (country.isEmpty())
        return fits(m_defaultTrack) || m_defaultCountry.isEmpty() ? m_defaultTrack : m_defaultCountry;
    const QString track = m_trackByCountry.value(country, country);
    return fits(track) ? track : country;
}

} // namespace kt
