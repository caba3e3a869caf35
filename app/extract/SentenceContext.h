#pragma once

#include "extract/ClaimLinker.h"
#include "extract/CueWords.h"
#include "extract/Gazetteer.h"
#include "extract/NarrativeState.h"
#include "extract/SentenceSplitter.h"

#include <QList>
#include <QString>

#include <optional>

namespace kt {

// A span of a sentence, [start, end) in UTF-16 code units.
struct Span {
    int start = 0;
    int end = 0;
    bool contains(int position) const { return position >= start && position < end; }
};

// The first stage of a sentence: its names (Gazetteer), its quoted words, who speaks (ClaimLinker, or the
// speaker the narrative relays when the sentence reports without naming one) and the span of what is claimed:
// after the reporting verb, or before a closing "…, a indiqué X", up to a clause about something else ("en
// réponse à", "while").
struct SentenceContext {
    const Sentence *sentence = nullptr;
    QString folded;
    CueWords::Text words{QString()}; // the folded sentence's words, for the later stages' cue words
    QList<Mention> mentions;
    QList<Span> quotes;
    std::optional<ClaimLinker::Attribution> attribution;
    bool reported = false; // "aurait", "reportedly": somebody else's claim relayed
    Speaker speaker;
    Span content;
    QString contentText;

    const QString &text() const { return sentence->text; }
    static SentenceContext read(const Sentence &sentence, const Gazetteer &gazetteer,
                                const NarrativeState &story);
};

} // namespace kt
