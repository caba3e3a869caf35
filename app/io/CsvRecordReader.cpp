#include "io/CsvRecordReader.h"

#include "core/InputError.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace kt {

namespace {

constexpr qint64 kChunk = qint64{4} << 20U;

} // namespace

CsvRecordReader::CsvRecordReader(const QString &path)
    : m_path(path)
    , m_file(path) {
    if (!m_file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
    m_size = m_file.size();
    // A small file needs no 4 MiB buffer: it grows when a record is larger than it.
    const auto initial = static_cast<std::size_t>(std::clamp<qint64>(m_size + 1, 64 << 10, kChunk));
    m_buffer.resize(initial);
    m_scratch.reserve(initial);
    refill();
    if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0) {
        m_begin = 3; // UTF-8 byte order mark
        m_consumed = 3;
    }
    m_empty = m_begin == m_end;
    m_delimiter = sniffDelimiter();
}

char CsvRecordReader::sniffDelimiter() const {
    std::array<std::size_t, 3> counts{}; // comma, semicolon, tab
    bool inQuotes = false;
    for (std::size_t i = m_begin; i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c == '\n')
            break;
        else if (!inQuotes && c == ',')
            ++counts.at(0);
        else if (!inQuotes && c == ';')
            ++counts.at(1);
        else if (!inQuotes && c == '\t')
            ++counts.at(2);
    }
    if (counts.at(1) > counts.at(0) && counts.at(1) >= counts.at(2))
        return ';';
    if (counts.at(2) > counts.at(0))
        return '\t';
    return ',';
}

bool CsvRecordReader::refill() {
    if (m_eof)
        return false;
    // Keep the unread part at the front; grow when one record is larger than the buffer.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_end == m_buffer.size()) {
        m_buffer.resize(m_buffer.size() * 2);
        m_scratch.reserve(m_buffer.size());
    }
    const qint64 read = m_file.read(m_buffer.data() + m_end, static_cast<qint64>(m_buffer.size() - m_end));
    if (read <= 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<std::size_t>(read);
    return true;
}

// A quoted field starting at pos; on Record, pos is just after its closing quote.
CsvRecordReader::Parse CsvRecordReader::parseQuoted(std::size_t &pos, QString &reason) {
    const char *data = m_buffer.data();
    std::size_t scan = pos + 1;
    bool escaped = false;
    std::size_t close = 0;
    while (true) {
        const void *found = std::memchr(data + scan, '"', m_end - scan);
        if (!found) {
            if (!m_eof)
                return Parse::NeedMore;
            reason = QStringLiteral("a quoted field is never closed");
            m_recordEnd = m_end;
            m_recordLines = static_cast<qsizetype>(std::count(data + m_begin, data + m_end, '\n'));
            return Parse::Bad;
        }
        close = static_cast<std::size_t>(static_cast<const char *>(found) - data);
        if (close + 1 == m_end && !m_eof)
            return Parse::NeedMore;
        if (close + 1 < m_end && data[close + 1] == '"') {
            escaped = true;
            scan = close + 2;
            continue;
        }
        break;
    }
    const std::string_view raw(data + pos + 1, close - pos - 1);
    m_recordLines += static_cast<qsizetype>(std::count(raw.cbegin(), raw.cend(), '\n'));
    if (escaped) {
        const std::size_t start = m_scratch.size();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            m_scratch.push_back(raw[i]);
            if (raw[i] == '"')
                ++i;
        }
        m_fields.emplace_back(m_scratch.data() + start, m_scratch.size() - start);
    } else {
        m_fields.push_back(raw);
    }
    m_quoted.push_back(true);
    pos = close + 1;
    if (pos < m_end && data[pos] == '\r') {
        if (pos + 1 == m_end && !m_eof)
            return Parse::NeedMore;
        if (pos + 1 < m_end && data[pos + 1] == '\n')
            ++pos;
    }
    if (pos < m_end && data[pos] != m_delimiter && data[pos] != '\n') {
        const void *newline = std::memchr(data + pos, '\n', m_end - pos);
        if (!newline && !m_eof)
            return Parse::NeedMore;
        reason = QStringLiteral("text after the closing quote of field %1").arg(m_fields.size());
        m_recordEnd =
            newline ? static_cast<std::size_t>(static_cast<const char *>(newline) - data) + 1 : m_end;
        m_recordLines += newline ? 1 : 0;
        return Parse::Bad;
    }
    return Parse::Record;
}

CsvRecordReader::Parse CsvRecordReader::parseRecord(QString &reason) {
    m_fields.clear();
    m_quoted.clear();
    m_scratch.clear();
    m_recordLines = 0;
    const char *data = m_buffer.data();
    std::size_t pos = m_begin;
    if (pos >= m_end)
        return Parse::NeedMore;
    while (true) {
        if (pos < m_end && data[pos] == '"') {
            if (const Parse parse = parseQuoted(pos, reason); parse != Parse::Record)
                return parse;
        } else {
            std::size_t stop = pos;
            while (stop < m_end && data[stop] != m_delimiter && data[stop] != '\n')
                ++stop;
            if (stop == m_end && !m_eof)
                return Parse::NeedMore;
            std::size_t fieldEnd = stop;
            if (stop < m_end && data[stop] == '\n' && fieldEnd > pos && data[fieldEnd - 1] == '\r')
                --fieldEnd;
            m_fields.emplace_back(data + pos, fieldEnd - pos);
            m_quoted.push_back(false);
            pos = stop;
        }
        if (pos >= m_end) {
            m_recordEnd = m_end;
            return Parse::Record;
        }
        if (data[pos] == m_delimiter) {
            ++pos;
            if (pos == m_end) {
                if (!m_eof)
                    return Parse::NeedMore;
                m_fields.emplace_back();
                m_quoted.push_back(false);
                m_recordEnd = m_end;
                return Parse::Record;
            }
            continue;
        }
        // A line feed ends the record.
        m_recordEnd = pos + 1;
        m_recordLines += 1;
        return Parse::Record;
    }
}

// A record longer than any real row: reported, and skipped up to the end of its line without keeping it.
CsvRecordReader::Record CsvRecordReader::skipOversized() {
    const qsizetype line = m_line;
    qint64 skipped = 0;
    while (true) {
        const void *newline = std::memchr(m_buffer.data() + m_begin, '\n', m_end - m_begin);
        if (newline) {
            const auto at =
                static_cast<std::size_t>(static_cast<const char *>(newline) - m_buffer.data()) + 1;
            skipped += static_cast<qint64>(at - m_begin);
            m_line +=
                static_cast<qsizetype>(std::count(m_buffer.data() + m_begin, m_buffer.data() + at, '\n'));
            m_begin = at;
            break;
        }
        skipped += static_cast<qint64>(m_end - m_begin);
        m_begin = m_end;
        if (!refill())
            break;
    }
    m_consumed += skipped;
    return {Record::Bad, line,
            QStringLiteral("a row of %1 MiB, longer than the %2 MiB a row may have")
                .arg(static_cast<double>(skipped) / (1 << 20), 0, 'f', 1)
                .arg(kMaxRecordBytes >> 20U)};
}

CsvRecordReader::Record CsvRecordReader::next() {
    while (true) {
        QString reason;
        Parse parse = parseRecord(reason);
        // Once the end of the file is known, the last record is parsed again with that knowledge.
        while (parse == Parse::NeedMore && !m_eof) {
            if (m_end - m_begin > kMaxRecordBytes)
                return skipOversized();
            refill();
            parse = parseRecord(reason);
        }
        if (parse == Parse::NeedMore)
            return {Record::End, m_line, {}};
        const qsizetype line = m_line;
        m_line += m_recordLines;
        m_consumed += static_cast<qint64>(m_recordEnd - m_begin);
        m_begin = m_recordEnd;
        if (parse == Parse::Bad)
            return {Record::Bad, line, reason};
        // A blank line between records (or at the end) is no record.
        if (m_fields.size() == 1 && m_fields.front().empty() && !m_quoted.front())
            continue;
        return {Record::Fields, line, {}};
    }
}

} // namespace kt
