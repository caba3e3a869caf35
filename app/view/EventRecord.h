#pragma once

#include "core/data.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <utility>

namespace kt {

class EventStore;

// Everything the details show of one event, read together (on the store reader's thread): the event, its
// document, the claims that contradict it and what the store holds beside it.
struct EventRecord {
    Event event;
    std::optional<Document> document;
    QList<Event> contradicting;
    // The other sources merged into it, each with its document, and, for an event an analyst edited, its
    // first version (EventCorrections).
    struct Provenance {
        QList<std::pair<Event, std::optional<Document>>> otherSources;
        std::optional<Event> original;
    };
    Provenance provenance;

    // Reads the record of an event; nothing when the store has no such event shown (deleted, merged away).
    // Throws StoreError when the store cannot be read.
    static std::optional<EventRecord> read(EventStore &store, std::int64_t id);
};

} // namespace kt
