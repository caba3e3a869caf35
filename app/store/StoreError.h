#pragma once

#include <stdexcept>
#include <string>

struct sqlite3;

namespace kt {

// Raised by the store for anything SQLite refuses: a file that is not a store, a store from a newer version,
// a full disk, a store another program is writing. The message names the file and says what went wrong in
// words a user can act on, with SQLite's own words after them.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string &message, int sqliteCode = 0)
        : std::runtime_error(message)
        , m_code(sqliteCode) {}

    // The error of a failed SQLite call on db (its primary result code taken from `code`), for `what` (such
    // as "the import", "reading the events"). A busy store names the process that holds its write lock.
    static StoreError fromSqlite(sqlite3 *db, int code, const std::string &what);

    // SQLite's primary result code (SQLITE_BUSY, SQLITE_FULL, SQLITE_CORRUPT…), or 0 when the error is the
    // program's own (a newer schema, no such store).
    int sqliteCode() const { return m_code; }
    bool isBusy() const;

private:
    int m_code = 0;
};

// The process that holds the write lock of the store at path (WAL mode: byte 120 of its -shm file, SQLite's
// WAL_WRITE_LOCK), as "pid 1234: kidal-timeline import big.csv"; empty when none can be found.
std::string writeLockHolder(const std::string &path);

} // namespace kt
