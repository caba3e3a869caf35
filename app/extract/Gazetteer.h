#pragma once

#include "core/DayDate.h"
#include "core/FactionCatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kt {

// A name found in a text: an actor that belongs to a faction, a label whose faction depends on who speaks
// and where, or a place.
struct Mention {
    enum class Kind { Actor, ContextualLabel, Place };
    Kind kind = Kind::Actor;
    int start = 0; // position in the searched text
    int end = 0;
    QString written;          // the words as they appear
    QString canonical;        // actor name, label or place name
    QString faction;          // for actors: the canonical faction
    QString region;           // for places
    QString country;          // for places
    bool countryWord = false; // an actor named by a word for a state's forces or government ("l'armée")
    // A place that is a whole country: it tells an event's country, never its location.
    bool isCountry() const { return kind == Kind::Place && region.isEmpty() && canonical == country; }
};

// The extractor's knowledge of names: factions and their aliases, named actors, speaker-dependent labels
// and places. Matching ignores case and accents, except for short all-capital aliases ("UN", "CSP") that
// would otherwise match ordinary words; the longest alias wins.
class Gazetteer {
public:
    explicit Gazetteer(const QJsonObject &json, const FactionCatalog &catalog);
    static const Gazetteer &bundled();

    const FactionCatalog &catalog() const { return m_catalog; }
    // The names in a text. Words for a state's forces or government that do not name the state ("l'armée",
    // "the junta") are that of `country` (the story's), as actors.
    QList<Mention> find(const QString &text, const QString &country = {}) const;
    // The same, given the text folded (TextNormalizer::fold).
    QList<Mention> findFolded(const QString &text, const QString &folded, const QString &country) const;
    // The faction a label stands for: by who speaks and where (the FAMa's "groupes armés terroristes" around
    // Kidal), or by the country the story is in ("l'armée" in Burkina Faso is Burkina Faso's forces).
    // Whether two factions speak for one side: the same, or one country's army and government (the
    // by-country labels: FAMa and the Mali government).
    bool sameSide(const QString &a, const QString &b) const;
    // Whether `name` is a contextual label ("the state", "the army") rather than a faction.
    bool isLabel(const QString &name) const { return m_labels.contains(name); }
    QString resolveLabel(const QString &label, const QString &speakerFaction, const QString &place,
                         const QString &country = {}) const;
    // The track of an extracted event: the first track that lists one of its factions, else its country's
    // track (a country with none gets one by its name), else the default track. A track given the days of
    // its story ("from", "to") holds only events on those days: "Kidal offensive" is Mali's lane in
    // August 2023 - January 2024, and a Malian event of 2022 is in the lane "Mali". Days since 1970 (UTC),
    // inclusive; without days, any day fits.
    QString trackFor(const QStringList &factions, const QString &country = {}, std::optional<Day> start = {},
                     std::optional<Day> end = {}) const;
    QString countryOf(const QString &place) const { return m_countries.value(place); }
    QString regionOf(const QString &place) const { return m_regions.value(place); }

private:
    struct Entry {
        QString folded;
        bool caseSensitive = false;
        QString alias;
        Mention::Kind kind;
        QString canonical;
        QString faction;
        QString region;
        QString country;
        bool capitalised = false; // only written with a capital: the name is also a common word ("Diré")
    };
    struct Label {
        QString defaultFaction;
        QHash<QString, QString> speakerDefault;          // speaker faction -> faction
        QHash<QString, QHash<QString, QString>> byPlace; // speaker faction -> place -> faction
        QHash<QString, QString> byCountry;               // country -> faction
    };
    void addEntry(const QString &alias, Mention::Kind kind, const QString &canonical, const QString &faction,
                  const QString &region = {}, const QString &country = {}, bool capitalised = false);

    FactionCatalog m_catalog;
    QList<Entry> m_entries; // longest first
    // Entries by their first word folded (the case-sensitive ones too: their case is checked where they
    // match), as positions in m_entries; the few that do not start with a letter or digit are searched for
    // whole.
    // Keyed by the word's hash: looking a word of the text up needs no copy of it, and a collision only
    // adds a candidate that the full comparison then turns down.
    QHash<std::size_t, QList<qsizetype>> m_byFirstWord;
    QList<qsizetype> m_unindexed;
    QHash<QString, Label> m_labels;
    QHash<QString, QString> m_regions;
    QHash<QString, QString> m_countries; // place -> country
    QHash<QString, QString> m_trackByCountry;
    QHash<QString, QString> m_trackByFaction;
    QHash<QString, std::pair<Day, Day>> m_trackDays; // tracks of one story: its first and last day
    QString m_defaultTrack;
    QString m_defaultCountry; // the default track's first country: its lane outside the track's days
};

} // namespace kt
