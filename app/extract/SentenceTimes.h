#pragma once

#include "extract/SentenceContext.h"
#include "extract/TemporalTagger.h"

#include <QList>

#include <optional>

namespace kt {

// The time stage of a sentence: its expressions (TemporalTagger) resolved against the publication day, or,
// for the words of a communiqué the story is relaying, against the day it was issued; the day of the saying
// (a date outside what is claimed, or right after the reporting verb: "a déclaré dimanche"); quoted words
// re-dated from that day ("ce matin" in a communiqué issued on Tuesday is Tuesday); and, of what remains, the
// first of each kind inside what is claimed, else anywhere.
struct SentenceTimes {
    TemporalTagger::Context context;
    QList<TimeExpression> all;
    std::optional<TimeExpression> saidOn;
    std::optional<TimeExpression> ownDate;  // a day or a short span, or a day relative to the story's
    std::optional<TimeExpression> vague;    // "récemment", "depuis septembre"
    std::optional<TimeExpression> asOf;     // a count's date
    std::optional<TimeExpression> deadline; // something due

    static SentenceTimes resolve(const SentenceContext &sentence, const NarrativeState &story, Day published);
};

} // namespace kt
