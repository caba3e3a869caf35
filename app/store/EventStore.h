#pragma once

#include "core/FactionCatalog.h"
#include "core/data.h"
#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kt {

// The program's one way into its SQLite file: documents and their events, factions, aliases, tracks,
// claims and contradiction links.
class EventStore {
public:
    // Opens (creating when needed) and migrates the store at path. Throws StoreError.
    explicit EventStore(const QString &path);

    // events.sqlite in the user's application data folder.
    static QString defaultPath();
    // A stable key for an event without one: a hash of what makes it the event it is.
    static QString contentUid(const Event &event);

    const QString &path() const { return m_db.path(); }
    qint64 eventCount() const;

    struct AddResult {
        std::int64_t documentId = 0;
        int added = 0;    // events written
        int existing = 0; // events already in the store (same uid), left as they were
    };
    // Writes a document and its events in one transaction: all of it or nothing. Within events,
    // `contradicts` holds positions in the list. Events whose uid is already stored are kept as stored.
    AddResult add(const Document &document, const QList<Event> &events);
    // Several documents in one transaction: every one of them, or none.
    QList<AddResult> add(const QList<DocumentEvents> &batches);

    // Every event, sorted by start date; `contradicts` holds store ids.
    QList<Event> loadEvents() const;
    std::optional<Document> document(std::int64_t id) const;

    // Faction catalogue: the bundled gazetteer's, with the aliases users have stored on top.
    FactionCatalog factionCatalog() const;
    void addAlias(const QString &alias, const QString &factionName);
    QStringList trackNames() const;

private:
    void seedFactions();
    std::int64_t trackId(const QString &name);
    std::int64_t factionId(const QString &name);
    AddResult addInTransaction(const Document &document, const QList<Event> &events);

    Database m_db;
    QHash<QString, std::int64_t> m_factionIds;
    QHash<QString, std::int64_t> m_trackIds;
};

} // namespace kt
