#pragma once

#include "store/Statement.h"

#include <QString>

struct sqlite3;

namespace kt {

// An open SQLite connection, closed when it goes out of scope.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    explicit Database(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    Statement prepare(const char *sql) const { return Statement(m_db, sql); }
    void exec(const char *sql) const;
    int userVersion() const;
    std::int64_t lastInsertId() const;
    static constexpr int kBusyTimeoutMs = 5000;
    // How long a statement waits for another connection's lock before it fails.
    void setBusyTimeout(int milliseconds) const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
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
