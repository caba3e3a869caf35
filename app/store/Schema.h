#pragma once

namespace kt {

class Database;

// The store's schema, versioned with PRAGMA user_version. Each migration takes the store from version N to
// N + 1 inside one transaction; a store made by a newer program is refused and left untouched.
namespace Schema {

int latestVersion();
// The store's schema version (PRAGMA user_version). Throws StoreError when the file is not a SQLite database.
int version(const Database &db);
// For a store opened read-only: throws StoreError unless it is a store of the latest schema.
void check(const Database &db);
// Brings the store up to the latest version. Throws StoreError when the store is newer than this program
// or is not a store at all.
void migrate(const Database &db);
// Brings the store up to targetVersion only: how tests make a store of an older version.
void migrate(const Database &db, int targetVersion);

} // namespace Schema
} // namespace kt
