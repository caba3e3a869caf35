#include "view/EventRecord.h"

#include "store/EventCorrections.h"
#include "store/EventStore.h"

namespace kt {

std::optional<EventRecord> EventRecord::read(EventStore &store, std::int64_t id) {
    const QList<Event> found = store.loadEvents(std::vector<std::int64_t>{id});
    if (found.isEmpty())
        return std::nullopt;
    EventRecord record;
    record.event = found.first();
    if (record.event.documentId != 0)
        record.document = store.document(record.event.documentId);
    const std::vector<std::int64_t> others(record.event.contradicts.cbegin(),
                                           record.event.contradicts.cend());
    if (!others.empty())
        record.contradicting = store.loadEvents(others);
    const EventCorrections corrections(store);
    if (record.event.sourceCount > 1)
        for (const Event &source : corrections.sources(id))
            record.provenance.otherSources.append(
                {source, source.documentId != 0 ? store.document(source.documentId) : std::nullopt});
    if (record.event.edited)
        record.provenance.original = corrections.original(id);
    return record;
}

} // namespace kt
