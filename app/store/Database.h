#pragma once

#include "store/Statement.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_blob;

namespace kt {

// An open SQLite connection, closed when it goes out of scope.
class Database {
public:
    // Create: read and write, making the file when there is none. ReadOnly: SQLite never writes the file
    // (query_only), and a store on read-only media is read as immutable.
    enum class Mode { Create, ReadWrite, ReadOnly };
    explicit Database(const QString &path, Mode mode = Mode::Create);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&) = delete;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    Statement prepare(const char *sql) const { return Statement(m_db, sql); }
    void exec(const char *sql) const;
    int userVersion() const;
    std::int64_t lastInsertId() const;
    // How long a write waits for another program's write lock before it fails: 5 s, or the environment's
    // KIDAL_TIMELINE_BUSY_TIMEOUT_MS.
    static constexpr int kBusyTimeoutMs = 5000;
    static int busyTimeoutMs();
    // How long a statement waits for another connection's lock before it fails.
    void setBusyTimeout(int milliseconds) const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    // Asks `cancelled` every few thousand SQLite steps; when it says true the statement running stops with
    // a StoreError (SQLITE_INTERRUPT). For long reads in a worker that the user can cancel.
    void interruptWhen(std::function<bool()> cancelled);

private:
    void open(const QByteArray &name, int flags);
    void addFoldFunction() const;
    // Whether the schema can be read; false when SQLite cannot open what a WAL reader needs.
    bool readable() const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<std::function<bool()>> m_cancelled; // interruptWhen's; its address is SQLite's argument
};

// A BLOB read in place (SQLite's incremental I/O), closed when it goes out of scope: its bytes go straight
// into the caller's memory, without the copy a SELECT of the column makes.
class BlobReader {
public:
    // Throws StoreError when the row or the column is not there.
    BlobReader(const Database &db, const char *table, const char *column, std::int64_t rowid);
    ~BlobReader();
    BlobReader(const BlobReader &) = delete;
    BlobReader &operator=(const BlobReader &) = delete;

    qint64 size() const;
    // Reads `bytes` bytes at `offset`; false when they are not all there or SQLite refuses.
    bool read(char *into, qint64 bytes, qint64 offset) const;

private:
    sqlite3_blob *m_blob = nullptr;
};

// A transaction that rolls back unless commit() was called: a failed import leaves nothing behind.
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();
    // Rolls back now rather than at the end of the scope. Never throws.
    void rollback() noexcept;

private:
    const Database &m_db;
    bool m_done = false;
};

} // namespace kt
