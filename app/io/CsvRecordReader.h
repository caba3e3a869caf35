#pragma once

#include <QFile>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace kt {

// Streams the records of a delimited text file (RFC 4180) in a buffer of a few megabytes, whatever the file's
// size: quoted fields with delimiters, doubled quotes and line breaks; CRLF or LF; a UTF-8 byte order mark;
// a last record without a line end. The delimiter is found in the first line: a comma, or the semicolon that
// spreadsheets set up for French use, or a tab, whichever of them the line has most of outside quotes.
class CsvRecordReader {
public:
    // Opens the file. Throws InputError (line 0) when it cannot be read.
    explicit CsvRecordReader(const QString &path);

    struct Record {
        enum Kind { Fields, Bad, End } kind = End;
        qsizetype line = 0; // the physical line the record starts on, 1-based
        QString reason;     // for Bad: what is malformed
    };
    // The next record. Its fields (fields(), quoted()) live until the next call. A malformed record is
    // reported and skipped; the records after it can still be read. Blank lines are no records.
    Record next();

    const std::vector<std::string_view> &fields() const { return m_fields; }
    // Whether field i was written in quotes ("NA" in quotes is text, not a missing value).
    bool quoted(std::size_t i) const { return m_quoted.at(i); }
    char delimiter() const { return m_delimiter; }
    const QString &path() const { return m_path; }
    qint64 fileSize() const { return m_size; }
    qint64 bytesRead() const { return m_consumed; }
    // True when nothing but a byte order mark, or nothing at all, is in the file.
    bool isEmpty() const { return m_empty; }

    // A record longer than this is reported as bad and skipped (real rows are a few kilobytes).
    static constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20U;

private:
    enum class Parse { Record, NeedMore, Bad };
    Parse parseRecord(QString &reason);
    Parse parseQuoted(std::size_t &pos, QString &reason);
    Record skipOversized();
    bool refill();
    char sniffDelimiter() const;

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_consumed = 0;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0; // the next record starts here
    std::size_t m_end = 0;   // bytes in the buffer
    bool m_eof = false;
    bool m_empty = false;
    char m_delimiter = ',';
    qsizetype m_line = 1;
    // Result of parseRecord: the record's fields and where it ended.
    std::vector<std::string_view> m_fields;
    std::vector<bool> m_quoted;
    std::size_t m_recordEnd = 0;
    qsizetype m_recordLines = 0;
    std::string m_scratch; // unescaped quoted fields
};

} // namespace kt
