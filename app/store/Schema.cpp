#include "store/Schema.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <array>
#include <string>

namespace kt::Schema {

namespace {

// Version 1: documents, events with their provenance, factions and aliases, event-faction roles, tracks,
// claims and contradiction links.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('article', 'acled', 'json', 'manual')),
    title       TEXT,
    url         TEXT,
    source      TEXT,
    language    TEXT,
    published   TEXT,
    path        TEXT,
    body        TEXT,
    sha256      TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE tracks (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE factions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    color       TEXT NOT NULL,
    description TEXT,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE aliases (
    alias      TEXT PRIMARY KEY,  -- folded: lower case, no accents
    faction_id INTEGER NOT NULL REFERENCES factions(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL CHECK (origin IN ('gazetteer', 'user'))
);
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    document_id    INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    date_start     INTEGER NOT NULL,  -- days since 1970-01-01
    date_end       INTEGER NOT NULL,
    time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    status         TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'ongoing', 'measure')),
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    location       TEXT,
    place_text     TEXT,
    track_id       INTEGER REFERENCES tracks(id),
    summary        TEXT,
    value          REAL,
    unit           TEXT,
    fatalities     INTEGER,
    notes          TEXT,
    edited         INTEGER NOT NULL DEFAULT 0,
    CHECK (date_start <= date_end)
);
CREATE TABLE event_actors (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE TABLE event_factions (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    faction_id INTEGER NOT NULL REFERENCES factions(id),
    position   INTEGER NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('initiator', 'counterpart')),
    PRIMARY KEY (event_id, faction_id)
);
CREATE TABLE claims (
    event_id   INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    claimant   TEXT NOT NULL,
    faction_id INTEGER REFERENCES factions(id)
);
CREATE TABLE contradictions (
    event_a INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    event_b INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (event_a, event_b),
    CHECK (event_a < event_b)
);
CREATE TABLE provenance (
    event_id    INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    char_start  INTEGER,
    char_end    INTEGER,
    quote       TEXT,
    confidence  REAL NOT NULL DEFAULT 1.0,
    CHECK (char_start IS NULL OR char_end >= char_start)
);
CREATE INDEX events_by_date ON events(date_start, date_end);
CREATE INDEX event_factions_by_faction ON event_factions(faction_id);
CREATE INDEX events_by_document ON events(document_id);
INSERT INTO tracks(name, position) VALUES ('Kidal offensive', 0), ('MINUSMA withdrawal', 1);
)sql";

constexpr std::array kMigrations{kVersion1};

} // namespace

int latestVersion() {
    return static_cast<int>(kMigrations.size());
}

void migrate(const Database &db) {
    int version = 0;
    try {
        version = db.userVersion();
    } catch (const StoreError &error) {
        throw StoreError(db.path().toStdString() + ": not a kidal-timeline store (" + error.what() + ")");
    }
    if (version > latestVersion())
        throw StoreError(db.path().toStdString() +
                         ": this store was made by a newer version of kidal-timeline " + "(schema " +
                         std::to_string(version) + "; this program knows up to schema " +
                         std::to_string(latestVersion()) + "); it was left untouched");
    if (version == 0) {
        // A version-0 file must be empty: refuse to write our schema into somebody else's database.
        Statement tables = db.prepare("SELECT count(*) FROM sqlite_schema");
        if (tables.step() && tables.int64(0) > 0)
            throw StoreError(db.path().toStdString() +
                             ": this SQLite file is not a kidal-timeline store (it has tables but no schema "
                             "version); it was left untouched");
    }
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA foreign_keys = ON");
    for (int next = version; next < latestVersion(); ++next) {
        Transaction transaction(db);
        db.exec(kMigrations.at(static_cast<std::size_t>(next)));
        db.exec(("PRAGMA user_version = " + std::to_string(next + 1)).c_str());
        transaction.commit();
    }
}

} // namespace kt::Schema
