#pragma once

#include "core/data.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace kt {

class EventStore;

// An analyst's corrections to a store's events, each in one transaction, each with its inverse so that the
// window's undo stack can take it back. Nothing is ever removed but what the analyst made: a deleted event is
// hidden and kept; an event merged into another is kept, hidden, as one of its sources; the first version of
// an edited event is kept (`original`). An edited or deleted event keeps its uid, so importing its article
// again leaves it as the analyst left it.
//
// Every call throws StoreError naming the store when the store cannot be written (read-only, busy, full) or
// when an event it names is not there; the store is then left as it was.
class EventCorrections {
public:
    explicit EventCorrections(EventStore &store);

    // Writes what an analyst can change of a stored event (found by `event.id`): dates and time_precision,
    // status, event type and sub-type, factions (the first is the initiator), place, track, summary,
    // fatalities and notes. With `event.edited` set, the event is marked as edited by an analyst and its
    // first version is kept (once); without it, the event goes back to being the machine's (what undoing
    // the first edit does).
    void replace(const Event &event);
    // Hides (or shows again) an event; the timeline, the table, counts and exports leave a hidden event out.
    void setDeleted(std::int64_t eventId, bool deleted);
    // Makes `source` one of the sources of `keep`: `source` is hidden and its document, quote, claim and days
    // are listed with `keep`. The events that were sources of `source` become sources of `keep`; their ids
    // are returned for unmerge().
    QList<std::int64_t> merge(std::int64_t keep, std::int64_t source);
    // Undoes merge(): `source` is shown again, with `movedSources` as its sources again.
    void unmerge(std::int64_t source, const QList<std::int64_t> &movedSources);
    // The events merged into this one, in date order: its other sources.
    QList<Event> sources(std::int64_t eventId) const;
    // Splits an event in two: a copy with uid `uid` (same source, quote and claim), marked as edited, whose
    // first version is the event's. Returns the copy's id.
    std::int64_t split(std::int64_t eventId, const QString &uid);
    // Removes the copy a split made (what undoing the split does); only an edited event can be removed.
    void removeSplit(const QString &uid);
    // An edited event's first version (the fields replace() writes), or nothing when it was never edited.
    std::optional<Event> original(std::int64_t eventId) const;

private:
    Event storedEvent(std::int64_t eventId) const;
    void keepOriginal(const Event &event);
    // The full-text index of an event: out before its words change, in again after.
    void unindex(std::int64_t eventId);
    void reindex(std::int64_t eventId);

    EventStore &m_store;
};

} // namespace kt
