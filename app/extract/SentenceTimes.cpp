#include "extract/SentenceTimes.h"

#include "extract/ExtractionRules.h"

#include <algorithm>

namespace kt {

namespace {

// A date outside what is claimed, or right after the reporting verb ("a déclaré dimanche"), is the day of
// the saying.
bool datesSaying(const SentenceContext &sentence, const TimeExpression &time) {
    return sentence.attribution && sentence.attribution->hasVerb && time.kind == TimeExpression::Kind::Date &&
           (!sentence.content.contains(time.start) ||
            std::abs(time.start - sentence.attribution->verbEnd) <= 3);
}

} // namespace

SentenceTimes SentenceTimes::resolve(const SentenceContext &sentence, const NarrativeState &story,
                                     Day published) {
    SentenceTimes times;
    const QString &text = sentence.text();
    const auto &attribution = sentence.attribution;
    // A communiqué's own words are dated from the day it was issued.
    const bool speaksFromReport = story.isReport && story.day && !sentence.speaker.faction.isEmpty() &&
                                  sentence.speaker.faction == story.context.faction;
    times.context.reference = speaksFromReport ? *story.day : published;
    times.context.narrative = story.day;
    times.context.narrativeSpan = story.span;
    times.context.futureStart = static_cast<int>(TemporalTagger::futureAt(sentence.folded, text));
    times.context.future = times.context.futureStart >= 0;
    times.context.english = story.english;
    times.all = TemporalTagger::tagWords(text, sentence.words, times.context);
    // A sentence that gives the day of its own saying ("Last Friday, it said it had seized …") is a new
    // statement, not the communiqué the story relays: its days are read again, from the publication.
    if (speaksFromReport &&
        std::any_of(times.all.cbegin(), times.all.cend(),
                    [&](const TimeExpression &time) { return datesSaying(sentence, time); })) {
        times.context.reference = published;
        times.all = TemporalTagger::tagWords(text, sentence.words, times.context);
    }
    // "hier (samedi) soir": the day named in brackets says which day the speaker's "hier" is.
    const QList<TimeExpression> tagged = times.all;
    times.all.removeIf([&](const TimeExpression &relative) {
        return relative.kind == TimeExpression::Kind::Date &&
               std::any_of(tagged.cbegin(), tagged.cend(), [&](const TimeExpression &named) {
                   const QStringView between =
                       QStringView(sentence.folded)
                           .mid(relative.end, std::max(0, named.start - relative.end));
                   // "hier (samedi)", and "ce matin 21 juillet 2022": the date written next to a day told
                   // from the report's says which day it is.
                   const QStringView told =
                       QStringView(sentence.folded).mid(relative.start, relative.end - relative.start);
                   const bool fromReport =
                       told.startsWith(QLatin1String("ce ")) || told.startsWith(QLatin1String("cette ")) ||
                       told.startsWith(QLatin1String("hier")) || told.startsWith(QLatin1String("aujourd")) ||
                       told.startsWith(QLatin1String("this ")) || told.startsWith(QLatin1String("today")) ||
                       told.startsWith(QLatin1String("yesterday"));
                   return named.kind == TimeExpression::Kind::Date && named.start > relative.end &&
                          (between.trimmed() == QLatin1String("(") ||
                           (fromReport &&
                            (between.trimmed().isEmpty() || between.trimmed() == QLatin1String(","))));
               });
    });

    if (attribution && attribution->hasVerb) {
        for (const TimeExpression &time : std::as_const(times.all)) {
            if (datesSaying(sentence, time)) {
                times.saidOn = time;
                break;
            }
        }
    }
    // Something shown or made known on a day ("images broadcast on Thursday", "a annoncé jeudi") dates the
    // report; what it tells happened on or before that day.
    if (!times.saidOn) {
        const QRegularExpression &shown = ExtractionRules::bundled().pattern(ExtractionRules::ShownOn);
        for (const TimeExpression &time : std::as_const(times.all)) {
            const int from = std::max(0, time.start - 30);
            if (time.kind == TimeExpression::Kind::Date &&
                shown.match(QStringView(sentence.folded).mid(from, time.start - from)).hasMatch()) {
                times.saidOn = time;
                break;
            }
        }
    }
    // Quoted words are dated from the day they were said; words said on a day nobody gives ("“…, which was
    // handed over this morning,” the army said"), in a report of the day before publication, from that day.
    std::optional<Day> saidDay;
    if (times.saidOn)
        saidDay = times.saidOn->to;
    else if (!story.isReport && story.day && *story.day == published - 1)
        saidDay = story.day;
    if (saidDay && !sentence.quotes.isEmpty()) {
        TemporalTagger::Context quoted = times.context;
        quoted.reference = *saidDay;
        for (const Span &quote : sentence.quotes) {
            times.all.removeIf([&quote](const TimeExpression &time) { return quote.contains(time.start); });
            const QString words = text.mid(quote.start, quote.end - quote.start);
            quoted.future = TemporalTagger::speaksOfFuture(words);
            for (TimeExpression time : TemporalTagger::tag(words, quoted)) {
                time.start += quote.start;
                time.end += quote.start;
                times.all.append(time);
            }
        }
        std::sort(times.all.begin(), times.all.end(),
                  [](const TimeExpression &a, const TimeExpression &b) { return a.start < b.start; });
    }
    const auto pick =
        [&](std::initializer_list<TimeExpression::Kind> kinds) -> std::optional<TimeExpression> {
        std::optional<TimeExpression> outside;
        for (const auto &time : std::as_const(times.all)) {
            if (std::find(kinds.begin(), kinds.end(), time.kind) == kinds.end() ||
                (times.saidOn && time.start == times.saidOn->start))
                continue;
            if (sentence.content.contains(time.start))
                return time;
            if (!outside)
                outside = time;
        }
        return outside;
    };
    times.ownDate = pick({TimeExpression::Kind::Date, TimeExpression::Kind::Relative});
    times.vague = pick({TimeExpression::Kind::Vague, TimeExpression::Kind::Since});
    times.asOf = pick({TimeExpression::Kind::AsOf});
    times.deadline = pick({TimeExpression::Kind::Deadline});
    return times;
}

} // namespace kt
