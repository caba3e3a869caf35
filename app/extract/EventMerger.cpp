#include "extract/EventMerger.h"

#include <algorithm>

namespace kt {

namespace {

bool overlaps(const Event &a, const Event &b) {
    return a.dateStart <= b.dateEnd && b.dateStart <= a.dateEnd;
}

} // namespace

EventMerger::EventMerger(QString uidPrefix)
    : m_uidPrefix(std::move(uidPrefix)) {}

void EventMerger::add(BuiltEvent built, int sentenceStart, int anchor) {
    Event &event = built.event;
    event.confidence = std::clamp(event.confidence, 0.05, 0.99);
    if (built.action == QLatin1String("statement")) {
        for (qsizetype i = 0; i < m_events.size(); ++i)
            if (m_actions.at(i) == built.action && m_events.at(i).claimantFaction == event.claimantFaction)
                return; // one statement per speaker
    }
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        Event &earlier = m_events[i];
        const bool sameClaim = earlier.claimantFaction == event.claimantFaction ||
                               earlier.claimantFaction.isEmpty() || event.claimantFaction.isEmpty();
        // A retelling that names no side ("une dizaine d'assaillants neutralisés au cours des combats") is
        // the fight already told.
        const bool sameSide = earlier.factions.value(0) == event.factions.value(0) ||
                              earlier.factions.isEmpty() || event.factions.isEmpty();
        if (m_actions.at(i) == built.action && earlier.subEventType == event.subEventType &&
            earlier.status == event.status && earlier.location == event.location && sameSide &&
            overlaps(earlier, event) && sameClaim) {
            if (earlier.factions.isEmpty())
                earlier.factions = event.factions;
            if (earlier.claimantFaction.isEmpty()) {
                earlier.claimedBy = event.claimedBy;
                earlier.claimantFaction = event.claimantFaction;
            }
            earlier.confidence = std::max(earlier.confidence, event.confidence);
            return;
        }
    }
    event.uid = QStringLiteral("%1:%2:%3").arg(m_uidPrefix).arg(sentenceStart).arg(m_events.size());
    m_fights.append(ClaimLinker::FightClaim{anchor, event.location, event.claimantFaction, built.winner});
    m_actions.append(built.action);
    m_events.append(std::move(event));
}

QList<Event> EventMerger::finish() {
    for (qsizetype i = 0; i < m_events.size(); ++i)
        for (qsizetype j = i + 1; j < m_events.size(); ++j)
            if (ClaimLinker::contradict(m_fights.at(i), m_fights.at(j))) {
                m_events[i].contradicts.append(j);
                m_events[j].contradicts.append(i);
            }
    return m_events;
}

} // namespace kt
