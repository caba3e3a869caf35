#include "io/AcledDate.h"

#include "core/DayDate.h"

#include <QDate>

#include <array>
#include <charconv>

namespace kt::AcledDate {

namespace {

struct Parts {
    int first = 0;  // day, or month for month-first numeric dates
    int second = 0; // month
    int year = 0;
    int yearDigits = 0;
    bool numeric = false; // day and month both numbers: the order may need settling
    bool isoOrder = false;
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Reads digits at pos; false when there are none or more than maxDigits.
bool number(std::string_view text, std::size_t &pos, int &value, int &digits, int maxDigits) {
    const std::size_t start = pos;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    digits = static_cast<int>(pos - start);
    if (digits == 0 || digits > maxDigits)
        return false;
    std::from_chars(text.data() + start, text.data() + pos, value);
    return true;
}

// English and French month names, full or abbreviated, with or without a final period, accents as UTF-8 or
// left out ("févr.", "fevr", "Feb", "February", "août", "aout").
int monthNumber(std::string_view name) {
    std::string folded;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == 0xC3 && i + 1 < name.size()) { // é è ê ë É û ü: the letter without its accent
            const auto next = static_cast<unsigned char>(name[++i]);
            folded.push_back((next & 0xDFU) >= 0x88 && (next & 0xDFU) <= 0x8B ? 'e' : 'u');
        } else if (c != '.') {
            folded.push_back(lower(static_cast<char>(c)));
        }
    }
    static constexpr std::array<std::array<std::string_view, 5>, 12> names{{
        {"january", "jan", "janvier", "janv", ""},
        {"february", "feb", "fevrier", "fevr", "fev"},
        {"march", "mar", "mars", "", ""},
        {"april", "apr", "avril", "avr", ""},
        {"may", "mai", "", "", ""},
        {"june", "jun", "juin", "", ""},
        {"july", "jul", "juillet", "juil", ""},
        {"august", "aug", "aout", "", ""},
        {"september", "sep", "sept", "septembre", ""},
        {"october", "oct", "octobre", "", ""},
        {"november", "nov", "novembre", "", ""},
        {"december", "dec", "decembre", "", ""},
    }};
    for (std::size_t month = 0; month < names.size(); ++month)
        for (const std::string_view candidate : names.at(month))
            if (!candidate.empty() && folded == candidate)
                return static_cast<int>(month) + 1;
    return 0;
}

// A time of day after the date ("00:00:00", "T00:00:00Z") says nothing more: it is allowed and left out.
bool onlyTimeFollows(std::string_view rest) {
    if (rest.empty())
        return true;
    if (rest.front() != ' ' && rest.front() != 'T')
        return false;
    for (const char c : rest.substr(1))
        if (!isDigit(c) && c != ':' && c != '.' && c != 'Z')
            return false;
    return true;
}

std::optional<Parts> split(std::string_view text) {
    Parts parts;
    std::size_t pos = 0;
    int value = 0;
    int digits = 0;
    if (!number(text, pos, value, digits, 4) || pos >= text.size())
        return std::nullopt;
    const char separator = text[pos];
    if (separator != '-' && separator != '/' && separator != '.' && separator != ' ')
        return std::nullopt;
    ++pos;
    if (digits == 4) { // 2023-11-12, 2023/11/12
        parts.year = value;
        parts.yearDigits = 4;
        parts.isoOrder = true;
        if (!number(text, pos, parts.second, digits, 2) || pos >= text.size() || text[pos] != separator)
            return std::nullopt;
        ++pos;
        if (!number(text, pos, parts.first, digits, 2))
            return std::nullopt;
        return onlyTimeFollows(text.substr(pos)) ? std::optional(parts) : std::nullopt;
    }
    if (digits > 2)
        return std::nullopt;
    parts.first = value;
    if (pos < text.size() && isDigit(text[pos])) {
        parts.numeric = true;
        if (!number(text, pos, parts.second, digits, 2) || pos >= text.size() || text[pos] != separator)
            return std::nullopt;
    } else {
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] != separator && text[pos] != ' ' && text[pos] != '-')
            ++pos;
        parts.second = monthNumber(text.substr(start, pos - start));
        if (parts.second == 0 || pos >= text.size())
            return std::nullopt;
    }
    ++pos;
    if (!number(text, pos, parts.year, parts.yearDigits, 4) ||
        (parts.yearDigits != 2 && parts.yearDigits != 4))
        return std::nullopt;
    return onlyTimeFollows(text.substr(pos)) ? std::optional(parts) : std::nullopt;
}

QString quoted(std::string_view text) {
    return QLatin1Char('"') + QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())) +
           QLatin1Char('"');
}

} // namespace

DayOrder orderOf(std::string_view text) {
    const auto parts = split(text);
    if (!parts || !parts->numeric)
        return DayOrder::Unknown;
    const bool dayFirst = parts->first <= 31 && parts->second <= 12;
    const bool monthFirst = parts->first <= 12 && parts->second <= 31;
    if (dayFirst && !monthFirst)
        return DayOrder::DayFirst;
    if (monthFirst && !dayFirst)
        return DayOrder::MonthFirst;
    return DayOrder::Unknown;
}

bool isNumericDayMonth(std::string_view text) {
    const auto parts = split(text);
    return parts && parts->numeric;
}

Parsed parse(std::string_view text, std::optional<int> year, DayOrder order) {
    const auto parts = split(text);
    if (!parts)
        return {std::nullopt, QStringLiteral("event_date %1 is not a date (2023-11-12, 12 November 2023, "
                                             "12-Nov-23 or 12/11/2023)")
                                  .arg(quoted(text))};
    int fullYear = parts->year;
    if (parts->yearDigits == 2) {
        if (!year)
            return {std::nullopt,
                    QStringLiteral("event_date %1 has a two-digit year and the file has no year column to "
                                   "settle its century")
                        .arg(quoted(text))};
        if (*year % 100 != parts->year)
            return {std::nullopt,
                    QStringLiteral("year \"%1\" does not match event_date %2").arg(*year).arg(quoted(text))};
        fullYear = *year;
    }
    int day = parts->first;
    int month = parts->second;
    if (parts->numeric && day != month && (day <= 12 || month <= 12)) {
        const DayOrder only = orderOf(text);
        const DayOrder used = only != DayOrder::Unknown ? only : order;
        if (used == DayOrder::Unknown)
            return {
                std::nullopt,
                QStringLiteral("event_date %1 could be day/month or month/day, and no earlier date of the "
                               "file settles which")
                    .arg(quoted(text))};
        if (order != DayOrder::Unknown && only != DayOrder::Unknown && only != order)
            return {std::nullopt, QStringLiteral("event_date %1 is %2 where the file's other dates are %3")
                                      .arg(quoted(text),
                                           only == DayOrder::DayFirst ? QStringLiteral("day/month")
                                                                      : QStringLiteral("month/day"),
                                           order == DayOrder::DayFirst ? QStringLiteral("day/month")
                                                                       : QStringLiteral("month/day"))};
        if (used == DayOrder::MonthFirst)
            std::swap(day, month);
    }
    const QDate date(fullYear, month, day);
    if (!date.isValid())
        return {std::nullopt,
                QStringLiteral("event_date %1 is not a date of the calendar").arg(quoted(text))};
    if (fullYear < kFirstYear || fullYear > kLastYear)
        return {std::nullopt, QStringLiteral("event_date %1 is outside the years %2 to %3")
                                  .arg(quoted(text))
                                  .arg(kFirstYear)
                                  .arg(kLastYear)};
    if (year && *year != fullYear)
        return {std::nullopt,
                QStringLiteral("year \"%1\" does not match event_date %2").arg(*year).arg(quoted(text))};
    return {DayDate::fromDate(date), {}};
}

} // namespace kt::AcledDate
