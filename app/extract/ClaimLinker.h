#pragma once

#include "extract/CueWords.h"
#include "extract/Gazetteer.h"

#include <QList>
#include <QString>

#include <optional>

namespace kt {

// Who says so, and which claims contradict each other.
class ClaimLinker {
public:
    struct Attribution {
        QString claimant;  // the named actor ("HCUA", "État-major général des armées", "FAMa")
        QString faction;   // its faction
        int verbStart = 0; // where the reporting words are in the sentence
        int verbEnd = 0;
        int contentStart = 0; // where what is claimed begins
        int contentEnd = -1;  // where it ends; -1: at the end of the sentence
        bool hasVerb = false; // a reporting verb, not "selon": a date next to it is the day of the saying
    };
    // "X a déclaré que …", "selon X, …", "X said …": the claimant is the first actor of the subject, and
    // what is claimed follows. "…, a indiqué X.", "…, X said.", "…, selon X.": the claim comes first.
    // A claimant left empty means a reporting phrase without a named speaker ("selon un porte-parole").
    static std::optional<Attribution> attribution(const QString &sentence, const QList<Mention> &mentions);
    // The same, given the folded sentence's words (TextNormalizer::fold, CueWords::Text): positions are the
    // same in both.
    static std::optional<Attribution> attributionWords(const CueWords::Text &words,
                                                       const QList<Mention> &mentions);
    // "aurait dispersé", "would have": the sentence (folded, TextNormalizer::fold) relays somebody else's
    // claim.
    static bool isReportedFolded(const QString &folded);

    // A claim about a fight, reduced to what decides whether two claims contradict each other.
    struct FightClaim {
        int anchor = -1; // the sentence whose date the claim hangs on
        QString location;
        QString claimantFaction;
        QString winner; // the side the wording says came out on top
    };
    // Two claims about the same fight, made by different sides, that each give the win to another side.
    static bool contradict(const FightClaim &a, const FightClaim &b);
};

} // namespace kt
