#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace kt {

// A prepared statement, finalised when it goes out of scope. Binds are 1-based like SQLite's.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bindNull(int index);
    // Binds UTF-8 bytes without copying them: they must stay alive until the statement has stepped. An
    // empty view binds NULL.
    Statement &bindView(int index, std::string_view utf8);
    Statement &bind(int index, std::optional<double> value);
    Statement &bind(int index, std::optional<std::int64_t> value);
    // Copies the bytes (SQLITE_TRANSIENT).
    Statement &bindBlob(int index, const QByteArray &bytes);

    // Steps once; true while a row is available.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    // The same, keeping the bindings: for a loop that binds every parameter each time anyway.
    void execKeepingBindings();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail(const char *what) const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace kt
