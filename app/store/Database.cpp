#include "store/Database.h"

#include "store/StoreError.h"

#include "core/TextNormalizer.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <utility>

namespace kt {

namespace {

// A file: URI for the path, for SQLite's query parameters ('%', '?' and '#' escaped).
QByteArray fileUri(const QString &path) {
    QByteArray uri = "file:";
    for (const char c : QFileInfo(path).absoluteFilePath().toUtf8()) {
        if (c == '%' || c == '?' || c == '#')
            uri += '%' + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        else
            uri += c;
    }
    return uri;
}

} // namespace

Database::Database(const QString &path, Mode mode)
    : m_path(path) {
    // Memory statistics take a global mutex on every allocation; the program never reads them.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    const int flags = mode == Mode::ReadOnly    ? SQLITE_OPEN_READONLY
                      : mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE
                                                : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    open(path.toUtf8(), flags);
    if (mode == Mode::ReadOnly && !readable()) {
        // A WAL store on read-only media or in a folder nobody may write to: SQLite cannot make the -shm file
        // that readers share. Nobody can be writing it either, so it is read as immutable.
        sqlite3_close(m_db);
        m_db = nullptr;
        open(fileUri(path) + "?immutable=1", flags | SQLITE_OPEN_URI);
    }
    if (mode == Mode::ReadOnly)
        exec("PRAGMA query_only = 1");
}

void Database::open(const QByteArray &name, int flags) {
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(m_path.toStdString() + ": cannot open the store: " + message, rc & 0xff);
    }
    setBusyTimeout(busyTimeoutMs());
    sqlite3_extended_result_codes(m_db, 1);
    addFoldFunction();
}

// kt_fold(text): the text without case or accents (TextNormalizer::fold), for comparisons that ignore them
// ("Ménaka" LIKE "menaka"); NULL stays NULL.
void Database::addFoldFunction() const {
    const auto fold = [](sqlite3_context *context, int, sqlite3_value **values) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
        if (!text) {
            sqlite3_result_null(context);
            return;
        }
        const QByteArray folded =
            TextNormalizer::fold(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
        sqlite3_result_text(context, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
    };
    if (sqlite3_create_function_v2(m_db, "kt_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, fold, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw StoreError::fromSqlite(m_db, sqlite3_errcode(m_db), "add the function kt_fold");
}

bool Database::readable() const {
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_schema", -1, &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    const int primary = rc & 0xff;
    return primary != SQLITE_CANTOPEN && primary != SQLITE_READONLY;
}

Database::Database(Database &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_db(std::exchange(other.m_db, nullptr))
    , m_cancelled(std::move(other.m_cancelled)) {}

Database::~Database() {
    sqlite3_close(m_db);
}

void Database::exec(const char *sql) const {
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); rc != SQLITE_OK)
        throw StoreError::fromSqlite(m_db, rc, std::string("\"") + std::string(sql).substr(0, 40) + "\"");
}

int Database::userVersion() const {
    Statement statement = prepare("PRAGMA user_version");
    return statement.step() ? static_cast<int>(statement.int64(0)) : 0;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::busyTimeoutMs() {
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("KIDAL_TIMELINE_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : kBusyTimeoutMs;
}

void Database::setBusyTimeout(int milliseconds) const {
    sqlite3_busy_timeout(m_db, milliseconds);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

void Database::interruptWhen(std::function<bool()> cancelled) {
    m_cancelled = std::make_unique<std::function<bool()>>(std::move(cancelled));
    sqlite3_progress_handler(
        m_db, 10'000, [](void *check) { return (*static_cast<std::function<bool()> *>(check))() ? 1 : 0; },
        m_cancelled.get());
}

BlobReader::BlobReader(const Database &db, const char *table, const char *column, std::int64_t rowid) {
    const int rc = sqlite3_blob_open(db.handle(), "main", table, column, rowid, 0, &m_blob);
    if (rc != SQLITE_OK) {
        const StoreError error =
            StoreError::fromSqlite(db.handle(), rc, std::string("read the blob ") + table + "." + column);
        sqlite3_blob_close(m_blob); // SQLite may hand back a handle even on failure
        throw error;
    }
}

BlobReader::~BlobReader() {
    sqlite3_blob_close(m_blob);
}

qint64 BlobReader::size() const {
    return sqlite3_blob_bytes(m_blob);
}

bool BlobReader::read(char *into, qint64 bytes, qint64 offset) const {
    if (bytes < 0 || offset < 0 || offset + bytes > size())
        return false;
    return bytes == 0 ||
           sqlite3_blob_read(m_blob, into, static_cast<int>(bytes), static_cast<int>(offset)) == SQLITE_OK;
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
