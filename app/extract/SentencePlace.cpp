#include "extract/SentencePlace.h"

#include "extract/ExtractionRules.h"

#include <algorithm>

namespace kt {

int SentencePlace::prefixStart(const QString &folded, int placeStart) {
    const int from = std::max(0, placeStart - 60);
    const auto match = ExtractionRules::bundled()
                           .pattern(ExtractionRules::PlacePrefix)
                           .match(folded.mid(from, placeStart - from));
    return match.hasMatch() ? from + static_cast<int>(match.capturedStart(1)) : placeStart;
}

bool SentencePlace::isDestination(const QString &folded, int position) {
    const int from = std::max(0, position - 30);
    return ExtractionRules::bundled()
        .pattern(ExtractionRules::Destination)
        .match(folded.mid(from, position - from))
        .hasMatch();
}

SentencePlace SentencePlace::find(const SentenceContext &sentence, const NarrativeState &story) {
    SentencePlace place;
    for (const bool inContent : {true, false}) {
        for (const Mention &mention : sentence.mentions) {
            if (mention.kind == Mention::Kind::Place &&
                (!inContent || sentence.content.contains(mention.start)) &&
                !isDestination(sentence.folded, mention.start)) {
                place.mention = &mention;
                break;
            }
        }
        if (place.mention)
            break;
    }
    if (!place.mention) {
        place.location = story.lastPlace;
        return place;
    }
    place.location = place.mention->canonical;
    place.start = prefixStart(sentence.folded, place.mention->start);
    place.placeText = sentence.text().mid(place.start, place.mention->end - place.start);
    return place;
}

} // namespace kt
