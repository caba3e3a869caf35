#include "extract/EventMerger.h"

#include "core/TextNormalizer.h"
#include "extract/ExtractionRules.h"

#include <algorithm>

namespace kt {

namespace {

// Days in common; of two things due, the same due day ("by August 31" and "by September 15" are two
// deadlines, though both run from the report).
bool overlaps(const Event &a, const Event &b) {
    if (a.status == EventStatus::Planned && b.status == EventStatus::Planned && a.dateEnd != b.dateEnd)
        return false;
    return a.dateStart <= b.dateEnd && b.dateStart <= a.dateEnd;
}

bool isViolent(const Event &event) {
    return event.eventType == QLatin1String("Battles") ||
           event.eventType == QLatin1String("Violence against civilians") ||
           event.eventType == QLatin1String("Explosions/Remote violence");
}

bool isUnnamed(const QString &faction) {
    return faction.isEmpty() || faction == QLatin1String("Unidentified armed group");
}

// Whether `broad` is placed in a region as a whole: named as one ("dans la région de Tillabéri") or carried
// from the story ("The Tillaberi region … Twenty soldiers were killed in western Niger"). A region's name
// alone is its capital town ("a helicopter crashed in Kidal").
bool inWholeRegion(const Gazetteer &gazetteer, const Event &broad) {
    static const QRegularExpression regionWord(QStringLiteral("\\b(?:r[eé]gion|province)\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    return !broad.location.isEmpty() && gazetteer.regionOf(broad.location) == broad.location &&
           (broad.placeText.isEmpty() || regionWord.match(broad.placeText).hasMatch());
}

// Whether the account's sentence names `region` as a region ("the village of Tassia in the Tillaberi
// region", "dans la région de Tillabéri"): the rules "region_before" and "region_after" next to its name.
bool namesAsRegion(const Gazetteer &gazetteer, const QString &sentence, const QString &region) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    const QString folded = TextNormalizer::fold(sentence);
    const QList<Mention> mentions = gazetteer.findFolded(sentence, folded, {});
    return std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &mention) {
        return mention.kind == Mention::Kind::Place && mention.canonical == region &&
               (rules.matchesBefore(ExtractionRules::RegionBefore, folded, mention.start, 24) ||
                rules.pattern(ExtractionRules::RegionAfter)
                    .match(QStringView(folded).mid(mention.end, 12))
                    .hasMatch());
    });
}

// Whether `narrow` names where in the region of `broad` it happened: a place of that region, or one the
// gazetteer does not know, told of the same happening ("in western Niger" … "near the village of Tassia").
// The region is the broad account's place as a whole when that account names it as a region, when it was
// carried from the story, or when the narrower account says its place is in that region ("killed in
// Tillaberi" … "the village of Tassia in the Tillaberi region").
bool narrows(const Gazetteer &gazetteer, const Event &broad, const Event &narrow) {
    const QString &place = narrow.location;
    if (place.isEmpty() || place == broad.location || broad.location.isEmpty() ||
        gazetteer.regionOf(broad.location) != broad.location)
        return false;
    const QString within = gazetteer.regionOf(place);
    if (!within.isEmpty() && within != broad.location)
        return false;
    return inWholeRegion(gazetteer, broad) || namesAsRegion(gazetteer, narrow.quote, broad.location);
}

// One place, a place left unsaid, or a region and a place in it.
bool samePlace(const Event &a, const Event &b, const Gazetteer &gazetteer) {
    return a.location == b.location || a.location.isEmpty() || b.location.isEmpty() ||
           narrows(gazetteer, a, b) || narrows(gazetteer, b, a);
}

// Whether two accounts can be of one happening's sides: the same initiator, or one left unnamed, or one's
// sides all among the other's.
bool compatibleSides(const Event &a, const Event &b) {
    const QString x = a.factions.value(0);
    const QString y = b.factions.value(0);
    if (x == y || isUnnamed(x) || isUnnamed(y))
        return true;
    const auto within = [](const QStringList &small, const QStringList &large) {
        return std::all_of(small.cbegin(), small.cend(),
                           [&large](const QString &f) { return large.contains(f); });
    };
    return within(a.factions, b.factions) || within(b.factions, a.factions);
}

// What a second account adds to the first: a named initiator for an unnamed one, the other sides, the place,
// the higher toll, the claim.
void absorb(Event &into, const Event &from, const Gazetteer &gazetteer) {
    const QString named = from.factions.value(0);
    if (isUnnamed(into.factions.value(0)) && !isUnnamed(named) && named != QLatin1String("Civilians")) {
        if (!into.factions.isEmpty())
            into.factions.removeFirst();
        into.factions.removeAll(named);
        into.factions.prepend(named);
        // The title names the side now known ("Fighting involving Unidentified armed group" → "… JNIM"),
        // unless it names that side already (as the one hit).
        if (!into.summary.contains(named))
            into.summary.replace(QLatin1String("Unidentified armed group"), named);
    }
    for (const QString &faction : from.factions)
        if (!into.factions.contains(faction) && !(isUnnamed(faction) && !isUnnamed(into.factions.value(0))))
            into.factions.append(faction);
    for (const QString &actor : from.actors)
        if (!into.actors.contains(actor))
            into.actors.append(actor);
    if (into.location.isEmpty() || narrows(gazetteer, into, from)) {
        into.location = from.location;
        into.placeText = from.placeText;
    }
    into.fatalities = std::max(into.fatalities, from.fatalities);
    if (into.claimantFaction.isEmpty()) {
        into.claimedBy = from.claimedBy;
        into.claimantFaction = from.claimantFaction;
    }
    into.confidence = std::max(into.confidence, from.confidence);
}

} // namespace

EventMerger::EventMerger(QString uidPrefix, const Gazetteer &gazetteer)
    : m_uidPrefix(std::move(uidPrefix))
    , m_gazetteer(gazetteer) {}

// Two accounts by one side, or one of them by nobody named or by witnesses ("des habitants indiquent"), who
// are no party to the fight.
bool EventMerger::sameClaim(const Event &a, const Event &b) const {
    const auto party = [](const QString &faction) {
        return !faction.isEmpty() && faction != QLatin1String("Civilians");
    };
    return !party(a.claimantFaction) || !party(b.claimantFaction) ||
           m_gazetteer.sameSide(a.claimantFaction, b.claimantFaction);
}

// "L'attaque, perpétrée par …", "the attack", "ces crimes": the last violence of its type told, else the last
// violence told, told again.
qsizetype EventMerger::retold(const BuiltEvent &built) const {
    const Event &event = built.event;
    qsizetype fallback = -1;
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        const Event &earlier = m_events.at(i);
        // The days must agree, unless one account is dated only by the story (the other tells the day), or
        // the retelling names the same place and comes after ("a revendiqué ce week-end l'attaque de
        // Mansila": the days of a claim, after the attack's).
        const bool samePlaceBefore = !event.location.isEmpty() && earlier.location == event.location &&
                                     earlier.dateStart <= event.dateEnd;
        if (!isViolent(earlier) || earlier.status != event.status || !m_fights.at(i).winner.isEmpty() ||
            !sameClaim(earlier, event) ||
            !(built.storyDated || m_storyDated.at(i) || samePlaceBefore || overlaps(earlier, event)))
            continue;
        if (earlier.eventType == event.eventType)
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return fallback;
}

qsizetype EventMerger::sameHappening(const BuiltEvent &built) const {
    const Event &event = built.event;
    if (built.retelling && isViolent(event) && built.winner.isEmpty())
        if (const qsizetype i = retold(built); i >= 0)
            return i;
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        const Event &earlier = m_events.at(i);
        if (earlier.status != event.status)
            continue;
        // The same words again: same action and sub-type, place and side, on overlapping days, by the same
        // claimant. A retelling that names no side ("une dizaine d'assaillants neutralisés au cours des
        // combats") is the fight already told.
        const bool sameSide = earlier.factions.value(0) == event.factions.value(0) ||
                              earlier.factions.isEmpty() || event.factions.isEmpty();
        if (m_actions.at(i) == built.action && earlier.subEventType == event.subEventType &&
            samePlace(earlier, event, m_gazetteer) && sameSide && overlaps(earlier, event) &&
            sameClaim(earlier, event))
            return i;
        // A claim of who won ("a repoussé", "dispersed") stays its own, to be set against the other side's.
        // The same decision told again without a day of its own ("it was the nation's second coup").
        if (m_actions.at(i) == built.action && !isViolent(event) && !built.ownClause &&
            (built.storyDated || m_storyDated.at(i)) && samePlace(earlier, event, m_gazetteer) &&
            compatibleSides(earlier, event) && sameClaim(earlier, event))
            return i;
        if (!isViolent(earlier) || !isViolent(event) || !built.winner.isEmpty() ||
            !m_fights.at(i).winner.isEmpty())
            continue;
        // Violence with no side named ("de violents combats ont eu lieu hier soir") is the violence told on
        // those days there.
        if (!sameClaim(earlier, event))
            continue;
        if (built.sideless && overlaps(earlier, event) && samePlace(earlier, event, m_gazetteer))
            return i;
        // Violence of one kind on one day at one named place, by sides that fit together: one happening told
        // twice ("un détachement a été la cible d'une attaque samedi" … "le détachement ciblé par l'attaque
        // de samedi").
        const bool sameDay = earlier.dateStart == earlier.dateEnd && event.dateStart == earlier.dateStart &&
                             event.dateEnd == earlier.dateEnd;
        if (sameDay && !event.location.isEmpty() && earlier.location == event.location &&
            earlier.eventType == event.eventType && compatibleSides(earlier, event))
            return i;
        // A headline or a summary dated only by the story, and the account that gives its day.
        const bool oneStoryDated = built.storyDated || m_storyDated.at(i);
        if (oneStoryDated && earlier.eventType == event.eventType && overlaps(earlier, event) &&
            samePlace(earlier, event, m_gazetteer) && compatibleSides(earlier, event))
            return i;
    }
    return -1;
}

// A happening known only as on or before a day (a claim, a report) or by the story's week, at a place where
// the report told violence of one day within that range (not a decision or a statement made that day), is
// of that day: "The previous morning, men
// machine-gunned civilians [in Barsalogho] … In a message posted on Saturday, the group announced it had
// taken control of … Barsalogho".
void EventMerger::narrowToTold(Event &event) const {
    if (event.location.isEmpty() || event.dateStart == event.dateEnd || event.status != EventStatus::Occurred)
        return;
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        const Event &told = m_events.at(i);
        if (!m_storyDated.at(i) && isViolent(told) && told.location == event.location &&
            told.dateStart == told.dateEnd && told.dateStart >= event.dateStart &&
            told.dateStart <= event.dateEnd) {
            event.dateStart = event.dateEnd = told.dateStart;
            event.precision = TimePrecision::Exact;
            return;
        }
    }
}

// Violence told at a place of its own with no side named, on the days (or the day before or after) of
// violence the story told with its sides ("Suspected jihadists attacked multiple military installations early
// Tuesday" … "the towns of Nioro, Sandare and Gogui had sustained attacks"; an attack on Kati on the 22nd …
// "attaques simultanées … 21 juillet … à Douentza, Koro"): the same sides, and the title of that violence at
// its own place. Returns false when the story told none.
bool EventMerger::takeStorySides(Event &event) const {
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        const Event &told = m_events.at(i);
        if (isViolent(told) && told.eventType == event.eventType && !told.factions.isEmpty() &&
            told.dateStart <= event.dateEnd + 1 && event.dateStart <= told.dateEnd + 1) {
            event.factions = told.factions;
            event.actors = told.actors;
            event.track = told.track;
            const QString separator = QStringLiteral(" \u00b7 ");
            event.summary = told.summary.section(separator, 0, 0) + separator +
                            (event.placeText.isEmpty() ? event.location : event.placeText);
            return true;
        }
    }
    return false;
}

void EventMerger::add(BuiltEvent built, int sentenceStart, int anchor) {
    Event &event = built.event;
    event.confidence = std::clamp(event.confidence, 0.05, 0.99);
    if (built.action == QLatin1String("statement")) {
        for (qsizetype i = 0; i < m_events.size(); ++i)
            if (m_actions.at(i) == built.action && m_events.at(i).claimantFaction == event.claimantFaction)
                return; // one statement per speaker
    }
    if (built.storyDated)
        narrowToTold(event);
    const qsizetype same = sameHappening(built);
    if (same < 0 && built.sideless && !(built.placed && takeStorySides(event)))
        return; // a side-less account of nothing told: noise on a timeline
    if (const qsizetype i = same; i >= 0) {
        Event &earlier = m_events[i];
        if (m_storyDated.at(i) && !built.storyDated) {
            // The account with a day of its own tells it: its day, words and title; the first keeps its uid.
            Event told = event;
            told.uid = earlier.uid;
            absorb(told, earlier, m_gazetteer);
            earlier = told;
            m_storyDated[i] = false;
        } else {
            absorb(earlier, event, m_gazetteer);
            if (!built.storyDated && event.status == EventStatus::Occurred &&
                event.dateStart >= earlier.dateStart && event.dateEnd <= earlier.dateEnd &&
                event.dateEnd - event.dateStart < earlier.dateEnd - earlier.dateStart) {
                // A day told later of a happening first known by its week: "ten soldiers were killed earlier
                // this week in an ambush" … "the attack targeted a unit … on Monday afternoon".
                earlier.dateStart = event.dateStart;
                earlier.dateEnd = event.dateEnd;
                earlier.precision = event.precision;
            }
        }
        return;
    }
    event.uid = QStringLiteral("%1:%2:%3").arg(m_uidPrefix).arg(sentenceStart).arg(m_events.size());
    m_fights.append(ClaimLinker::FightClaim{anchor, event.location, event.claimantFaction, built.winner});
    m_actions.append(built.action);
    m_storyDated.append(built.storyDated);
    m_events.append(std::move(event));
}

QList<Event> EventMerger::finish() {
    // Violence told with no side at a place and on days where violence with its sides was told ("Kati a été
    // la cible d'une attaque à l'obus" … "des terroristes ont attaqué le camp de Kati"): that violence, told
    // first without its sides.
    for (qsizetype i = m_events.size() - 1; i >= 0; --i) {
        const Event &bare = m_events.at(i);
        if (!bare.factions.isEmpty() || !isViolent(bare) || bare.location.isEmpty())
            continue;
        const bool told = std::any_of(m_events.cbegin(), m_events.cend(), [&bare](const Event &other) {
            return !other.factions.isEmpty() && isViolent(other) && other.location == bare.location &&
                   overlaps(other, bare);
        });
        if (!told)
            continue;
        m_events.removeAt(i);
        m_actions.removeAt(i);
        m_fights.removeAt(i);
        m_storyDated.removeAt(i);
    }
    for (qsizetype i = 0; i < m_events.size(); ++i)
        for (qsizetype j = i + 1; j < m_events.size(); ++j)
            if (ClaimLinker::contradict(m_fights.at(i), m_fights.at(j))) {
                m_events[i].contradicts.append(j);
                m_events[j].contradicts.append(i);
            }
    return m_events;
}

} // namespace kt
