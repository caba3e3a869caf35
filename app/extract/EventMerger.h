#pragma once

#include "extract/ClaimLinker.h"
#include "extract/EventBuilder.h"

#include <QList>
#include <QString>

namespace kt {

// The merging stage: the same happening told twice by the same side (or once without a side) is one event,
// a retelling that names no side joins the fight already told, a speaker has one statement; at the end,
// claims about the same fight that give the win to different sides are linked as contradicting.
class EventMerger {
public:
    // uidPrefix: what makes the events' uids unique to their document.
    explicit EventMerger(QString uidPrefix);

    // Adds an event of the sentence at `sentenceStart`; `anchor` is the sentence its date hangs on.
    void add(BuiltEvent built, int sentenceStart, int anchor);
    // The events, with their contradiction links (positions in the list).
    QList<Event> finish();

private:
    QString m_uidPrefix;
    QList<Event> m_events;
    QStringList m_actions;                   // parallel to m_events
    QList<ClaimLinker::FightClaim> m_fights; // parallel to m_events
};

} // namespace kt
