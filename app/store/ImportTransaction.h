#pragma once

#include "core/AcledRow.h"
#include "core/data.h"
#include "store/Database.h"
#include "store/EventStore.h"

#include <optional>
#include <string>
#include <unordered_map>

#include "core/StringViewHash.h"

namespace kt {

// One import into the store: articles, events JSON and ACLED rows alike go in through it, and either all of
// it is committed or none of it is. Rolls back unless commit() was called.
class ImportTransaction {
public:
    // Writes through the store's WAL, so that other programs go on reading the store while it runs.
    explicit ImportTransaction(EventStore &store);
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    // A document and its events (within them, `contradicts` holds positions in the list).
    EventStore::AddResult add(const DocumentEvents &batch);

    // One event of a document already added. Returns its store id and whether it is new (an event with
    // the same uid is left as it was).
    std::pair<std::int64_t, bool> addEvent(std::int64_t documentId, const Event &event);

    // A document whose events are streamed in with addRow(); its rows are not kept in the store.
    std::int64_t addStreamedDocument(const Document &document);
    // The sides of an ACLED row as store faction ids (0 for none), and the bit set of every faction named.
    struct Sides {
        std::int64_t faction1 = 0;
        std::int64_t faction2 = 0;
        std::uint64_t mask = 0;
        std::uint64_t alternatives = 0; // factions that may have acted instead of faction1 ("A and/or B")
    };
    // One ACLED row, the fast way. Returns false when its event_id_cnty (or content hash) is already
    // stored: the stored event is left as it was.
    bool addRow(std::int64_t documentId, const AcledRow &row, const Sides &sides, std::int64_t trackId);
    // A monadic export's next row of an event already added by this document (same event_id_cnty): its actor
    // becomes the event's other side (or, after that, one of the other side's associates). False when the
    // event is not one of this document's, and nothing changes.
    bool mergeSide(std::int64_t documentId, const AcledRow &row, const Sides &sides);
    std::int64_t trackId(const QString &name) { return m_store.trackId(name); }
    // The document of the stored event with this uid; nothing when there is none.
    std::optional<std::int64_t> documentOf(std::string_view uid);
    // Forgets a streamed document that brought no new event.
    void dropDocumentIfEmpty(std::int64_t documentId);

    void commit();
    EventStore &store() { return m_store; }

private:
    // An article's new event that another article already told (same type, sides, place and status, days
    // within one of each other) becomes one of that event's sources (merged_into). Returns whether it did.
    bool mergeIntoToldHappening(std::int64_t id, std::int64_t documentId, const Event &event);
    std::int64_t typeId(std::string_view eventType, std::string_view subEventType);
    // The id of a place name, made when new; nothing for no place.
    std::optional<std::int64_t> placeId(std::string_view name);

    EventStore &m_store;
    const Database &m_db;
    Transaction m_transaction;
    bool m_committed = false;
    Statement m_insertRow;
    Statement m_findEvent;
    Statement m_findMonadic;
    Statement m_mergeSecond;
    Statement m_mergeMore;
    Statement m_insertActor;
    Statement m_insertFaction;
    Statement m_insertClaim;
    Statement m_insertProvenance;
    std::unordered_map<std::string, std::int64_t, StringViewHash, std::equal_to<>> m_typeIds;
    std::string m_contentKey;
    std::string m_typeKey;
    std::unordered_map<std::string, std::int64_t, StringViewHash, std::equal_to<>> m_placeIds;
};

} // namespace kt
