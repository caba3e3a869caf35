#pragma once

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
    QString written;   // the words as they appear
    QString canonical; // actor name, label or place name
    QString faction;   // for actors: the canonical faction
    QString region;    // for places
};

// The extractor's knowledge of names: factions and their aliases, named actors, speaker-dependent labels
// and places. Matching ignores case and accents, except for short all-capital aliases ("UN", "CSP") that
// would otherwise match ordinary words; the longest alias wins.
class Gazetteer {
public:
    explicit Gazetteer(const QJsonObject &json, const FactionCatalog &catalog);
    static const Gazetteer &bundled();

    const FactionCatalog &catalog() const { return m_catalog; }
    QList<Mention> find(const QString &text) const;
    // The faction a speaker-dependent label stands for, given the speaker's faction and the place.
    QString resolveLabel(const QString &label, const QString &speakerFaction, const QString &place) const;
    // The track an event with these factions belongs to.
    QString trackFor(const QStringList &factions) const;
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
    };
    struct Label {
        QString defaultFaction;
        QHash<QString, QString> speakerDefault;          // speaker faction -> faction
        QHash<QString, QHash<QString, QString>> byPlace; // speaker faction -> place -> faction
    };
    void addEntry(const QString &alias, Mention::Kind kind, const QString &canonical, const QString &faction,
                  const QString &region = {});

    FactionCatalog m_catalog;
    QList<Entry> m_entries; // longest first
    // Entries by their first word (folded, or as written for the case-sensitive ones), as positions in
    // m_entries; the few that do not start with a letter or digit are searched for whole.
    // Keyed by the word's hash: looking a word of the text up needs no copy of it, and a collision only
    // adds a candidate that the full comparison then turns down.
    QHash<std::size_t, QList<qsizetype>> m_byFirstWord;
    QHash<std::size_t, QList<qsizetype>> m_byFirstWordCased;
    QList<qsizetype> m_unindexed;
    QHash<QString, Label> m_labels;
    QHash<QString, QString> m_regions;
    QHash<QString, QString> m_trackByFaction;
    QString m_defaultTrack;
};

} // namespace kt
