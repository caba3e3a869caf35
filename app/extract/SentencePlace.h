#pragma once

#include "extract/SentenceContext.h"

#include <QString>

namespace kt {

// The place stage of a sentence. Places are the gazetteer's, or, for a locality it does not know, capitalised
// words where a place is written ("dans le village de Baniaba", "à Dinguiri", "near Tassia", "the Manfoune
// sector"). The event's place is the first one of what is claimed that is not a destination ("en direction de
// Kidal", "heading for Gao" is where something goes, not where it happens), else the first of the sentence,
// else the story's last place. A country is never the place: it only tells the event's country (its track).
// The words before a place that situate it are kept as written ("à une quinzaine de kilomètres de Kidal").
struct SentencePlace {
    struct Named {
        QString location;
        QString placeText;
        int start = 0; // where the name starts in the sentence (UTF-16)
    };
    QString location;   // canonical name (or as written, for a locality the gazetteer does not know), or ""
    QString placeText;  // as written, with the words that situate it
    QString country;    // the place's country, or the country the sentence names
    bool named = false; // the place is named in this sentence (not the story's last)
    int start = 0;      // where placeText starts in the sentence
    QList<Named> all;   // every place the sentence names that is not a destination, in order

    static SentencePlace find(const SentenceContext &sentence, const NarrativeState &story);
    // Whether the words just before `position` name a destination.
    static bool isDestination(const QString &folded, int position);
    // Whether a place named at [start, end) is the seat of a government ("les autorités de Ouagadougou", "the
    // junta in Niamey", "Ouagadougou's ruling junta"): it says who, not where (the rules "seat_of_power" and
    // "seat_of_power_after").
    static bool isSeatOfPower(const QString &folded, int start, int end);
    // Where the words that situate a place named at `placeStart` begin ("près de", "à l'ouest de").
    static int prefixStart(const QString &folded, int placeStart);
};

} // namespace kt
