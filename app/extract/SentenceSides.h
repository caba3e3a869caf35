#pragma once

#include "extract/SentenceContext.h"
#include "extract/SentencePlace.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kt {

// The sides stage of a sentence: the factions what is claimed names, in order (actors, and labels whose
// faction depends on who speaks and where — the FAMa's "groupes armés terroristes" around Kidal in 2023 is
// the CSP-PSD — or on the country the story is in — "l'armée" in a Burkina Faso story is Burkina Faso's
// forces); "nos positions" in a side's communiqué is that side; with no side named, "elle" is the last side
// named with "la" and "ils", "leurs", "they" the last side that acted.
struct SentenceSides {
    QStringList factions;             // in the order named
    QStringList named;                // the factions named in words (not by coreference)
    QStringList actors;               // the names as written
    QHash<QString, int> firstNamedAt; // where each faction is first named
    bool usedLabel = false;           // a label decided a side
    bool usedCoreference = false;     // a pronoun decided the only side

    static SentenceSides find(const SentenceContext &sentence, const SentencePlace &place,
                              const Gazetteer &gazetteer, const NarrativeState &story);

    // Who acts and who is hit in a happening told by the words at [cueStart, cueEnd) of the sentence: the
    // agent of a passive ("attaqué par des hommes armés", "was ambushed by"), else the side named before the
    // words in their clause, unless the words say it was hit ("a fait l'objet d'une attaque", "sont tombés
    // dans une embuscade", "came under fire", "were killed"). A side that is only hit is never the initiator:
    // when nobody else is named, an unidentified armed group is (for violence). The initiator comes first.
    QStringList rolesFor(const SentenceContext &sentence, int cueStart, int cueEnd, bool violent) const;
    // Whether the words around a happening's cue tell what was hit ("a été attaqué", "came under drone
    // attack", "tués dans"): rule "target_of_happening", within 40 characters (UTF-16) either side.
    static bool toldAsHit(const SentenceContext &sentence, int cueStart, int cueEnd);
};

} // namespace kt
