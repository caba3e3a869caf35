#include "extract/EventBuilder.h"

#include "core/DayDate.h"
#include "core/FactionCatalog.h"
#include "extract/ExtractionRules.h"
#include "extract/WrittenCount.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstring>
#include <limits>

namespace kt {

namespace {

TimePrecision precisionOf(Day from, Day to) {
    const int days = to - from;
    if (days <= 0)
        return TimePrecision::Exact;
    return days <= 7 ? TimePrecision::Week : TimePrecision::Month;
}

QString formatCount(double value) {
    QLocale locale(QLocale::French);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(static_cast<qlonglong>(value));
}

QString describeDay(Day day) {
    return QLocale(QLocale::English).toString(DayDate::toDate(day), QStringLiteral("d MMM yyyy"));
}

QString joinFactions(const QStringList &factions) {
    return factions.join(QStringLiteral(", "));
}

const QRegularExpression &rule(ExtractionRules::Pattern which) {
    return ExtractionRules::bundled().pattern(which);
}

// "a base in Djibo, which has been under blockade for three months": a relative clause after a comma tells
// something of its own, with its own days.
const QRegularExpression &relativeClause() {
    // ", qui …", ", which …"; set off by a dash or a bracket too ("le camp Soundiata Keita, -d'où était
    // partie la mutinerie … en août 2020- a été la cible"): group 1 holds the dash or bracket.
    static const QRegularExpression clause(QStringLiteral(
        "(?:,\\s*([-(])?|\\s([-(])\\s*)(?:which|who|where|qui|ou|d'ou|dont|lequel|laquelle)\\b"));
    return clause;
}

} // namespace

double EventBuilder::confidence(bool ownDate, bool storyDate, bool usedLabel, bool usedCoreference,
                                bool placed) {
    double value = 0.85;
    value += ownDate ? 0.1 : 0;
    value -= storyDate ? 0.15 : 0;
    value -= usedLabel ? 0.1 : 0;
    value -= usedCoreference ? 0.15 : 0;
    value -= placed ? 0 : 0.05;
    return std::clamp(value, 0.05, 0.99);
}

EventBuilder::EventBuilder(const SentenceFacts &facts)
    : m_facts(facts)
    , m_happenings(EventClassifier::classifyFolded(
          facts.context.folded.mid(facts.context.content.start,
                                   facts.context.content.end - facts.context.content.start),
          facts.context.words))
    , m_measure(ExtractionRules::bundled().mayMatch(ExtractionRules::Measure, facts.context.words)
                    ? EventClassifier::measureFolded(facts.context.folded)
                    : std::nullopt) {
    if (m_measure)
        m_happenings.removeIf([](const Classification &c) {
            return c.subEventType == QLatin1String("Non-violent transfer of territory");
        });
    const QString &folded = facts.context.folded;
    if (folded.contains(QLatin1Char(',')) || folded.contains(QLatin1Char('-')) ||
        folded.contains(QLatin1Char('('))) {
        for (auto it = relativeClause().globalMatch(folded); it.hasNext();) {
            const auto match = it.next();
            // A clause set off by a dash or a bracket ends at the next one, else at the next comma.
            const QString opening = match.captured(1) + match.captured(2);
            const QChar closing = opening.isEmpty()               ? QLatin1Char(',')
                                  : opening == QLatin1String("(") ? QLatin1Char(')')
                                                                  : QLatin1Char('-');
            const int end = static_cast<int>(folded.indexOf(closing, match.capturedEnd(0)));
            m_relativeClauses.append(
                {static_cast<int>(match.capturedStart(0)), end < 0 ? static_cast<int>(folded.size()) : end});
        }
    }
}

Event EventBuilder::base(const Classification &what, const QStringList &sides) const {
    const SentenceContext &context = m_facts.context;
    Event event;
    event.eventType = what.eventType;
    event.subEventType = what.subEventType;
    event.status = what.status;
    event.factions = sides;
    event.actors = m_facts.sides.actors;
    event.location = m_facts.place.location;
    event.placeText = m_facts.place.placeText;
    event.claimedBy = context.speaker.claimant;
    event.claimantFaction = context.speaker.faction;
    event.quote = context.text();
    event.charStart = context.sentence->start;
    event.charEnd = context.sentence->end;
    // The date's part of the confidence is added when the event is dated (setDate, dateFromStory).
    event.confidence =
        confidence(false, false, m_facts.sides.usedLabel, m_facts.sides.usedCoreference, m_facts.place.named);
    return event;
}

void EventBuilder::setRange(Event &event, Day from, Day to) const {
    event.dateStart = from;
    event.dateEnd = to;
    event.precision = precisionOf(from, to);
}

void EventBuilder::setDate(Event &event, const TimeExpression &time) const {
    event.dateStart = time.from;
    event.dateEnd = time.to;
    event.precision = time.precision;
    event.confidence += 0.1;
}

// No date of its own. A sentence that goes on telling a dated happening ("On Sunday gunmen attacked the post.
// Twelve soldiers were killed.") is at the story's day (its range when the story's day is one); a day known
// only from a statement or the publication covers the week up to it. The day being inherited, not read,
// lowers the confidence, not the precision of a day the report gives.
void EventBuilder::dateFromStory(Event &event) const {
    const NarrativeState &story = m_facts.story;
    const Day day = story.day.value_or(m_facts.published);
    if (story.isReport || !story.day) {
        setRange(event, day - 6, day);
        event.precision = std::max(event.precision, TimePrecision::Week);
    } else {
        setRange(event, day - story.span, day);
    }
    event.confidence -= 0.15;
}

// The event's track, by its sides, its place's country (else the story's) and its days.
QString EventBuilder::trackOf(const Event &event) const {
    const QString &country =
        m_facts.place.country.isEmpty() ? m_facts.story.lastCountry : m_facts.place.country;
    if (event.dateStart == 0 && event.dateEnd == 0)
        return m_facts.gazetteer.trackFor(event.factions, country);
    return m_facts.gazetteer.trackFor(event.factions, country, event.dateStart, event.dateEnd);
}

QList<BuiltEvent> EventBuilder::build(bool &datedByVague) const {
    const SentenceTimes &times = m_facts.times;
    // What is still to come and has a due date is planned for that date; a happening with a past day of its
    // own ("MINUSMA, which left its Kidal camp on Oct. 31, is due to leave Gao by …") happened.
    // A happening told before the sentence turns to the future ("US troops have finished withdrawing from
    // Niamey, and will leave Agadez before a September 15 deadline") is done; what is due is the rest.
    const bool plannedHappenings =
        times.deadline && times.context.future &&
        std::any_of(m_happenings.cbegin(), m_happenings.cend(),
                    [this](const Classification &what) { return !toldBeforeFuture(what); }) &&
        !(times.ownDate && times.ownDate->to < m_facts.published);
    QList<BuiltEvent> built;
    if (auto count = measure())
        built << *count;
    if (auto due = deadline(plannedHappenings))
        built << *due;
    built += happenings(plannedHappenings, datedByVague);
    if (m_happenings.isEmpty() && !m_measure && !times.deadline)
        if (auto said = statement())
            built << *said;
    for (BuiltEvent &one : built)
        one.event.track = trackOf(one.event);
    return built;
}

std::optional<BuiltEvent> EventBuilder::measure() const {
    if (!m_measure)
        return std::nullopt;
    const SentenceTimes &times = m_facts.times;
    const QString &folded = m_facts.context.folded;
    const QString initiator = m_facts.sides.factions.value(0);
    const QString &location = m_facts.place.location;
    Classification what{QStringLiteral("Strategic developments"),
                        QStringLiteral("Other"),
                        EventStatus::Measure,
                        QStringLiteral("count"),
                        false,
                        false,
                        m_measure->start,
                        m_measure->end,
                        QString()};
    Event event = base(what, m_facts.sides.factions);
    if (const auto day = times.asOf ? times.asOf : times.ownDate)
        setDate(event, *day);
    else
        setRange(event, m_facts.published, m_facts.published);
    event.value = m_measure->value;
    event.unit = m_measure->unit;
    const auto qualifier =
        rule(ExtractionRules::Qualifier).match(QStringView(folded).mid(std::max(0, m_measure->start)));
    static const QHash<QString, QString> english{{QStringLiteral("au moins"), QStringLiteral("at least ")},
                                                 {QStringLiteral("pres de"), QStringLiteral("nearly ")},
                                                 {QStringLiteral("plus de"), QStringLiteral("more than ")},
                                                 {QStringLiteral("environ"), QStringLiteral("about ")}};
    const QString prefix =
        qualifier.hasMatch() && qualifier.capturedStart(0) == 0
            ? english.value(qualifier.captured(1), qualifier.captured(1) + QLatin1Char(' '))
            : QString();
    // Gone, still to go, or just counted.
    const bool toGo = times.context.future;
    const bool gone = !toGo && rule(ExtractionRules::MeasureGone).match(folded).hasMatch();
    // A count is news when it says how many have gone or are still to go, or is dated as a count ("as of",
    // "à ce jour"); a number in passing ("where around 650 soldiers were stationed") is not.
    if (!toGo && !gone && !times.asOf)
        return std::nullopt;
    event.summary = QStringLiteral("%1: %2%3 %4 %5")
                        .arg(initiator.isEmpty() ? QStringLiteral("Count") : initiator, prefix,
                             formatCount(m_measure->value), event.unit,
                             gone   ? QStringLiteral("gone")
                             : toGo ? QStringLiteral("still to leave")
                                    : QStringLiteral("counted"));
    if (!location.isEmpty() && (gone || toGo))
        event.summary += (gone ? QStringLiteral(" from ") : QStringLiteral(" ")) + location;
    return BuiltEvent{event, what.action, QString()};
}

std::optional<BuiltEvent> EventBuilder::deadline(bool plannedHappenings) const {
    const SentenceTimes &times = m_facts.times;
    if (!times.deadline || plannedHappenings)
        return std::nullopt;
    const SentenceContext &context = m_facts.context;
    const QString initiator = m_facts.sides.factions.value(0);
    Classification what{QStringLiteral("Strategic developments"),
                        QStringLiteral("Other"),
                        EventStatus::Planned,
                        QStringLiteral("due"),
                        false,
                        false,
                        times.deadline->start,
                        times.deadline->end,
                        QString()};
    Event event = base(what, m_facts.sides.factions);
    setDate(event, *times.deadline);
    // The place of what is due, when a dated happening, or one done, comes first: the first named after it.
    int dueFrom = -1;
    if (times.ownDate && times.ownDate->end <= times.deadline->start)
        dueFrom = times.ownDate->end;
    else if (std::any_of(m_happenings.cbegin(), m_happenings.cend(),
                         [this](const Classification &happening) { return toldBeforeFuture(happening); }))
        dueFrom = times.context.futureStart;
    if (dueFrom >= 0) {
        for (const Mention &mention : context.mentions) {
            if (mention.kind == Mention::Kind::Place && mention.start >= dueFrom &&
                !SentencePlace::isDestination(context.folded, mention.start)) {
                const int start = SentencePlace::prefixStart(context.folded, mention.start);
                event.location = mention.canonical;
                event.placeText = context.text().mid(start, mention.end - start);
                break;
            }
        }
    }
    const bool isWithdrawal = rule(ExtractionRules::Withdrawal).match(context.folded).hasMatch();
    const QString subject = (initiator.isEmpty() ? QString() : initiator + QLatin1Char(' ')) +
                            (isWithdrawal ? QStringLiteral("withdrawal") : QStringLiteral("deadline"));
    event.summary = times.deadline->after
                        ? QStringLiteral("%1: planned after %2")
                              .arg(initiator.isEmpty() ? QStringLiteral("Plan") : initiator,
                                   describeDay(times.deadline->from))
                        : QStringLiteral("%1 due by %2").arg(subject, describeDay(times.deadline->to));
    if (!event.location.isEmpty() && event.location != QLatin1String("Mali"))
        event.summary += QStringLiteral(" \u00b7 ") + event.location;
    return BuiltEvent{event, what.action, QString()};
}

QString EventBuilder::title(const Classification &what, const QStringList &sides, const QString &owner,
                            int cue) const {
    const QString &folded = m_facts.context.folded;
    const QString actor = sides.value(0);
    const QStringList others = sides.mid(1);
    const QString &location = m_facts.place.location;
    // Who acts is named before the action's words in their clause, who is hit after them ("l'armée a mené des
    // frappes de drones sur nos positions"); "ses frappes" are the owner's.
    QStringList acting;
    QStringList hit;
    const auto clauseStart = static_cast<int>(folded.lastIndexOf(QLatin1Char(','), cue));
    for (const QString &side : sides) {
        // A side the sentence does not name (the story's, the speaker's) acts when it comes first.
        const int at = m_facts.sides.firstNamedAt.value(side, side == actor ? clauseStart + 1 : cue);
        (side == owner || (at > clauseStart && at < cue) ? acting : hit).append(side);
    }
    QString summary;
    if (const QStringList forms = ExtractionRules::bundled().titleForms(what.action); !forms.isEmpty()) {
        const int which = acting.isEmpty() ? (hit.isEmpty() ? 3 : 2) : (hit.isEmpty() ? 1 : 0);
        summary = QString(forms.at(which))
                      .replace(QLatin1String("%1"), joinFactions(acting))
                      .replace(QLatin1String("%2"), joinFactions(hit));
    } else if (what.action == QLatin1String("fought")) {
        summary = sides.size() > 1  ? QStringLiteral("%1 and %2 fought").arg(actor, joinFactions(others))
                  : sides.isEmpty() ? QStringLiteral("Fighting")
                                    : QStringLiteral("Fighting involving %1").arg(actor);
    } else if (what.action == QLatin1String("left") || what.action == QLatin1String("took control of")) {
        summary = QStringLiteral("%1 %2 %3").arg(actor, what.action, location);
    } else {
        summary = QStringLiteral("%1 %2%3").arg(
            actor, what.action,
            others.isEmpty() || what.action.startsWith(QLatin1String("cut"))
                ? QString()
                : (what.action == QLatin1String("adopted a resolution") ? QStringLiteral(" on ")
                                                                        : QStringLiteral(" ")) +
                      joinFactions(others));
    }
    // An action whose object the sentence leaves unnamed ("cut ties with", "arrived in") ends on its verb.
    summary = summary.trimmed();
    for (const char *word : {" in", " with", " to", " of", " on", " against", " from", " at"})
        if (summary.endsWith(QLatin1String(word))) {
            summary.chop(static_cast<qsizetype>(std::strlen(word)));
            break;
        }
    return summary;
}

// Who tells the happening: a speaker that the happening's own clause names after the sentence's ("it said it
// had seized a base …, although the army said it had repelled the attack"), else the sentence's.
Speaker EventBuilder::speakerOf(int cue) const {
    const SentenceContext &context = m_facts.context;
    const auto &attribution = context.attribution;
    const int clauseStart = static_cast<int>(context.folded.lastIndexOf(QLatin1Char(','), cue)) + 1;
    const ExtractionRules &rules = ExtractionRules::bundled();
    if (!attribution || !attribution->hasVerb || clauseStart <= attribution->verbEnd ||
        !rules.mayMatch(ExtractionRules::ReportingVerbs, context.words))
        return context.speaker;
    const auto verb = rules.pattern(ExtractionRules::ReportingVerbs)
                          .match(QStringView(context.folded).mid(clauseStart, cue - clauseStart));
    if (!verb.hasMatch())
        return context.speaker;
    const int verbStart = clauseStart + static_cast<int>(verb.capturedStart(0));
    // The first side named between the clause's start and its verb.
    QString faction;
    int at = verbStart;
    for (auto it = m_facts.sides.firstNamedAt.cbegin(); it != m_facts.sides.firstNamedAt.cend(); ++it)
        if (it.value() >= clauseStart && it.value() < at) {
            faction = it.key();
            at = it.value();
        }
    if (faction.isEmpty())
        return context.speaker;
    const auto named = std::find_if(context.mentions.cbegin(), context.mentions.cend(),
                                    [at](const Mention &m) { return m.start == at; });
    return Speaker{named != context.mentions.cend() ? named->written : faction, faction};
}

// Sides of a happening: "ses frappes" are the speaker's (or the last actor's) strikes; the side that claims
// responsibility ("a revendiqué l'attaque") carried it out; a decision with no side named is the state's
// (the country's government or army, by the happening's default label).
QStringList EventBuilder::sidesOf(const Classification &what, int cue, const Speaker &teller,
                                  QString &owner) const {
    const SentenceContext &context = m_facts.context;
    const auto &attribution = context.attribution;
    const QString &speaker = teller.faction;
    const bool violent = what.eventType != QLatin1String("Strategic developments") &&
                         what.eventType != QLatin1String("Protests");
    QStringList sides = m_facts.sides.rolesFor(context, cue, context.content.start + what.cueEnd, violent);
    // "a revendiqué l'attaque", "has claimed responsibility for an attack": the speaker carried it out.
    const QStringView said =
        attribution ? QStringView(context.folded)
                          .mid(attribution->verbStart, attribution->verbEnd - attribution->verbStart + 16)
                    : QStringView();
    const bool responsibility =
        attribution && attribution->hasVerb && !speaker.isEmpty() &&
        (said.contains(QLatin1String("revendiqu")) || said.contains(QLatin1String(" responsibility")));
    if (responsibility || rule(ExtractionRules::Possessive)
                              .match(QStringView(context.folded).mid(std::max(0, cue - 8), std::min(8, cue)))
                              .hasMatch()) {
        owner = !speaker.isEmpty() ? speaker : m_facts.story.lastInitiator;
        if (!owner.isEmpty()) {
            sides.removeAll(owner);
            sides.prepend(owner);
        }
    }
    // What a side says it did or decided ("affirme s'être retirée", "had withdrawn", "a exigé son départ") is
    // that side's doing.
    const bool decision = !what.defaultActor.isEmpty();
    // A decision told in a relative clause ("… tués lors de deux attaques, qui a décrété la mobilisation
    // contre les violences djihadistes") is of the sides that clause names before its words, else of the
    // country's authorities (below).
    if (const int from = clauseOf(cue).first; decision && from >= 0) {
        sides.removeIf([&](const QString &faction) {
            const int at = m_facts.sides.firstNamedAt.value(faction, -1);
            return at < from || at >= cue;
        });
    }
    // "The town came under drone attack again on Sunday, a spokesperson for the CSP said": the speaker's side
    // was hit, by someone it does not name.
    const QString unnamed = QStringLiteral("Unidentified armed group");
    if (violent && !speaker.isEmpty() && speaker != QLatin1String("Civilians") &&
        std::all_of(sides.cbegin(), sides.cend(),
                    [&](const QString &side) { return side == speaker || side == unnamed; }) &&
        SentenceSides::toldAsHit(context, cue, context.content.start + what.cueEnd))
        sides = QStringList{unnamed, speaker};
    const auto speakerIsSubject = [&] {
        return rule(ExtractionRules::SpeakerSubject)
            .match(QStringView(context.folded).mid(std::max(0, cue - 24), std::min(24, cue)))
            .hasMatch();
    };
    if (!speaker.isEmpty() && speaker != QLatin1String("Civilians") &&
        ((decision && attribution) || sides.isEmpty() || (attribution && speakerIsSubject()))) {
        sides.removeAll(speaker);
        sides.prepend(speaker);
    }
    // Two speakers of one sentence telling one fight ("it said it had seized a base, although the army said
    // it had repelled the attack") are its two sides.
    if (violent && teller.faction != context.speaker.faction && !context.speaker.faction.isEmpty() &&
        !sides.contains(context.speaker.faction))
        sides.append(context.speaker.faction);
    // Those a kind of happening names by itself ("protests": Protesters) act in it, whoever else is named.
    if (decision && !m_facts.gazetteer.isLabel(what.defaultActor) && sides.value(0) != what.defaultActor) {
        sides.removeAll(what.defaultActor);
        sides.prepend(what.defaultActor);
    }
    // A decision of the state (a national mourning, an investigation) is never a non-state group's: the group
    // named ("en mémoire des victimes de l'attaque perpétrée par des individus armés") is what it is about.
    const bool stateDecision = what.defaultActor == QLatin1String("the state");
    if (decision &&
        (sides.isEmpty() || (stateDecision && ExtractionRules::bundled().isNonState(sides.first())))) {
        const Gazetteer &gazetteer = m_facts.gazetteer;
        const QString actor =
            gazetteer.isLabel(what.defaultActor)
                ? gazetteer.resolveLabel(what.defaultActor, speaker, m_facts.place.location, storyCountry())
                : what.defaultActor;
        sides.removeAll(actor);
        sides.prepend(actor);
    }
    // An operation launched against a group named after its words ("une opération de ratissage a été lancée
    // pour retrouver les assaillants", "a pursuit operation has been launched and two suspected attackers
    // arrested") is the state's forces' (the label "the army" of the story's country); the group is its
    // target.
    if (what.action == QLatin1String("launched an operation against") && !sides.isEmpty() &&
        ExtractionRules::bundled().isNonState(sides.first()) &&
        m_facts.sides.firstNamedAt.value(sides.first(), -1) > cue) {
        const QString army = m_facts.gazetteer.resolveLabel(QStringLiteral("the army"), speaker,
                                                            m_facts.place.location, storyCountry());
        if (army != FactionCatalog::otherFactionName()) {
            sides.removeAll(army);
            sides.prepend(army);
        }
    }
    return sides;
}

// The country the sentence's story is in: the one it names, else the last one named, else the article's.
QString EventBuilder::storyCountry() const {
    const NarrativeState &story = m_facts.story;
    return !m_facts.place.country.isEmpty() ? m_facts.place.country
           : !story.lastCountry.isEmpty()   ? story.lastCountry
                                            : story.documentCountry;
}

// The relative clause the words at `cue` are in ("…, qui a décrété …", "…, who came to power in July 2023,
// had …": from its comma to the next comma or the end), or {-1, -1} for the main clause.
std::pair<int, int> EventBuilder::clauseOf(int cue) const {
    for (const auto &[start, end] : m_relativeClauses) {
        if (start > cue)
            break;
        if (cue < end)
            return {start, end};
    }
    return {-1, -1};
}

// The days of the happening's clause: "… ont été tués samedi et dimanche lors de deux attaques, qui a
// décrété cette semaine la mobilisation" (the decree is of the week, the deaths of the weekend); "the rulers,
// who came to power in July 2023, had terminated the deal in March". A clause that tells no day of its own
// takes the sentence's.
EventBuilder::ClauseTimes EventBuilder::clauseTimes(int cue) const {
    const SentenceTimes &times = m_facts.times;
    const SentenceContext &context = m_facts.context;
    const auto clause = clauseOf(cue);
    ClauseTimes found;
    for (const TimeExpression &time : times.all) {
        if (clauseOf(time.start) != clause || !context.content.contains(time.start) ||
            (times.saidOn && time.start == times.saidOn->start))
            continue;
        using Kind = TimeExpression::Kind;
        if (!found.own && (time.kind == Kind::Date || time.kind == Kind::Relative))
            found.own = time;
        if (!found.vague && (time.kind == Kind::Vague || time.kind == Kind::Since))
            found.vague = time;
    }
    if (!found.own && !found.vague) {
        // The main clause does not take a day told only in a relative clause ("le camp, -d'où était partie la
        // mutinerie … en août 2020- a été la cible d'une attaque").
        const auto notOthers =
            [&](const std::optional<TimeExpression> &time) -> std::optional<TimeExpression> {
            if (time && clause.first < 0 && clauseOf(time->start).first >= 0)
                return std::nullopt;
            return time;
        };
        return {notOthers(times.ownDate), notOthers(times.vague)};
    }
    return found;
}

// Whether the happening's words come before the sentence's first word of the future ("have finished
// withdrawing …, and will leave …"): it is told as done.
bool EventBuilder::toldBeforeFuture(const Classification &what) const {
    const int future = m_facts.times.context.futureStart;
    return future >= 0 && what.cueEnd >= 0 && m_facts.context.content.start + what.cueEnd <= future;
}

// Something still going on is dated by when it began ("lancée récemment"), a happening by its day, a decision
// made known by saying it by the day it was said; one that is only said to be known on the day of a
// statement, by the week up to it. Returns whether the day is the sentence's own (false: the story's, or
// the week up to a statement).
bool EventBuilder::dateHappening(Event &event, const Classification &what, int cue, bool plannedHappenings,
                                 bool &datedByVague) const {
    const SentenceTimes &times = m_facts.times;
    const auto [own, vague] = clauseTimes(cue);
    const int vagueStart = vague ? vague->start : 0;
    const bool clauseBetween = std::any_of(
        m_relativeClauses.cbegin(), m_relativeClauses.cend(),
        [cue, vagueStart](const auto &clause) { return clause.first >= cue && clause.first < vagueStart; });
    const bool vagueOwn = vague && !(vague->start > cue && clauseBetween);
    bool ownDay = true;
    if (plannedHappenings && !toldBeforeFuture(what)) {
        setDate(event, *times.deadline);
        event.status = EventStatus::Planned;
    } else if (!what.defaultActor.isEmpty() && times.saidOn && !own) {
        setDate(event, *times.saidOn);
    } else if (vagueOwn && (what.status == EventStatus::Ongoing || !own)) {
        setDate(event, *vague);
        if (vague->kind == TimeExpression::Kind::Since && event.status == EventStatus::Occurred)
            event.status = EventStatus::Ongoing;
        datedByVague = vague->kind == TimeExpression::Kind::Vague && event.status == EventStatus::Occurred;
    } else if (own) {
        setDate(event, *own);
    } else if (times.saidOn) {
        setRange(event, times.saidOn->to - 6, times.saidOn->to);
        ownDay = false;
    } else {
        dateFromStory(event);
        ownDay = false;
    }
    if (event.dateStart > m_facts.published && event.status == EventStatus::Occurred)
        event.status = EventStatus::Planned;
    return ownDay;
}

// A general trend ("depuis plusieurs années, le Niger est confronté aux violences", "attacks have spread",
// "recurring attacks") or happenings counted over a month, with no day of their own and no place unless told
// in the plural, are the story's background, not a happening on the timeline.
bool EventBuilder::isBackground(const Classification &what) const {
    if (m_facts.times.ownDate || what.eventType == QLatin1String("Strategic developments"))
        return false;
    // Told in the plural ("recurring jihadist attacks", "les assauts"), a place does not make one happening.
    const bool plural = toldInPlural(what);
    if (m_facts.place.named && !plural)
        return false;
    // Happenings counted over a month or a season, at no place ("two major attacks against the army in
    // just the last month"): a summary of what the report tells one by one, if at all.
    if (plural && !m_facts.place.named && m_facts.times.vague &&
        m_facts.times.vague->kind == TimeExpression::Kind::Vague &&
        m_facts.times.vague->to - m_facts.times.vague->from >= 27)
        return true;
    return rule(ExtractionRules::Background).match(m_facts.context.folded).hasMatch();
}

// Whether the happening's words are in the plural ("attacks", "les assauts").
bool EventBuilder::toldInPlural(const Classification &what) const {
    const QString &folded = m_facts.context.folded;
    const int cueEnd = m_facts.context.content.start + what.cueEnd;
    return cueEnd > 0 && cueEnd <= folded.size() && folded.at(cueEnd - 1) == QLatin1Char('s');
}

// Each place named with its own day, in turn ("in the Tahoua region on May 24 and the Dosso region on May
// 26", "le 4 mai à Ménaka et le 6 à Anderamboukane"): the days, when places and days alternate.
QList<TimeExpression> EventBuilder::daysInTurn() const {
    QList<TimeExpression> days;
    for (const TimeExpression &time : m_facts.times.all)
        if (time.kind == TimeExpression::Kind::Date && time.from == time.to)
            days << time;
    const QList<SentencePlace::Named> &places = m_facts.place.all;
    if (days.size() < 2 || days.size() != places.size())
        return {};
    const bool placeFirst = places.first().start < days.first().start;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const int place = places.at(i).start;
        const int time = days.at(i).start;
        const int next = i + 1 < days.size() ? std::min(places.at(i + 1).start, days.at(i + 1).start)
                                             : static_cast<int>(m_facts.context.folded.size());
        if ((placeFirst ? place > time : time > place) || std::max(place, time) > next)
            return {};
    }
    return days;
}

// One event per day and place of a list the sentence distributes ("les postes de A et de B ont été évacués,
// respectivement le 4 et le 6 mai", or each place with its day): the n-th day goes with the n-th place
// named, when there are as many. Where the sentence tells several kinds of happening, each with its place
// and day ("le convoi a quitté Gao le 3 mai et est arrivé à Kidal le 5 mai"), each takes the first place and
// day told after its words.
QList<BuiltEvent> EventBuilder::distributed(const BuiltEvent &built, const QString &title, int cue) const {
    QList<TimeExpression> days;
    for (const TimeExpression &time : m_facts.times.all)
        if (time.respectively)
            days << time;
    const bool inTurn = days.size() < 2;
    if (inTurn)
        days = daysInTurn();
    if (days.size() < 2 || built.event.status == EventStatus::Planned)
        return {built};
    const QList<SentencePlace::Named> &places = m_facts.place.all;
    const auto placed = [&](qsizetype i) {
        BuiltEvent one = built;
        setDate(one.event, days.at(i));
        one.event.confidence = built.event.confidence;
        if (places.size() == days.size()) {
            one.event.location = places.at(i).location;
            one.event.placeText = places.at(i).placeText;
        }
        one.event.summary = title;
        if (!one.event.location.isEmpty())
            one.event.summary += QStringLiteral(" \u00b7 ") + one.event.placeText;
        return one;
    };
    if (inTurn && m_happenings.size() > 1) {
        for (qsizetype i = 0; i < days.size(); ++i)
            if (std::min(places.at(i).start, days.at(i).start) > cue)
                return {placed(i)};
        return {built};
    }
    QList<BuiltEvent> each;
    for (qsizetype i = 0; i < days.size(); ++i)
        each << placed(i);
    return each;
}

// One event per place of a list that gives each place its own toll ("killing six in Dinguiri, two in Ménè",
// "tuant douze personnes à A et cinq à B"): each place counted is an event, its count the fatalities when the
// sentence tells killing. Places named without a count of their own make none, unless the happenings are
// told in the plural, or counted, as many as the places.
QList<BuiltEvent> EventBuilder::perPlace(const BuiltEvent &built, const QString &title, bool plural) const {
    if (built.event.status != EventStatus::Occurred ||
        built.event.eventType == QLatin1String("Strategic developments"))
        return {built};
    const QString &folded = m_facts.context.folded;
    QList<std::pair<SentencePlace::Named, int>> counted;
    for (const SentencePlace::Named &place : m_facts.place.all) {
        const auto match =
            ExtractionRules::bundled().matchBefore(ExtractionRules::PlaceCount, folded, place.start, 60);
        if (!match.hasMatch())
            continue;
        // A count no toll can be ("7777777777777 in Anefis") is no count: it is not converted.
        const double count = WrittenCount::read(match.captured(1));
        counted.append(
            {place, count > 0 && count <= std::numeric_limits<int>::max() ? static_cast<int>(count) : 0});
    }
    if (counted.size() < 2) {
        // "Deux attaques … ont eu lieu lundi à Tessit et à Boni", "the towns of Nioro, Sandare and Gogui had
        // sustained attacks": as many happenings as places named.
        const auto numbered = rule(ExtractionRules::NumberedHappenings).match(folded);
        const bool asMany =
            numbered.hasMatch()
                ? static_cast<qsizetype>(WrittenCount::read(numbered.captured(1))) == m_facts.place.all.size()
                : plural;
        if (!asMany || m_facts.place.all.size() < 2)
            return {built};
        for (const SentencePlace::Named &place : m_facts.place.all)
            counted.append({place, 0});
    }
    const bool killing = rule(ExtractionRules::Killing).match(folded).hasMatch();
    QList<BuiltEvent> each;
    for (const auto &[place, count] : std::as_const(counted)) {
        BuiltEvent one = built;
        one.event.location = place.location;
        one.event.placeText = place.placeText;
        if (killing && count > 0)
            one.event.fatalities = count;
        one.event.summary = title + QStringLiteral(" \u00b7 ") + place.placeText;
        each << one;
    }
    return each;
}

// "L'attaque de ce camion, ainsi que celle du village de Tizigourou", "the attack on the convoy and that on
// Boni": a second happening of the kind, at the place named after "celle de", "that on" (rule
// "also_that_of"); the first keeps the story's place when the sentence names no other.
QList<BuiltEvent> EventBuilder::alsoThatOf(const BuiltEvent &built, const QString &title) const {
    if (built.event.status != EventStatus::Occurred)
        return {built};
    const auto also =
        std::find_if(m_facts.place.all.cbegin(), m_facts.place.all.cend(), [this](const auto &place) {
            return ExtractionRules::bundled().matchesBefore(ExtractionRules::AlsoThatOf,
                                                            m_facts.context.folded, place.start, 50);
        });
    if (also == m_facts.place.all.cend())
        return {built};
    const auto placed = [&title](BuiltEvent one, const QString &location, const QString &placeText) {
        one.event.location = location;
        one.event.placeText = placeText;
        one.event.summary = placeText.isEmpty() ? title : title + QStringLiteral(" \u00b7 ") + placeText;
        return one;
    };
    BuiltEvent first = built;
    if (first.event.location == also->location)
        first = placed(first, m_facts.story.lastPlace, QString());
    BuiltEvent second = placed(built, also->location, also->placeText);
    second.retelling = false;
    return {first, second};
}

QList<BuiltEvent> EventBuilder::happenings(bool plannedHappenings, bool &datedByVague) const {
    const SentenceContext &context = m_facts.context;
    const auto deaths = ExtractionRules::bundled().mayMatch(ExtractionRules::Fatalities, context.words)
                            ? EventClassifier::fatalitiesFolded(context.folded.mid(
                                  context.content.start, context.content.end - context.content.start))
                            : std::nullopt;
    QList<BuiltEvent> built;
    for (Classification what : m_happenings) {
        if (isBackground(what))
            continue;
        // A decision told in a relative clause that gives it no day of its own says who the subject is ("the
        // junta, which seized power, expelled …"): no happening.
        if (const auto clause = clauseOf(context.content.start + what.cueStart);
            clause.first >= 0 && what.eventType == QLatin1String("Strategic developments") &&
            std::none_of(m_facts.times.all.cbegin(), m_facts.times.all.cend(),
                         [&](const TimeExpression &time) { return clauseOf(time.start) == clause; }))
            continue;
        // Told again in a relative clause: a happening only when the clause gives it a day or a month of its
        // own (not "the junta, which came to power in 2020").
        if (what.toldAgainInClause) {
            const int at = context.content.start + what.cueStart;
            const auto [own, vague] = clauseTimes(at);
            const auto dated = own ? own : vague;
            if (clauseOf(at).first < 0 || !dated || clauseOf(dated->start) != clauseOf(at) ||
                dated->to - dated->from > 31)
                continue;
        }
        const int cue = context.content.start + what.cueStart;
        QString owner;
        const Speaker teller = speakerOf(cue);
        QStringList sides = sidesOf(what, cue, teller, owner);
        const QString actor = sides.value(0);
        // Territory taken by a non-state group is overtaken, not regained (ACLED codebook, Battles).
        if (what.subEventType == QLatin1String("Government regains territory") &&
            ExtractionRules::bundled().isNonState(actor))
            what.subEventType = QStringLiteral("Non-state actor overtakes territory");
        // An armed attack on civilians is violence against civilians, not a battle.
        if (what.action == QLatin1String("fought") && sides.size() > 1 &&
            sides.mid(1).contains(QLatin1String("Civilians")) && actor != QLatin1String("Civilians")) {
            what.eventType = QStringLiteral("Violence against civilians");
            what.subEventType = QStringLiteral("Attack");
            what.action = QStringLiteral("attacked");
        }
        // A protest told with violence ("blocked by very violent protesters", "des jets de pierres") is a
        // riot (ACLED: Riots, Violent demonstration, by Rioters).
        if (what.eventType == QLatin1String("Protests") &&
            ExtractionRules::bundled().mayMatch(ExtractionRules::RiotWords, context.words) &&
            rule(ExtractionRules::RiotWords).match(context.folded).hasMatch()) {
            what.eventType = QStringLiteral("Riots");
            what.subEventType = QStringLiteral("Violent demonstration");
            what.action = QStringLiteral("rioted");
            std::replace(sides.begin(), sides.end(), QStringLiteral("Protesters"), QStringLiteral("Rioters"));
        }
        Event event = base(what, sides);
        event.claimedBy = teller.claimant;
        event.claimantFaction = teller.faction;
        const bool ownDay = dateHappening(event, what, cue, plannedHappenings, datedByVague);
        if (deaths && event.status == EventStatus::Occurred &&
            what.eventType != QLatin1String("Strategic developments"))
            event.fatalities = *deaths;
        QString title = this->title(what, sides, owner, cue);
        if (event.status == EventStatus::Planned)
            title += QStringLiteral(" (planned)");
        title = title.trimmed();
        event.summary = title;
        const QString &location = m_facts.place.location;
        if (!location.isEmpty() && !event.summary.endsWith(location))
            event.summary += QStringLiteral(" \u00b7 ") +
                             (m_facts.place.placeText.isEmpty() ? location : m_facts.place.placeText);
        BuiltEvent one{event, what.action, what.initiatorWins ? actor : QString()};
        one.storyDated = !ownDay;
        one.retelling = rule(ExtractionRules::Anaphor)
                            .match(QStringView(context.folded).mid(std::max(0, cue - 24), std::min(24, cue)))
                            .hasMatch() ||
                        (m_happenings.size() == 1 &&
                         rule(ExtractionRules::RetellingSubject).match(context.folded).hasMatch());
        one.sideless = sides.isEmpty() && what.eventType == QLatin1String("Battles");
        one.placed = m_facts.place.named;
        one.ownClause = what.toldAgainInClause;
        // "The attack helped trigger the coup four days later": the day is the other happening's.
        if (one.retelling && m_happenings.size() > 1)
            one.storyDated = true;
        // Places given their days are placed; else each place may be a happening of its own.
        const QList<BuiltEvent> dated = distributed(one, title, cue);
        const bool placedByDay = dated.size() > 1 && m_facts.place.all.size() == dated.size();
        for (const BuiltEvent &day : dated)
            for (const BuiltEvent &placed :
                 placedByDay ? QList<BuiltEvent>{day} : perPlace(day, title, toldInPlural(what)))
                built += alsoThatOf(placed, title);
    }
    return built;
}

std::optional<BuiltEvent> EventBuilder::statement() const {
    const SentenceContext &context = m_facts.context;
    if (context.speaker.claimant.isEmpty())
        return std::nullopt;
    const auto said = EventClassifier::statementFolded(context.folded);
    // What a side says is the news of the events it is about; a statement is an event of its own only when
    // it denies, rejects, condemns or accuses: the claims analysts set against each other.
    if (!said || !rule(ExtractionRules::DenialVerbs).match(context.folded).hasMatch())
        return std::nullopt;
    // A statement is the speaker's, then of whom it names.
    QStringList sides{context.speaker.faction};
    for (const QString &faction : m_facts.sides.named)
        if (!sides.contains(faction))
            sides.append(faction);
    Event event = base(*said, sides);
    const SentenceTimes &times = m_facts.times;
    const NarrativeState &story = m_facts.story;
    if (times.saidOn || times.ownDate)
        setDate(event, times.saidOn ? *times.saidOn : *times.ownDate);
    else if (story.isReport && story.day)
        setRange(event, *story.day, *story.day);
    else
        setRange(event, std::min(story.day.value_or(m_facts.published - 6), m_facts.published),
                 m_facts.published);
    static const QRegularExpression quoted(
        QStringLiteral("\u00ab\\s*([^\u00bb]{3,120}?)\\s*\u00bb|\u201c([^\u201d]{3,120})\u201d"));
    const auto words = quoted.match(context.text());
    event.summary = QStringLiteral("%1 statement").arg(context.speaker.claimant);
    if (words.hasMatch())
        event.summary += QStringLiteral(": \u00ab %1 \u00bb")
                             .arg(words.captured(1).isEmpty() ? words.captured(2) : words.captured(1));
    if (!m_facts.place.location.isEmpty())
        event.summary +=
            QStringLiteral(" \u00b7 ") +
            (m_facts.place.placeText.isEmpty() ? m_facts.place.location : m_facts.place.placeText);
    return BuiltEvent{event, said->action, QString()};
}

} // namespace kt
