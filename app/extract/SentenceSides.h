#pragma once

#include "extract/SentenceContext.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kt {

// The sides stage of a sentence: the factions what is claimed names, in order (actors, and labels whose
// faction depends on who speaks and where: the FAMa's "groupes armés terroristes" around Kidal in 2023 is the
// CSP-PSD); "nos positions" in a side's communiqué is that side; with no side named, "elle" is the last side
// named with "la" and "ils", "leurs", "they" the last side that acted.
struct SentenceSides {
    QStringList factions;             // in the order named; the first acts, unless roles say otherwise
    QStringList named;                // the factions named in words (not by coreference)
    QStringList actors;               // the names as written
    QHash<QString, int> firstNamedAt; // where each faction is first named
    bool usedLabel = false;           // a speaker-dependent label decided a side
    bool usedCoreference = false;     // a pronoun decided the only side

    static SentenceSides find(const SentenceContext &sentence, const QString &location,
                              const Gazetteer &gazetteer, const NarrativeState &story);
};

} // namespace kt
