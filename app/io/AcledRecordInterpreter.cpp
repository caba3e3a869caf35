#include "io/AcledRecordInterpreter.h"

#include "io/AcledLegacyTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <charconv>
#include <cstring>
#include <tuple>

namespace kt {

namespace {

QString quoted(std::string_view text) {
    return QLatin1Char('"') + QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())) +
           QLatin1Char('"');
}

template <typename Number> bool parseNumber(std::string_view text, Number &value) {
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && pointer == end;
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

// "14,4510" as a spreadsheet set up for French writes a coordinate: one comma between digits.
bool hasDecimalComma(std::string_view text) {
    const std::size_t comma = text.find(',');
    return comma != std::string_view::npos && comma > 0 && comma + 1 < text.size() &&
           text.find(',', comma + 1) == std::string_view::npos && text.find('.') == std::string_view::npos;
}

} // namespace

AcledRecordInterpreter::AcledRecordInterpreter(AcledColumns columns)
    : m_columns(std::move(columns)) {}

std::string_view AcledRecordInterpreter::keep(std::string text) {
    return m_kept.emplace_back(std::move(text));
}

// The text of a field as UTF-8: as it is when it is UTF-8, else read as Windows-1252, the encoding of
// spreadsheets saved on Windows in western Europe.
std::string_view AcledRecordInterpreter::utf8(std::string_view text) {
    if (validUtf8(text))
        return text;
    m_rowConverted = true;
    QStringDecoder decoder("Windows-1252");
    const QString decoded =
        decoder.isValid() ? decoder.decode(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())))
                          : QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    return keep(decoded.toUtf8().toStdString());
}

bool AcledRecordInterpreter::learnDayOrder(std::string_view eventDate) {
    if (m_dayOrder == AcledDate::DayOrder::Unknown)
        m_dayOrder = AcledDate::orderOf(eventDate);
    return m_dayOrder != AcledDate::DayOrder::Unknown;
}

QString AcledRecordInterpreter::interpret(const std::vector<std::string_view> &fields,
                                          const std::vector<bool> *quoted, AcledRow &row) {
    m_kept.clear();
    m_rowConverted = false;
    if (fields.size() != m_columns.fileColumns())
        return QStringLiteral("%1 fields where the header has %2 columns")
            .arg(fields.size())
            .arg(m_columns.fileColumns());
    for (std::size_t column = 0; column < row.fields.size(); ++column) {
        const int at = m_columns.fileColumn(static_cast<AcledRow::Column>(column));
        std::string_view value = at >= 0 ? fields[static_cast<std::size_t>(at)] : std::string_view();
        if (value == "NA" && !(quoted && quoted->at(static_cast<std::size_t>(at))))
            value = {};
        row.fields.at(column) = utf8(value);
    }
    if (m_rowConverted)
        ++m_windows1252Rows;
    if (QString problem = readDate(row); !problem.isEmpty())
        return problem;
    mapLegacyType(row);
    if (row.field(AcledRow::EventType).empty())
        return QStringLiteral("event_type is empty");
    if (row.field(AcledRow::SubEventType).empty())
        return QStringLiteral("sub_event_type is empty");
    if (QString problem = readNumbers(row); !problem.isEmpty())
        return problem;
    collectExtra(fields, row);
    return {};
}

QString AcledRecordInterpreter::readDate(AcledRow &row) {
    std::optional<int> year;
    if (const std::string_view text = row.field(AcledRow::Year); !text.empty()) {
        int value = 0;
        if (!parseNumber(text, value))
            return QStringLiteral("year %1 is not a year").arg(quoted(text));
        year = value;
    }
    const std::string_view dateText = row.field(AcledRow::EventDate);
    learnDayOrder(dateText);
    const AcledDate::Parsed parsed = AcledDate::parse(dateText, year, m_dayOrder);
    if (!parsed.day)
        return parsed.problem;
    int precision = 1;
    if (const std::string_view text = row.field(AcledRow::TimePrecisionColumn);
        !text.empty() && (!parseNumber(text, precision) || precision < 1 || precision > 3))
        return QStringLiteral("time_precision %1 is not 1, 2 or 3").arg(quoted(text));
    row.day = *parsed.day;
    row.precision = static_cast<TimePrecision>(precision);
    std::tie(row.dateStart, row.dateEnd) = AcledRow::range(row.day, row.precision);
    return {};
}

void AcledRecordInterpreter::mapLegacyType(AcledRow &row) {
    m_legacyType.clear();
    if (m_columns.hasSubEventTypes() && !row.field(AcledRow::SubEventType).empty())
        return;
    const auto mapped = AcledLegacyTypes::map(row.field(AcledRow::EventType), row.field(AcledRow::Actor1),
                                              row.field(AcledRow::Actor2), row.field(AcledRow::Notes));
    if (!mapped)
        return;
    m_legacyType = row.field(AcledRow::EventType);
    row.fields.at(AcledRow::EventType) = mapped->eventType;
    row.fields.at(AcledRow::SubEventType) = mapped->subEventType;
    ++m_legacyRows;
}

QString AcledRecordInterpreter::readNumbers(AcledRow &row) {
    const auto integer = [&row](AcledRow::Column column, std::optional<std::int64_t> &value,
                                std::int64_t largest) {
        value.reset();
        const std::string_view text = row.field(column);
        std::int64_t number = 0;
        if (text.empty())
            return QString();
        if (!parseNumber(text, number) || number < 0)
            return QStringLiteral("%1 %2 is not a whole number")
                .arg(AcledColumns::nameOf(column), quoted(text));
        if (number > largest)
            return QStringLiteral("%1 %2 is larger than %3")
                .arg(AcledColumns::nameOf(column), quoted(text))
                .arg(largest);
        value = number;
        return QString();
    };
    const auto coordinate = [this, &row](AcledRow::Column column, std::optional<double> &value,
                                         double limit) {
        value.reset();
        std::string_view text = row.field(column);
        if (text.empty())
            return QString();
        if (hasDecimalComma(text)) {
            std::string point(text);
            point[point.find(',')] = '.';
            text = row.fields.at(column) = keep(std::move(point));
        }
        double number = 0;
        if (!parseNumber(text, number))
            return QStringLiteral("%1 %2 is not a number").arg(AcledColumns::nameOf(column), quoted(text));
        if (number < -limit || number > limit)
            return QStringLiteral("%1 %2 is outside -%3 to %3")
                .arg(AcledColumns::nameOf(column), quoted(text))
                .arg(limit);
        value = number;
        return QString();
    };
    constexpr std::int64_t kAny = std::numeric_limits<std::int64_t>::max();
    for (const QString &problem :
         {integer(AcledRow::Fatalities, row.fatalities, kMaxFatalities), integer(AcledRow::Iso, row.iso, 999),
          integer(AcledRow::GeoPrecision, row.geoPrecision, kAny),
          integer(AcledRow::Timestamp, row.timestamp, kAny),
          coordinate(AcledRow::Latitude, row.latitude, 90.0),
          coordinate(AcledRow::Longitude, row.longitude, 180.0)})
        if (!problem.isEmpty())
            return problem;
    return {};
}

void AcledRecordInterpreter::collectExtra(const std::vector<std::string_view> &fields, AcledRow &row) {
    row.extra = {};
    if (m_columns.extraColumns().empty() && m_legacyType.empty())
        return;
    QJsonObject extra;
    for (const AcledColumns::Extra &column : m_columns.extraColumns()) {
        const std::string_view value = utf8(fields.at(column.fileColumn));
        if (!value.empty() && value != "NA")
            extra.insert(column.name, QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())));
    }
    if (!m_legacyType.empty())
        extra.insert(QStringLiteral("event_type"), QString::fromStdString(m_legacyType));
    if (!extra.isEmpty())
        row.extra = keep(QJsonDocument(extra).toJson(QJsonDocument::Compact).toStdString());
}

QStringList AcledRecordInterpreter::notices() const {
    QStringList notices;
    if (m_windows1252Rows > 0)
        notices << QStringLiteral("%1 rows are not UTF-8 and were read as Windows-1252 text")
                       .arg(m_windows1252Rows);
    if (m_legacyRows > 0)
        notices << QStringLiteral(
                       "%1 rows have an event type of before 2019, mapped to today's types (the type "
                       "as written is kept)")
                       .arg(m_legacyRows);
    if (m_dayOrder == AcledDate::DayOrder::DayFirst)
        notices << QStringLiteral("numeric dates read day first (16/02/2021)");
    else if (m_dayOrder == AcledDate::DayOrder::MonthFirst)
        notices << QStringLiteral("numeric dates read month first (2/16/2021)");
    return notices;
}

} // namespace kt
