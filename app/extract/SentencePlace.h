#pragma once

#include "extract/SentenceContext.h"

#include <QString>

namespace kt {

// The place stage of a sentence: the first place named in what is claimed that is not a destination ("en
// direction de Kidal", "heading for Gao" is where something goes, not where it happens), else the first of
// the sentence, else the story's last place. The words before it that say where relative to it are kept as
// written ("à une quinzaine de kilomètres de Kidal").
struct SentencePlace {
    const Mention *mention = nullptr; // the place named in the sentence, if any
    QString location;                 // canonical name, or the story's last place
    QString placeText;                // as written, with the words that situate it
    int start = 0;                    // where placeText starts in the sentence

    static SentencePlace find(const SentenceContext &sentence, const NarrativeState &story);
    // Whether the words just before `position` name a destination.
    static bool isDestination(const QString &folded, int position);
    // Where the words that situate a place named at `placeStart` begin ("près de", "à l'ouest de").
    static int prefixStart(const QString &folded, int placeStart);
};

} // namespace kt
