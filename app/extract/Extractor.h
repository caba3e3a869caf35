#pragma once

#include "core/data.h"
#include "extract/Gazetteer.h"

#include <QList>

namespace kt {

// Turns an article into dated events with their sides, place, claimant and the sentence they come from. A
// driver of stages, run sentence by sentence with the story's state carried along (NarrativeState):
//   SentenceContext (names, quotes, who speaks, what is claimed) → SentenceTimes (dates) → SentencePlace →
//   SentenceSides → EventBuilder (counts, deadlines, happenings, statements; EventClassifier types them) →
//   EventMerger (repeats merged, contradicting claims linked).
// The words each stage looks for are data: resources/data/gazetteer.json and extraction.json.
class Extractor {
public:
    explicit Extractor(const Gazetteer &gazetteer = Gazetteer::bundled());
    DocumentEvents extract(const Document &document) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace kt
