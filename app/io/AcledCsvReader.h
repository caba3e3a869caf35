#pragma once

#include "core/AcledRow.h"

#include <QFile>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace kt {

// Reads an ACLED CSV export one row at a time, in a buffer of a few megabytes whatever the file's size.
// RFC 4180: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a UTF-8 byte order
// mark. Columns are found by their header names (either case); "NA" and empty fields are missing values.
// `event_date` is YYYY-MM-DD (API) or "28 December 2022" (export tool); time_precision 2 spreads the date
// over the week around it, 3 over its calendar month.
class AcledCsvReader {
public:
    // Opens the file and reads its header. Throws InputError naming the file (line 1 for a bad header).
    explicit AcledCsvReader(const QString &path);

    struct Result {
        enum Kind { Row, Bad, End } kind = End;
        qsizetype line = 0; // where the row starts
        QString reason;     // for Bad
    };
    // The next row into `row` (its views live until the next call). A bad row is reported and skipped; the
    // rows after it can still be read.
    Result next(AcledRow &row);

    const QString &path() const { return m_path; }
    qint64 fileSize() const { return m_size; }
    qint64 bytesRead() const { return m_consumed; }

private:
    enum class Parse { Record, NeedMore, Bad };
    Parse parseRecord(QString &reason);
    bool refill();
    QString interpret(AcledRow &row) const;

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_consumed = 0;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0; // the next record starts here
    std::size_t m_end = 0;   // bytes in the buffer
    bool m_eof = false;
    qsizetype m_line = 1;
    // Result of parseRecord: the record's fields and where it ended.
    std::vector<std::string_view> m_fields;
    std::vector<bool> m_quoted;
    std::size_t m_recordEnd = 0;
    qsizetype m_recordLines = 0;
    std::string m_scratch;                              // unescaped quoted fields
    std::array<int, AcledRow::ColumnCount> m_columns{}; // file column of each ACLED column, or -1
    std::size_t m_fileColumns = 0;
};

} // namespace kt
