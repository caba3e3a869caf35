#pragma once

#include "extract/ClaimLinker.h"
#include "extract/EventBuilder.h"

#include <QList>
#include <QString>

namespace kt {

// The merging stage: the same happening told twice by the same side (or once without a side) is one event;
// a retelling that names no side joins the fight already told; "l'attaque" or "the attack" without a day of
// its own is the last violence told; a headline or summary dated only by the story is the account that gives
// its day (same type, overlapping days, same place or none, compatible sides), which then tells it. A
// speaker has one statement. What the second account adds (a named attacker for an unnamed one, other
// sides, the place, a higher toll) is kept. At the end, claims about the same fight that give the win to
// different sides are linked as contradicting.
class EventMerger {
public:
    // uidPrefix: what makes the events' uids unique to their document; the gazetteer says which claimants
    // speak for one side.
    EventMerger(QString uidPrefix, const Gazetteer &gazetteer);

    // Adds an event of the sentence at `sentenceStart`; `anchor` is the sentence its date hangs on.
    void add(BuiltEvent built, int sentenceStart, int anchor);
    // The events, with their contradiction links (positions in the list).
    QList<Event> finish();

private:
    // The event `built` tells again, or -1.
    qsizetype sameHappening(const BuiltEvent &built) const;
    qsizetype retold(const BuiltEvent &built) const;
    void narrowToTold(Event &event) const;
    bool takeStorySides(Event &event) const;

    bool sameClaim(const Event &a, const Event &b) const;

    QString m_uidPrefix;
    const Gazetteer &m_gazetteer;
    QList<Event> m_events;
    QStringList m_actions;                   // parallel to m_events
    QList<ClaimLinker::FightClaim> m_fights; // parallel to m_events
    QList<bool> m_storyDated;                // parallel to m_events
};

} // namespace kt
