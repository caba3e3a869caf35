#pragma once

#include "io/AcledRecordInterpreter.h"
#include "io/AcledSource.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace kt {

// Reads an answer of ACLED's API saved to a file: {"status": 200, "success": true, "count": N, "data": [{…},
// …]} (or only the data array), each row an object of the ACLED column names and their values, as strings or
// numbers. The rows are read like those of a CSV export (AcledRecordInterpreter); a row's "line" is the line
// of the file on which its object starts.
class AcledJsonReader : public AcledSource {
public:
    // Reads and parses the whole file. Throws InputError naming the file for a file that is not such an
    // answer (a JSON error with its line, a status that is not 200, no data array, rows that are not
    // objects).
    explicit AcledJsonReader(const QString &path);
    // True when the bytes look like an ACLED API answer (an object with a "data" array of rows, or an array
    // of rows with an event_date) rather than events JSON.
    static bool looksLikeApiAnswer(const QByteArray &bytes);

    Result next(AcledRow &row) override;
    const QString &path() const override { return m_path; }
    qint64 fileSize() const override { return m_size; }
    qint64 bytesRead() const override;
    bool isMonadic() const override { return m_interpreter->columns().isMonadic(); }
    QStringList notices() const override { return m_interpreter->notices(); }

private:
    QString m_path;
    qint64 m_size = 0;
    QJsonArray m_rows;
    std::vector<qsizetype> m_lines; // the line each row's object starts on
    std::vector<QString> m_names;   // the column names, from the first row
    std::optional<AcledRecordInterpreter> m_interpreter;
    qsizetype m_next = 0;
    std::vector<std::string> m_values;
    std::vector<std::string_view> m_fields;
};

} // namespace kt
