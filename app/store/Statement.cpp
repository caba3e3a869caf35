#include "store/Statement.h"

#include "store/StoreError.h"

#include <sqlite3.h>

#include <utility>

namespace kt {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail("prepare");
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::fail(const char *what) const {
    const int code = sqlite3_errcode(m_db);
    const char *sql = m_stmt ? sqlite3_sql(m_stmt) : nullptr;
    throw StoreError::fromSqlite(m_db, code,
                                 std::string(what) +
                                     (sql ? std::string(" \"") + std::string(sql).substr(0, 60) +
                                                (std::string(sql).size() > 60 ? "…\"" : "\"")
                                          : std::string()));
}

Statement &Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

Statement &Statement::bind(int index, double value) {
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

Statement &Statement::bind(int index, const QString &value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        fail("bind");
    return *this;
}

Statement &Statement::bindView(int index, std::string_view utf8) {
    if (utf8.empty())
        return bindNull(index);
    if (sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC) !=
        SQLITE_OK)
        fail("bind");
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes) {
    if (sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
    return *this;
}

Statement &Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail("bind");
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, std::optional<std::int64_t> value) {
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail("step");
}

void Statement::exec() {
    while (step()) {
    }
    reset();
}

void Statement::execKeepingBindings() {
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace kt
