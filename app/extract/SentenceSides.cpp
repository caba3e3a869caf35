#include "extract/SentenceSides.h"

#include "extract/ExtractionRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

QString unidentified() {
    return QStringLiteral("Unidentified armed group");
}

} // namespace

SentenceSides SentenceSides::find(const SentenceContext &sentence, const SentencePlace &place,
                                  const Gazetteer &gazetteer, const NarrativeState &story) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    const QString country = !place.country.isEmpty()       ? place.country
                            : !story.lastCountry.isEmpty() ? story.lastCountry
                                                           : story.documentCountry;
    SentenceSides sides;
    for (const Mention &mention : sentence.mentions) {
        if (!sentence.content.contains(mention.start))
            continue;
        QString faction;
        if (mention.kind == Mention::Kind::Actor) {
            faction = mention.faction;
        } else if (mention.kind == Mention::Kind::ContextualLabel) {
            faction =
                gazetteer.resolveLabel(mention.canonical, sentence.speaker.faction, place.location, country);
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
                    .match(QStringView(sentence.folded).mid(quote.start, quote.end - quote.start))
                    .hasMatch()) {
                sides.factions.append(speaker);
                sides.firstNamedAt.insert(speaker, quote.start);
                break;
            }
        }
    }
    if (sides.factions.isEmpty()) {
        if (const auto word = rules.pattern(ExtractionRules::Pronoun).match(sentence.folded);
            word.hasMatch()) {
            // In reported words the pronoun is the speaker ("la Minusma a annoncé qu'elle accélérait son
            // retrait"); else "elle" is the last side named with "la", "ils" the last side that acted.
            const bool she = word.captured(1).startsWith(QLatin1String("elle"));
            const bool speakerNamed = sentence.attribution && !sentence.attribution->claimant.isEmpty() &&
                                      !speaker.isEmpty() &&
                                      sentence.content.contains(static_cast<int>(word.capturedStart(1)));
            const QString &meant = speakerNamed                           ? speaker
                                   : she && !story.lastFeminine.isEmpty() ? story.lastFeminine
                                                                          : story.lastInitiator;
            if (!meant.isEmpty()) {
                // Where the pronoun stands is where the side is named: "seven of its positions had been
                // targeted" names the side that was hit.
                sides.factions.append(meant);
                sides.firstNamedAt.insert(meant, static_cast<int>(word.capturedStart(1)));
                sides.usedCoreference = true;
            }
        }
    }
    return sides;
}

bool SentenceSides::toldAsHit(const SentenceContext &sentence, int cueStart, int cueEnd) {
    const int from = std::max(0, cueStart - 40);
    return ExtractionRules::bundled()
        .pattern(ExtractionRules::TargetOfHappening)
        .match(QStringView(sentence.folded).mid(from, cueEnd - from + 40))
        .hasMatch();
}

QStringList SentenceSides::rolesFor(const SentenceContext &sentence, int cueStart, int cueEnd,
                                    bool violent) const {
    const ExtractionRules &rules = ExtractionRules::bundled();
    const QString &folded = sentence.folded;
    // The clause of the words: from the comma (or the start of what is claimed) before them.
    const int clauseStart = std::max(sentence.content.start,
                                     static_cast<int>(folded.lastIndexOf(QLatin1Char(','), cueStart)) + 1);
    QString agent;
    if (const auto passive =
            rules.pattern(ExtractionRules::PassiveAgent).match(QStringView(folded).mid(cueEnd, 60));
        passive.hasMatch()) {
        const int from = cueEnd + static_cast<int>(passive.capturedEnd(0));
        for (auto it = firstNamedAt.cbegin(); it != firstNamedAt.cend(); ++it)
            if (it.value() >= from - 1 && it.value() <= from + 40 &&
                (agent.isEmpty() || it.value() < firstNamedAt.value(agent)))
                agent = it.key();
    }
    const bool hitWords = toldAsHit(sentence, cueStart, cueEnd);
    static const QRegularExpression death(QStringLiteral("\\b(?:tue|killed|morts?|died|perished|peri)"));
    const auto died = death.match(QStringView(folded).mid(cueStart, cueEnd - cueStart));
    const int deathWord = died.hasMatch() ? cueStart + static_cast<int>(died.capturedStart(0)) : cueStart;
    QStringList before; // named before the words in their clause
    QStringList after;
    for (const QString &faction : factions) {
        const int at = firstNamedAt.value(faction, -1);
        // Sides named in the words, before the word that tells they died ("22 civils y ont été tués", "dix
        // soldats et 32 supplétifs … ont été tués"), are told before them; after it ("killed by Malian
        // soldiers") they act.
        const bool inHitWords = hitWords && at >= cueStart && at < deathWord;
        (at >= clauseStart && (at < cueStart || inHitWords) ? before : after).append(faction);
    }
    // "an attack on a convoy of the army", "attaque contre le camp": the side named next is hit.
    if (violent && agent.isEmpty() &&
        rules.pattern(ExtractionRules::TargetAfter).match(QStringView(folded).mid(cueEnd, 12)).hasMatch()) {
        QStringList hit;
        for (const QString &faction : after)
            if (const int at = firstNamedAt.value(faction); at >= cueEnd && at <= cueEnd + 50)
                hit << faction;
        if (!hit.isEmpty()) {
            QStringList acting;
            for (const QString &faction : before + after)
                if (!hit.contains(faction))
                    acting << faction;
            return (acting.isEmpty() ? QStringList{unidentified()} : acting) + hit;
        }
    }
    // "Other nearby villages were also targeted by these men", "le hameau a été attaqué": villagers were hit.
    const auto withVillagers = [&](QStringList sides) {
        const QStringView hit = QStringView(folded).mid(clauseStart, std::max(0, cueStart - clauseStart));
        if (violent && before.isEmpty() && !sides.contains(QLatin1String("Civilians")) &&
            (hit.contains(QLatin1String("village")) || hit.contains(QLatin1String("hameau"))))
            sides << QStringLiteral("Civilians");
        return sides;
    };
    QStringList ordered;
    if (!agent.isEmpty()) {
        ordered << agent;
        for (const QString &faction : factions)
            if (faction != agent)
                ordered << faction;
        return withVillagers(ordered);
    }
    if (hitWords && violent) {
        // Those named before the words were hit; an initiator named after them ("par", "by" aside) acts.
        QStringList acting;
        for (const QString &faction : after)
            if (!before.contains(faction))
                acting << faction;
        ordered << (acting.isEmpty() ? unidentified() : acting.first());
        for (const QString &faction : factions)
            if (!ordered.contains(faction))
                ordered << faction;
        return withVillagers(ordered);
    }
    ordered = before + after;
    if (violent && !ordered.isEmpty() && ordered.first() == QLatin1String("Civilians") &&
        !ordered.contains(unidentified()))
        ordered.prepend(unidentified()); // civilians are hit, not the ones who attack
    return ordered;
}

} // namespace kt
