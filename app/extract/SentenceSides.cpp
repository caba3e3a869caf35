#include "extract/SentenceSides.h"

#include "extract/ExtractionRules.h"

namespace kt {

SentenceSides SentenceSides::find(const SentenceContext &sentence, const QString &location,
                                  const Gazetteer &gazetteer, const NarrativeState &story) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    SentenceSides sides;
    for (const Mention &mention : sentence.mentions) {
        if (!sentence.content.contains(mention.start))
            continue;
        QString faction;
        if (mention.kind == Mention::Kind::Actor) {
            faction = mention.faction;
        } else if (mention.kind == Mention::Kind::ContextualLabel) {
            faction = gazetteer.resolveLabel(mention.canonical, sentence.speaker.faction, location);
            sides.usedLabel = true;
        } else {
            continue;
        }
        if (!sides.actors.contains(mention.written))
            sides.actors.append(mention.written);
        if (!sides.factions.contains(faction))
            sides.factions.append(faction);
        if (!sides.firstNamedAt.contains(faction))
            sides.firstNamedAt.insert(faction, mention.start);
    }
    sides.named = sides.factions;
    // "nos positions" in a side's communiqué: that side.
    const QString &speaker = sentence.speaker.faction;
    if (!speaker.isEmpty() && !sides.factions.contains(speaker)) {
        for (const Span &quote : sentence.quotes) {
            if (sentence.content.contains(quote.start) &&
                rules.pattern(ExtractionRules::FirstPerson)
                    .match(sentence.folded.mid(quote.start, quote.end - quote.start))
                    .hasMatch()) {
                sides.factions.append(speaker);
                break;
            }
        }
    }
    if (sides.factions.isEmpty()) {
        if (const auto word = rules.pattern(ExtractionRules::Pronoun).match(sentence.folded);
            word.hasMatch()) {
            const bool she = word.captured(1).startsWith(QLatin1String("elle"));
            const QString &meant =
                she && !story.lastFeminine.isEmpty() ? story.lastFeminine : story.lastInitiator;
            if (!meant.isEmpty()) {
                sides.factions.append(meant);
                sides.usedCoreference = true;
            }
        }
    }
    return sides;
}

} // namespace kt
