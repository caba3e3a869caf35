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

// Version 2: the store of a million events. Events become one row each, with everything the timeline's
// in-memory index needs in one covering index (dates, precision, status as a number, event type as a
// number, factions as a bit set) and the ACLED columns that have no other place. An FTS5 index over the
// event text, accent-insensitive, kept up to date after each import (search_state says how far).
constexpr const char *kVersion2 = R"sql(
CREATE TABLE event_types (
    id             INTEGER PRIMARY KEY,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    UNIQUE (event_type, sub_event_type)
);
INSERT INTO event_types(id, event_type, sub_event_type) VALUES
    (1, 'Battles', 'Armed clash'),
    (2, 'Battles', 'Government regains territory'),
    (3, 'Battles', 'Non-state actor overtakes territory'),
    (4, 'Explosions/Remote violence', 'Air/drone strike'),
    (5, 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    (6, 'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    (7, 'Explosions/Remote violence', 'Suicide bomb'),
    (8, 'Explosions/Remote violence', 'Grenade'),
    (9, 'Explosions/Remote violence', 'Chemical weapon'),
    (10, 'Violence against civilians', 'Attack'),
    (11, 'Violence against civilians', 'Abduction/forced disappearance'),
    (12, 'Violence against civilians', 'Sexual violence'),
    (13, 'Protests', 'Peaceful protest'),
    (14, 'Protests', 'Protest with intervention'),
    (15, 'Protests', 'Excessive force against protesters'),
    (16, 'Riots', 'Violent demonstration'),
    (17, 'Riots', 'Mob violence'),
    (18, 'Strategic developments', 'Agreement'),
    (19, 'Strategic developments', 'Arrests'),
    (20, 'Strategic developments', 'Change to group/activity'),
    (21, 'Strategic developments', 'Disrupted weapons use'),
    (22, 'Strategic developments', 'Headquarters or base established'),
    (23, 'Strategic developments', 'Looting/property destruction'),
    (24, 'Strategic developments', 'Non-violent transfer of territory'),
    (25, 'Strategic developments', 'Other');
INSERT OR IGNORE INTO event_types(event_type, sub_event_type)
    SELECT DISTINCT event_type, sub_event_type FROM events;

CREATE TABLE events_v2 (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    document_id        INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    date_start         INTEGER NOT NULL,  -- days since 1970-01-01
    date_end           INTEGER NOT NULL,
    time_precision     INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    status             INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),  -- occurred, planned, ongoing, measure
    -- The four ids below point into small tables that rows are never deleted from; they carry no foreign
    -- key so that a bulk import does not pay four lookups a row for them.
    type_id            INTEGER NOT NULL,  -- event_types(id)
    faction1           INTEGER,           -- factions(id): the initiating side (ACLED actor1)
    faction2           INTEGER,           -- factions(id): the other side (ACLED actor2)
    faction_mask       INTEGER NOT NULL DEFAULT 0,  -- bit (id - 1) set for every faction involved
    track_id           INTEGER,           -- tracks(id)
    location           TEXT,
    place_text         TEXT,
    summary            TEXT,
    value              REAL,
    unit               TEXT,
    fatalities         INTEGER,
    notes              TEXT,
    edited             INTEGER NOT NULL DEFAULT 0,
    actor1             TEXT,
    assoc_actor_1      TEXT,
    inter1             TEXT,
    actor2             TEXT,
    assoc_actor_2      TEXT,
    inter2             TEXT,
    interaction        TEXT,
    disorder_type      TEXT,
    civilian_targeting TEXT,
    iso                INTEGER,
    region             TEXT,
    country            TEXT,
    admin1             TEXT,
    admin2             TEXT,
    admin3             TEXT,
    latitude           REAL,
    longitude          REAL,
    geo_precision      INTEGER,
    source             TEXT,
    source_scale       TEXT,
    tags               TEXT,
    timestamp          INTEGER,
    CHECK (date_start <= date_end)
);
INSERT INTO events_v2(id, uid, document_id, date_start, date_end, time_precision, status, type_id, faction1,
                      faction2, faction_mask, track_id, location, place_text, summary, value, unit, fatalities,
                      notes, edited)
SELECT e.id, e.uid, e.document_id, e.date_start, e.date_end, e.time_precision,
       CASE e.status WHEN 'planned' THEN 1 WHEN 'ongoing' THEN 2 WHEN 'measure' THEN 3 ELSE 0 END,
       (SELECT t.id FROM event_types t WHERE t.event_type = e.event_type AND t.sub_event_type = e.sub_event_type),
       (SELECT ef.faction_id FROM event_factions ef WHERE ef.event_id = e.id AND ef.position = 0),
       (SELECT ef.faction_id FROM event_factions ef WHERE ef.event_id = e.id AND ef.position = 1),
       (SELECT coalesce(sum(1 << (ef.faction_id - 1)), 0) FROM event_factions ef WHERE ef.event_id = e.id),
       e.track_id, e.location, e.place_text, e.summary, e.value, e.unit, e.fatalities, e.notes, e.edited
FROM events e;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
-- No index on document_id: it would cost a bulk import a fifth of its time, and only deleting a
-- document (rare, and then a scan) would use it.
-- Everything the timeline's in-memory index reads, so that opening a large store scans this index only.
CREATE INDEX events_timeline ON events(date_start, date_end, time_precision, status, type_id, faction1,
                                       faction_mask, track_id);

CREATE VIRTUAL TABLE event_search USING fts5(
    summary, quote, notes, place, actors,
    content = '', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE search_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_through INTEGER NOT NULL  -- events with an id up to this one are in event_search
);
INSERT INTO search_state(id, indexed_through) VALUES (1, 0);
)sql";

// Version 3: places as ids, in the timeline's covering index, so that lanes can follow the place.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE places (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO places(name)
    SELECT DISTINCT location FROM events WHERE location IS NOT NULL AND location != '' ORDER BY location;
ALTER TABLE events ADD COLUMN place_id INTEGER;  -- places(id); no foreign key, like the other lookup ids
UPDATE events SET place_id = (SELECT p.id FROM places p WHERE p.name = events.location);
DROP INDEX events_timeline;
CREATE INDEX events_timeline ON events(date_start, date_end, time_precision, status, type_id, faction1,
                                       faction_mask, track_id, place_id);
)sql";

// Version 4: what data files say, kept as they say it. Coordinates become text ("14.4510" stays so, where a
// REAL column made it 14.451); the day an ACLED row gives (for time_precision 2 and 3 the range's ends are
// not it); the dataset's other columns as a JSON object (ACLED's data_id or legacy event type, UCDP's
// type_of_violence or low and high estimates); the factions that may have acted instead of the first ("A
// and/or B"). SQLite cannot change a column's type in place: the table is rebuilt as in version 2.
constexpr const char *kVersion4 = R"sql(
CREATE TABLE events_v4 (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    document_id        INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    date_start         INTEGER NOT NULL,  -- days since 1970-01-01
    date_end           INTEGER NOT NULL,
    time_precision     INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    status             INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),  -- occurred, planned, ongoing, measure
    type_id            INTEGER NOT NULL,  -- event_types(id); this and the ids below carry no foreign key (v2)
    faction1           INTEGER,           -- factions(id): the initiating side (ACLED actor1)
    faction2           INTEGER,           -- factions(id): the other side (ACLED actor2)
    faction_mask       INTEGER NOT NULL DEFAULT 0,  -- bit (id - 1) set for every faction involved
    alternative_mask   INTEGER NOT NULL DEFAULT 0,  -- factions that may have acted instead of faction1
    track_id           INTEGER,           -- tracks(id)
    place_id           INTEGER,           -- places(id)
    location           TEXT,
    place_text         TEXT,
    summary            TEXT,
    value              REAL,
    unit               TEXT,
    fatalities         INTEGER,
    notes              TEXT,
    edited             INTEGER NOT NULL DEFAULT 0,
    acled_day          INTEGER,           -- the day the dataset gives (ACLED event_date), days since 1970-01-01
    actor1             TEXT,
    assoc_actor_1      TEXT,
    inter1             TEXT,
    actor2             TEXT,
    assoc_actor_2      TEXT,
    inter2             TEXT,
    interaction        TEXT,
    disorder_type      TEXT,
    civilian_targeting TEXT,
    iso                INTEGER,
    region             TEXT,
    country            TEXT,
    admin1             TEXT,
    admin2             TEXT,
    admin3             TEXT,
    latitude           TEXT,
    longitude          TEXT,
    geo_precision      INTEGER,
    source             TEXT,
    source_scale       TEXT,
    tags               TEXT,
    timestamp          INTEGER,
    extra              TEXT,              -- JSON object of the dataset's other columns, as written
    CHECK (date_start <= date_end)
);
INSERT INTO events_v4(id, uid, document_id, date_start, date_end, time_precision, status, type_id, faction1,
                      faction2, faction_mask, track_id, place_id, location, place_text, summary, value, unit,
                      fatalities, notes, edited, acled_day, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2,
                      inter2, interaction, disorder_type, civilian_targeting, iso, region, country, admin1,
                      admin2, admin3, latitude, longitude, geo_precision, source, source_scale, tags, timestamp)
SELECT id, uid, document_id, date_start, date_end, time_precision, status, type_id, faction1, faction2,
       faction_mask, track_id, place_id, location, place_text, summary, value, unit, fatalities, notes, edited,
       CASE WHEN actor1 IS NULL THEN NULL
            WHEN time_precision = 2 THEN date_start + 3
            WHEN time_precision = 3 THEN CAST(julianday(date(date_start * 86400, 'unixepoch', 'start of month',
                                                             '+14 days')) - 2440587.5 AS INTEGER)
            ELSE date_start END,
       actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, disorder_type,
       civilian_targeting, iso, region, country, admin1, admin2, admin3, CAST(latitude AS TEXT),
       CAST(longitude AS TEXT), geo_precision, source, source_scale, tags, timestamp
FROM events;
DROP TABLE events;
ALTER TABLE events_v4 RENAME TO events;
CREATE INDEX events_timeline ON events(date_start, date_end, time_precision, status, type_id, faction1,
                                       faction_mask, track_id, place_id);
)sql";

// Version 5: an analyst's corrections. An event deleted from the window is kept, hidden (`deleted`), so that
// undo brings it back and a second import of its article does not add it again; an event merged into another
// (the same happening told by another source) is kept, hidden, as one of that event's sources
// (`merged_into`); the machine's or the dataset's first version of an edited event is kept in
// `event_originals` (JSON: the fields an analyst can change). Both hiding columns join the covering index
// the timeline reads. Factions an analyst renamed keep the gazetteer's name they had (`bundled_name`), so
// that the gazetteer's aliases and later imports still find them.
constexpr const char *kVersion5 = R"sql(
ALTER TABLE factions ADD COLUMN bundled_name TEXT;
ALTER TABLE events ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN merged_into INTEGER;  -- events(id): the event this one is a source of
CREATE INDEX events_by_merged_into ON events(merged_into) WHERE merged_into IS NOT NULL;
CREATE TABLE event_originals (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    original TEXT NOT NULL,  -- JSON object: the event as first stored
    edited_at TEXT NOT NULL  -- ISO 8601, UTC: the first edit
);
DROP INDEX events_timeline;
CREATE INDEX events_timeline ON events(date_start, date_end, time_precision, status, type_id, faction1,
                                       faction_mask, track_id, place_id, deleted, merged_into);
)sql";

// Version 6: the views an analyst saves (filters, time window, lanes, title) to open again or to draw with
// `export --view`. The definition is the JSON of SavedView::toJson(); names are unique without regard to
// case.
constexpr const char *kVersion6 = R"sql(
CREATE TABLE views (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    definition TEXT NOT NULL,  -- JSON object: filter, window, lanes, title
    saved_at TEXT NOT NULL     -- ISO 8601, UTC
);
)sql";

// Version 7: a snapshot of the timeline's index, so that a store of a million events opens without reading a
// million rows (EventIndex::toBytes). It holds for the store's generation, which every change to an event's
// timeline columns, or an event removed, moves on (the triggers), and for the largest event id (a new event
// has a larger one); otherwise the index is read from the rows again. The fatalities join the timeline's
// covering index, for the timeline's "fatalities at least N" filter.
constexpr const char *kVersion7 = R"sql(
CREATE TABLE store_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO store_state(id, generation) VALUES (1, 0);
CREATE TRIGGER events_timeline_changed AFTER UPDATE OF date_start, date_end, time_precision, status, type_id,
    faction1, faction_mask, track_id, place_id, deleted, merged_into, fatalities ON events
BEGIN
    UPDATE store_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER events_removed AFTER DELETE ON events
BEGIN
    UPDATE store_state SET generation = generation + 1 WHERE id = 1;
END;
-- The timeline's covering index gains the fatalities, which the timeline filters on.
DROP INDEX events_timeline;
CREATE INDEX events_timeline ON events(date_start, date_end, time_precision, status, type_id, faction1,
                                       faction_mask, track_id, place_id, deleted, merged_into, fatalities);
CREATE TABLE index_snapshot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL,     -- store_state.generation when it was taken
    last_event_id INTEGER NOT NULL,  -- max(events.id) when it was taken
    columns BLOB NOT NULL            -- EventIndex::toBytes()
);
)sql";

constexpr std::array kMigrations{kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6, kVersion7};

} // namespace

int latestVersion() {
    return static_cast<int>(kMigrations.size());
}

int version(const Database &db) {
    try {
        return db.userVersion();
    } catch (const StoreError &error) {
        throw StoreError(db.path().toStdString() + ": not a kidal-timeline store (" + error.what() + ")");
    }
}

namespace {

void refuseNewer(const Database &db, int version) {
    if (version > latestVersion())
        throw StoreError(db.path().toStdString() +
                         ": this store was made by a newer version of kidal-timeline " + "(schema " +
                         std::to_string(version) + "; this program knows up to schema " +
                         std::to_string(latestVersion()) + "); it was left untouched");
}

} // namespace

void check(const Database &db) {
    const int found = version(db);
    refuseNewer(db, found);
    if (found < latestVersion())
        throw StoreError(db.path().toStdString() + ": not a kidal-timeline store of this version (schema " +
                         std::to_string(found) + ")");
}

void migrate(const Database &db, int targetVersion) {
    if (targetVersion < 1 || targetVersion > latestVersion())
        throw StoreError("no schema version " + std::to_string(targetVersion));
    const int version = Schema::version(db);
    refuseNewer(db, version);
    if (version == 0) {
        // A version-0 file must be empty: refuse to write our schema into somebody else's database.
        Statement tables = db.prepare("SELECT count(*) FROM sqlite_schema");
        if (tables.step() && tables.int64(0) > 0)
            throw StoreError(db.path().toStdString() +
                             ": this SQLite file is not a kidal-timeline store (it has tables but no schema "
                             "version); it was left untouched");
    }
    // WAL lets readers go on while an import writes. Setting it writes the file: only when it is not set.
    const bool wal = [&db] {
        Statement mode = db.prepare("PRAGMA journal_mode");
        return mode.step() && mode.text(0) == QLatin1String("wal");
    }();
    if (!wal)
        db.exec("PRAGMA journal_mode = WAL");
    if (version == targetVersion) {
        db.exec("PRAGMA foreign_keys = ON");
        return;
    }
    // Migrations rebuild tables that others refer to: foreign keys are checked by hand at the end of each
    // one instead (SQLite cannot switch them inside a transaction).
    db.exec("PRAGMA foreign_keys = OFF");
    for (int next = version; next < targetVersion; ++next) {
        Transaction transaction(db);
        db.exec(kMigrations.at(static_cast<std::size_t>(next)));
        Statement check = db.prepare("PRAGMA foreign_key_check");
        if (check.step())
            throw StoreError(db.path().toStdString() + ": migration to schema " + std::to_string(next + 1) +
                             " would break a link from table " + check.text(0).toStdString() +
                             "; the store was left at schema " + std::to_string(next));
        db.exec(("PRAGMA user_version = " + std::to_string(next + 1)).c_str());
        transaction.commit();
    }
    db.exec("PRAGMA foreign_keys = ON");
}

void migrate(const Database &db) {
    migrate(db, latestVersion());
}

} // namespace kt::Schema
