#pragma once

#include <QString>

#include <stdexcept>

namespace kt {

// Bad input from a file a user brought: names the file, the line, and what is wrong.
class InputError : public std::runtime_error {
public:
    InputError(const QString &file, int line, const QString &reason)
        : std::runtime_error(
              (file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + reason).toStdString())
        , m_file(file)
        , m_line(line)
        , m_reason(reason) {}
    const QString &file() const { return m_file; }
    int line() const { return m_line; }
    const QString &reason() const { return m_reason; }

private:
    QString m_file;
    int m_line;
    QString m_reason;
};

} // namespace kt
