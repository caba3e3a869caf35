#include "io/AcledCsvReader.h"

#include "core/DayDate.h"
#include "extract/InputError.h"

#include <QDate>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <tuple>

namespace kt {

namespace {

constexpr std::size_t kChunk = std::size_t{4} << 20U;

QString quoted(std::string_view text) {
    return QLatin1Char('"') + QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())) +
           QLatin1Char('"');
}

bool equalsLower(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() &&
           std::equal(text.cbegin(), text.cend(), lower.cbegin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
           });
}

template <typename Number> bool parseNumber(std::string_view text, Number &value) {
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && pointer == end;
}

int monthNumber(std::string_view name) {
    static constexpr std::array<std::string_view, 12> months{"january",   "february", "march",    "april",
                                                             "may",       "june",     "july",     "august",
                                                             "september", "october",  "november", "december"};
    for (std::size_t i = 0; i < months.size(); ++i) {
        const std::string_view month = months.at(i);
        if (equalsLower(name, month) || (name.size() == 3 && equalsLower(name, month.substr(0, 3))))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

// "2023-11-12" or "12 November 2023" (also "12-November-2023", "12 Nov 2023").
std::optional<Day> parseDate(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (!parseNumber(text.substr(0, 4), year) || !parseNumber(text.substr(5, 2), month) ||
            !parseNumber(text.substr(8, 2), day))
            return std::nullopt;
    } else {
        const std::size_t first = text.find_first_of(" -");
        const std::size_t last = text.find_last_of(" -");
        if (first == std::string_view::npos || first == last)
            return std::nullopt;
        if (!parseNumber(text.substr(0, first), day) || !parseNumber(text.substr(last + 1), year))
            return std::nullopt;
        month = monthNumber(text.substr(first + 1, last - first - 1));
    }
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900)
        return std::nullopt;
    return DayDate::fromDate(date);
}

// True when the bytes are well-formed UTF-8. ASCII runs are skipped eight bytes at a time.
bool validUtf8(std::string_view text) {
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            std::uint64_t word = 0;
            std::memcpy(&word, bytes + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = bytes[i];
        std::size_t length = 0;
        if (lead < 0x80)
            length = 1;
        else if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4;
        else
            return false;
        if (i + length > size)
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((bytes[i + k] & 0xC0U) != 0x80U)
                return false;
        i += length;
    }
    return true;
}

} // namespace

AcledCsvReader::AcledCsvReader(const QString &path)
    : m_path(path)
    , m_file(path) {
    if (!m_file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
    m_size = m_file.size();
    m_buffer.resize(kChunk);
    m_scratch.reserve(kChunk);
    refill();
    if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
        m_begin = 3; // UTF-8 byte order mark

    QString reason;
    Parse parse = parseRecord(reason);
    while (parse == Parse::NeedMore && !m_eof) {
        refill();
        parse = parseRecord(reason);
    }
    if (parse == Parse::NeedMore && m_begin == m_end)
        throw InputError(path, 1,
                         QStringLiteral("the file is empty; an ACLED export starts with a header row"));
    if (parse != Parse::Record)
        throw InputError(path, 1, QStringLiteral("the header row cannot be read: %1").arg(reason));
    m_columns.fill(-1);
    m_fileColumns = m_fields.size();
    const auto &names = AcledRow::columnNames();
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        for (std::size_t column = 0; column < names.size(); ++column)
            if (equalsLower(m_fields[i], names.at(column)) && m_columns.at(column) < 0)
                m_columns.at(column) = static_cast<int>(i);
    QStringList missing;
    for (const auto column :
         {AcledRow::EventDate, AcledRow::EventType, AcledRow::SubEventType, AcledRow::Actor1})
        if (m_columns.at(column) < 0)
            missing << QString::fromLatin1(names.at(column).data(),
                                           static_cast<qsizetype>(names.at(column).size()));
    if (!missing.isEmpty())
        throw InputError(
            path, 1,
            QStringLiteral("not an ACLED export: the header has no %1 column (it should name the "
                           "ACLED columns event_id_cnty, event_date, year, time_precision, …)")
                .arg(missing.join(QStringLiteral(", "))));
    m_line += m_recordLines;
    m_consumed += static_cast<qint64>(m_recordEnd - m_begin);
    m_begin = m_recordEnd;
}

bool AcledCsvReader::refill() {
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

AcledCsvReader::Parse AcledCsvReader::parseRecord(QString &reason) {
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
            if (pos < m_end && data[pos] != ',' && data[pos] != '\n') {
                const void *newline = std::memchr(data + pos, '\n', m_end - pos);
                if (!newline && !m_eof)
                    return Parse::NeedMore;
                reason = QStringLiteral("text after the closing quote of field %1").arg(m_fields.size());
                m_recordEnd =
                    newline ? static_cast<std::size_t>(static_cast<const char *>(newline) - data) + 1 : m_end;
                m_recordLines += newline ? 1 : 0;
                return Parse::Bad;
            }
        } else {
            std::size_t stop = pos;
            while (stop < m_end && data[stop] != ',' && data[stop] != '\n')
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
        if (data[pos] == ',') {
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

AcledCsvReader::Result AcledCsvReader::next(AcledRow &row) {
    while (true) {
        QString reason;
        Parse parse = parseRecord(reason);
        // Once the end of the file is known, the last record is parsed again with that knowledge.
        while (parse == Parse::NeedMore && !m_eof) {
            refill();
            parse = parseRecord(reason);
        }
        if (parse == Parse::NeedMore)
            return {Result::End, m_line, {}};
        const qsizetype line = m_line;
        m_line += m_recordLines;
        m_consumed += static_cast<qint64>(m_recordEnd - m_begin);
        m_begin = m_recordEnd;
        if (parse == Parse::Bad)
            return {Result::Bad, line, reason};
        // A blank line between records (or at the end) is no row.
        if (m_fields.size() == 1 && m_fields.front().empty() && !m_quoted.front())
            continue;
        if (m_fields.size() != m_fileColumns)
            return {Result::Bad, line,
                    QStringLiteral("%1 fields where the header has %2 columns")
                        .arg(m_fields.size())
                        .arg(m_fileColumns)};
        for (std::size_t column = 0; column < m_columns.size(); ++column) {
            const int at = m_columns.at(column);
            std::string_view value = at >= 0 ? m_fields[static_cast<std::size_t>(at)] : std::string_view();
            if (value == "NA" && !m_quoted[static_cast<std::size_t>(at)])
                value = {};
            row.fields.at(column) = value;
        }
        row.line = line;
        const QString problem = interpret(row);
        if (!problem.isEmpty())
            return {Result::Bad, line, problem};
        return {Result::Row, line, {}};
    }
}

QString AcledCsvReader::interpret(AcledRow &row) const {
    const std::string_view dateText = row.field(AcledRow::EventDate);
    const auto day = parseDate(dateText);
    if (!day)
        return QStringLiteral("event_date %1 is not a date (YYYY-MM-DD or \"28 December 2022\")")
            .arg(quoted(dateText));
    int precision = 1;
    if (const std::string_view text = row.field(AcledRow::TimePrecisionColumn);
        !text.empty() && (!parseNumber(text, precision) || precision < 1 || precision > 3))
        return QStringLiteral("time_precision %1 is not 1, 2 or 3").arg(quoted(text));
    const QDate date = DayDate::toDate(*day);
    if (const std::string_view text = row.field(AcledRow::Year); !text.empty()) {
        int year = 0;
        if (!parseNumber(text, year) || year != date.year())
            return QStringLiteral("year %1 does not match event_date %2").arg(quoted(text), quoted(dateText));
    }
    row.precision = static_cast<TimePrecision>(precision);
    std::tie(row.dateStart, row.dateEnd) = AcledRow::range(*day, row.precision);
    if (row.field(AcledRow::EventType).empty())
        return QStringLiteral("event_type is empty");
    if (row.field(AcledRow::SubEventType).empty())
        return QStringLiteral("sub_event_type is empty");
    const auto columnName = [](AcledRow::Column column) {
        const std::string_view name = AcledRow::columnNames().at(column);
        return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    };
    const auto integer = [&](AcledRow::Column column, std::optional<std::int64_t> &value) {
        value.reset();
        const std::string_view text = row.field(column);
        std::int64_t number = 0;
        if (text.empty())
            return QString();
        if (!parseNumber(text, number) || number < 0)
            return QStringLiteral("%1 %2 is not a whole number").arg(columnName(column), quoted(text));
        value = number;
        return QString();
    };
    const auto decimal = [&](AcledRow::Column column, std::optional<double> &value) {
        value.reset();
        const std::string_view text = row.field(column);
        double number = 0;
        if (text.empty())
            return QString();
        if (!parseNumber(text, number))
            return QStringLiteral("%1 %2 is not a number").arg(columnName(column), quoted(text));
        value = number;
        return QString();
    };
    for (const QString &problem :
         {integer(AcledRow::Fatalities, row.fatalities), integer(AcledRow::Iso, row.iso),
          integer(AcledRow::GeoPrecision, row.geoPrecision), integer(AcledRow::Timestamp, row.timestamp),
          decimal(AcledRow::Latitude, row.latitude), decimal(AcledRow::Longitude, row.longitude)})
        if (!problem.isEmpty())
            return problem;
    for (const auto column : {AcledRow::Notes, AcledRow::Actor1, AcledRow::Actor2, AcledRow::Location})
        if (!validUtf8(row.field(column)))
            return QStringLiteral("%1 is not UTF-8 text (save the file as UTF-8)")
                .arg(QString::fromLatin1(AcledRow::columnNames().at(column).data()));
    return {};
}

} // namespace kt
