#include "store/Database.h"

#include "store/StoreError.h"

#include <sqlite3.h>

#include <utility>

namespace kt {

Database::Database(const QString &path, Mode mode)
    : m_path(path) {
    // Memory statistics take a global mutex on every allocation; the program never reads them.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    const int flags = mode == Mode::ReadOnly    ? SQLITE_OPEN_READONLY
                      : mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE
                                                : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(path.toStdString() + ": cannot open the store: " + message);
    }
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    if (mode == Mode::ReadOnly)
        exec("PRAGMA query_only = 1");
}

Database::Database(Database &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_db(std::exchange(other.m_db, nullptr)) {}

Database::~Database() {
    sqlite3_close(m_db);
}

void Database::exec(const char *sql) const {
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw StoreError(m_path.toStdString() + ": " + message);
    }
}

int Database::userVersion() const {
    Statement statement = prepare("PRAGMA user_version");
    return statement.step() ? static_cast<int>(statement.int64(0)) : 0;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

void Database::setBusyTimeout(int milliseconds) const {
    sqlite3_busy_timeout(m_db, milliseconds);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

Transaction::Transaction(const Database &db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    rollback();
}

void Transaction::rollback() noexcept {
    if (m_done)
        return;
    m_done = true;
    try {
        m_db.exec("ROLLBACK");
    } catch (const StoreError &) {
        // The connection is already unusable; nothing was committed.
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace kt
