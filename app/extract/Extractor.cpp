#include "extract/Extractor.h"

#include "core/DayDate.h"
#include "extract/EventBuilder.h"
#include "extract/EventMerger.h"
#include "extract/ExtractionRules.h"
#include "extract/SentenceContext.h"
#include "extract/SentencePlace.h"
#include "extract/SentenceSides.h"
#include "extract/SentenceSplitter.h"
#include "extract/SentenceTimes.h"

#include <QCryptographicHash>

#include <algorithm>

namespace kt {

namespace {

// Whether the sentence names its country only by a part of it ("north-central Burkina Faso", "le nord du
// Mali"): the rule "part_of_country" right before the country's name.
bool namesPartOfCountry(const SentenceContext &context, const QString &country) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    return std::all_of(context.mentions.cbegin(), context.mentions.cend(), [&](const Mention &mention) {
        return !mention.isCountry() || mention.country != country ||
               rules.matchesBefore(ExtractionRules::PartOfCountry, context.folded, mention.start, 30);
    });
}

// Carries the story on past a sentence: its day, whose words it relays, its place, who acted, who was named
// with "la".
void advance(NarrativeState &story, const Gazetteer &gazetteer, int index, const SentenceContext &context,
             const SentenceTimes &times, const SentencePlace &place, const SentenceSides &sides,
             bool datedByVague) {
    if (times.saidOn) {
        story.day = times.saidOn->to;
        story.span = 0;
        story.isReport = true;
        story.anchor = index;
    } else if (times.ownDate && times.ownDate->kind != TimeExpression::Kind::Relative) {
        // The story goes on from the latest day the sentence tells: "après l'attaque du camp de Boulikessi
        // … dimanche 1er juin, le Jnim a ciblé quatre sites à Tombouctou ce lundi matin" is at Monday.
        TimeExpression latest = *times.ownDate;
        // What the sentence tells as to come ("un deuil … sera observé à compter de ce mercredi") does not
        // move it.
        const int future = times.context.futureStart;
        for (const TimeExpression &time : times.all)
            if (time.kind == TimeExpression::Kind::Date && context.content.contains(time.start) &&
                (future < 0 || time.start < future) && time.to > latest.to &&
                time.to - time.from <= latest.to - latest.from)
                latest = time;
        story.day = latest.to;
        story.span = latest.to - latest.from;
        story.isReport = false;
        story.anchor = index;
    } else if (datedByVague) {
        story.day = times.vague->to;
        story.span = times.vague->to - times.vague->from;
        story.isReport = false;
        story.anchor = index;
    }
    if (context.attribution && !context.speaker.claimant.isEmpty())
        story.context = context.speaker;
    else if (times.ownDate && !context.reported)
        story.context = Speaker{};
    if (place.named)
        story.lastPlace = place.location;
    else if (!place.country.isEmpty() && !(gazetteer.countryOf(story.lastPlace) == place.country &&
                                           namesPartOfCountry(context, place.country)))
        story.lastPlace.clear(); // the story moved to the whole country; a part of the town's own country
                                 // ("the community in north-central Burkina Faso") keeps the town
    if (!place.country.isEmpty())
        story.lastCountry = place.country;
    // Civilians named first ("136 civilians … killed … by men wearing army fatigues") are hit, not the side
    // that "these men", "they" or "its" will mean.
    if (const auto acting = std::find_if(sides.factions.cbegin(), sides.factions.cend(),
                                         [](const QString &f) { return f != QLatin1String("Civilians"); });
        acting != sides.factions.cend())
        story.lastInitiator = *acting;
    const ExtractionRules &rules = ExtractionRules::bundled();
    for (const Mention &mention : context.mentions) {
        if (mention.kind == Mention::Kind::Actor && mention.start >= 3 &&
            context.folded.at(mention.start - 1) == QLatin1Char(' ') &&
            rules.matchesBefore(ExtractionRules::FeminineArticle, context.folded, mention.start, 6))
            story.lastFeminine = mention.faction;
    }
}

// The country a sentence is in: its named town's or region's, or a country it says it is in ("a military
// base in Mali", rule "in_country"); a country named in passing ("près du Mali") is none.
QString sentenceCountry(const SentenceContext &context, const SentencePlace &place,
                        const Gazetteer &gazetteer) {
    if (place.named)
        return gazetteer.countryOf(place.location);
    const ExtractionRules &rules = ExtractionRules::bundled();
    for (const Mention &mention : context.mentions)
        if (mention.isCountry() && mention.country == place.country &&
            rules.matchesBefore(ExtractionRules::InCountry, context.folded, mention.start, 12))
            return mention.country;
    return {};
}

// The country the sentence's labels for a state's forces ("the soldiers", "l'armée") should have been read
// for, when it is not the one they were read for (the story's); empty otherwise.
QString labelsElsewhere(const SentenceContext &context, const SentencePlace &place,
                        const NarrativeState &story, const Gazetteer &gazetteer) {
    const QString &readFor = story.lastCountry.isEmpty() ? story.documentCountry : story.lastCountry;
    const QString placeCountry = sentenceCountry(context, place, gazetteer);
    const bool labels =
        std::any_of(context.mentions.cbegin(), context.mentions.cend(), [](const Mention &mention) {
            return mention.countryWord || mention.kind == Mention::Kind::ContextualLabel;
        });
    return labels && placeCountry != readFor ? placeCountry : QString();
}

// The country an article is about: the first its title or body names (a country, or a place's).
QString countryOf(const Document &document, const Gazetteer &gazetteer) {
    for (const QString &text : {document.title, document.body.left(2000)})
        for (const Mention &mention : gazetteer.find(text))
            if (mention.kind == Mention::Kind::Place && !mention.country.isEmpty())
                return mention.country;
    return {};
}

} // namespace

Extractor::Extractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer) {}

DocumentEvents Extractor::extract(const Document &document) const {
    DocumentEvents result;
    result.document = document;
    const Day published = DayDate::fromDate(document.published);
    const QString bodyHash = QString::fromLatin1(
        QCryptographicHash::hash(document.body.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    EventMerger merger(QStringLiteral("a:") + bodyHash, m_gazetteer);
    NarrativeState story;
    const QList<Sentence> sentences = SentenceSplitter::split(document.body);
    story.documentCountry = countryOf(document, m_gazetteer);
    story.english = document.language == QLatin1String("en");
    for (int index = 0; index < sentences.size(); ++index) {
        SentenceContext context = SentenceContext::read(sentences.at(index), m_gazetteer, story);
        SentencePlace place = SentencePlace::find(context, story);
        if (const QString country = labelsElsewhere(context, place, story, m_gazetteer); !country.isEmpty()) {
            // "And in Niger, more than 100 soldiers were killed" in a story about Mali: the soldiers are
            // Niger's. The sentence is read again with its own place's country for the labels.
            NarrativeState there = story;
            there.lastCountry = country;
            context = SentenceContext::read(sentences.at(index), m_gazetteer, there);
            place = SentencePlace::find(context, story);
        }
        const SentenceTimes times = SentenceTimes::resolve(context, story, published);
        const SentenceSides sides = SentenceSides::find(context, place, m_gazetteer, story);
        const SentenceFacts facts{context, times, place, sides, story, m_gazetteer, published};
        bool datedByVague = false;
        // The sentence that dates the happenings: its own, else the story's (this one, when none came
        // before).
        const int anchor = times.ownDate || story.anchor < 0 ? index : story.anchor;
        for (BuiltEvent &built : EventBuilder(facts).build(datedByVague))
            merger.add(std::move(built), sentences.at(index).start, anchor);
        advance(story, m_gazetteer, index, context, times, place, sides, datedByVague);
    }
    result.events = merger.finish();
    return result;
}

} // namespace kt
