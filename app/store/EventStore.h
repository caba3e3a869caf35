#pragma once

#include "core/EventIndex.h"
#include "core/FactionCatalog.h"
#include "core/Filter.h"
#include "core/data.h"
#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace kt {

// The program's one way into its SQLite file: documents and their events, factions, aliases, tracks,
// claims, contradiction links and the full-text index.
class EventStore {
public:
    // How a store is opened:
    // - Create: read and write, making the file when there is none (what `import` does);
    // - ReadWrite: read and write a store that must exist;
    // - ReadOnly: read only, writing nothing (`events`, `export`, the window on a store it cannot change); a
    //   store of an older schema is upgraded first when its file can be written, else refused.
    enum class Access { Create, ReadWrite, ReadOnly };
    // Opens the store at path, upgrading an older schema in place. Throws StoreError naming the path: no
    // such store (ReadWrite, ReadOnly), not a store, a store of a newer version (left untouched), a store
    // that cannot be opened or read. `catalogue`: the factions, colours and aliases a store is seeded with
    // and falls back on (the program gives the bundled gazetteer's; a test may give its own). The store
    // reaches for no other.
    explicit EventStore(const QString &path, Access access = Access::Create,
                        FactionCatalog catalogue = FactionCatalog::bundled());

    // Opens an existing store to be viewed: read-write when the store and its folder can be written (WAL mode
    // writes beside the store), read-only otherwise, so that a store on read-only media or in another user's
    // folder can be viewed. Throws StoreError as the constructor does.
    static std::unique_ptr<EventStore>
    openForViewing(const QString &path, const FactionCatalog &catalogue = FactionCatalog::bundled());

    // events.sqlite in the user's application data folder.
    static QString defaultPath();
    // A stable key for an event without one: a hash of what makes it the event it is.
    static QString contentUid(const Event &event);

    const QString &path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }
    const Database &database() const { return m_db; }
    // A read run in a worker stops (StoreError, SQLITE_INTERRUPT) once `cancelled` says true.
    void interruptWhen(std::function<bool()> cancelled) { m_db.interruptWhen(std::move(cancelled)); }
    qint64 eventCount() const;
    // The largest event id: at least the number of events stored, read at once (a window decides from it
    // whether to read the index off its thread).
    std::int64_t largestEventId() const { return indexState().second; }
    // No event at all (without counting them).
    bool isEmpty() const;

    struct AddResult {
        std::int64_t documentId = 0;
        int added = 0;    // events written
        int existing = 0; // events already in the store (same uid), left as they were
        int merged = 0;   // of those written, events another article had told: kept as its sources
    };
    // Writes a document and its events in one transaction: all of it or nothing. Within events,
    // `contradicts` holds positions in the list. Events whose uid is already stored are kept as stored.
    AddResult add(const Document &document, const QList<Event> &events);
    // Several documents in one transaction: every one of them, or none.
    QList<AddResult> add(const QList<DocumentEvents> &batches);

    // The events the filter lets through, sorted by start date; `contradicts` holds store ids.
    QList<Event> loadEvents(const Filter &filter = {}) const;
    // The same, one event at a time, for sets too large to hold in memory.
    void forEachEvent(const Filter &filter, const std::function<void(const Event &)> &visit) const;
    // The events with these ids (what the timeline shows in detail), sorted by start date.
    QList<Event> loadEvents(const std::vector<std::int64_t> &ids) const;
    // For what the timeline's index cannot answer — the words and place (the full-text index, which also lets
    // through the events it has not indexed yet), contested, claimant or source: the sorted ids
    // of the events that pass. Nothing when the filter asks for none of these.
    std::optional<std::vector<std::int64_t>> textMatches(const Filter &filter) const;
    // What the timeline needs of every event: from the store's snapshot when it holds for the store as it is
    // now, else read from the covering index (and the snapshot kept again).
    EventIndex loadIndex() const;
    // A store of at least this many events keeps its index as bytes (index_snapshot) when loadIndex() had to
    // read the rows and the store can be written, so that the next loadIndex() of the unchanged store reads
    // them instead; smaller stores read their rows faster than a snapshot is written. Settable for tests.
    std::size_t snapshotFrom() const { return m_snapshotFrom; }
    void setSnapshotFrom(std::size_t events) { m_snapshotFrom = events; }
    std::optional<Document> document(std::int64_t id) const;

    // Faction catalogue: the bundled gazetteer's, with the aliases users have stored on top.
    FactionCatalog factionCatalog() const;
    void addAlias(const QString &alias, const QString &factionName);
    // Factions an analyst makes, renames and colours (a "#rrggbb" colour). A renamed faction keeps its
    // events, its aliases and the gazetteer's name as an alias; imports map to it as before. Each throws
    // StoreError naming the store: a name already taken (as a faction or an alias of another), an unknown
    // faction, "Other" renamed, a colour that is not "#rrggbb", more than 64 factions, or a store that
    // cannot be written.
    void addFaction(const QString &name, const QString &color);
    void renameFaction(const QString &name, const QString &newName);
    void setFactionColor(const QString &name, const QString &color);
    // Maps an actor name to a faction from now on (a user alias, applied to later imports) and moves the
    // stored ACLED events that name it, whichever faction they were under ("Other" for an actor no faction
    // knew). Returns how many events changed. Throws StoreError for an unknown faction.
    int remapActor(const QString &actor, const QString &factionName);
    // The dataset actors (ACLED actor1, assoc_actor_1, actor2, assoc_actor_2; UCDP sides) that no faction
    // knows, so that their events sit under "Other": each name as written, with the number of its events,
    // most events first.
    QList<std::pair<QString, qint64>> otherActors() const;
    // The tracks in their order: the store's, with a country's dataset tracks side by side ("ACLED: Mali",
    // then "UCDP: Mali") where the first of them came.
    QStringList trackNames() const;
    // The (event type, sub-event type) pairs the store knows: ACLED's codebook (section "Event types")
    // first, in its order, then those data files brought.
    QList<std::pair<QString, QString>> eventTypes() const;
    // Reads the names of factions, tracks and event types again: after another connection (an import run in
    // a worker) wrote to the store, so that this one's index and events name what it added.
    void reloadNames();

    // Brings the full-text index up to date with the events added since it last ran; returns how many
    // events it indexed. Imports commit first and call this afterwards.
    qint64 updateSearchIndex();
    // Events not yet in the full-text index.
    qint64 unindexedCount() const;
    // Opening a store indexes up to this many waiting events itself (well under a second).
    static constexpr qint64 kSearchCatchUpAtOpen = 100'000;

    // Ids used by the import path.
    std::int64_t factionId(const QString &name) const;
    std::uint64_t factionBit(std::int64_t factionId) const;

private:
    friend class ImportTransaction;
    friend class EventCorrections;
    // The rows of the full-text index: "SELECT id, summary, quote, notes, place, actors FROM …", to be
    // followed by a WHERE clause on `e`.
    static QString searchRows();
    // The id of a place name, made when new; nothing for no place.
    std::optional<std::int64_t> placeId(const QString &name);
    static Database openDatabase(const QString &path, Access access);
    // Stores up to this size are checked page by page (PRAGMA quick_check) at each open; larger ones only for
    // truncation.
    static constexpr qint64 kQuickCheckBytes = qint64{64} << 20U;
    // Throws StoreError (SQLITE_CORRUPT) when the store is damaged.
    void checkIntegrity() const;
    // Brings the factions table up to the bundled catalogue, writing only what differs.
    void seedFactions();
    void loadFactions();
    // Throws StoreError unless `name` can be a new faction's name (or the new name of faction `renamed`).
    void checkNewFactionName(const QString &name, const QString &renamed = {}) const;
    void loadNames();
    // The index's names (factions, types, tracks, places) and its rows.
    void loadIndexNames(EventIndex &index) const;
    EventIndex readIndexRows() const;
    // The store's generation and its largest event id: a snapshot taken at these holds.
    std::pair<std::int64_t, std::int64_t> indexState() const;
    // Keeps the index read at `state` as the snapshot, unless the store changed since (or cannot be written:
    // busy, full — the store is then left as it was). Returns whether it was kept.
    bool keepIndexSnapshot(const EventIndex &index, std::pair<std::int64_t, std::int64_t> state) const;
    std::int64_t trackId(const QString &name);
    std::int64_t typeId(const QString &eventType, const QString &subEventType);
    using Argument = std::variant<std::int64_t, QString>;
    QString whereClause(const Filter &filter, QList<Argument> &arguments) const;
    // idList: the ids the where clause asks for, comma-separated, or empty for no such limit.
    void forEachEventWhere(const QString &where, const QList<Argument> &arguments, const Filter &filter,
                           const QString &idList, const std::function<void(const Event &)> &visit) const;

    Database m_db;
    bool m_readOnly = false;
    FactionCatalog m_catalogue; // the seed (see the constructor)
    std::size_t m_snapshotFrom = 100'000;
    QHash<QString, std::int64_t> m_factionIds;
    QHash<std::int64_t, QString> m_factionNames;
    QHash<QString, std::int64_t> m_renamedFactions; // the gazetteer's name of a renamed faction -> its id
    QHash<QString, std::int64_t> m_trackIds;
    QHash<QString, std::int64_t> m_typeIds; // "type\x1fsub-type", folded
    QHash<std::int64_t, std::pair<QString, QString>> m_types;
};

} // namespace kt
