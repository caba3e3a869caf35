#include "core/DayDate.h"

#include <QRegularExpression>

#include <cmath>

namespace kt::DayDate {

namespace {
const QDate kEpoch(1970, 1, 1);
constexpr qint64 kMsecsPerDay = 86'400'000;
} // namespace

Day fromDate(const QDate &date) {
    return static_cast<Day>(kEpoch.daysTo(date));
}

QDate toDate(Day day) {
    return kEpoch.addDays(day);
}

qint64 toMsecs(Day day) {
    return static_cast<qint64>(day) * kMsecsPerDay;
}

double msecsToDays(double msecs) {
    return msecs / static_cast<double>(kMsecsPerDay);
}

QString toIso(Day day) {
    return toDate(day).toString(Qt::ISODate);
}

std::optional<Day> fromIso(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return fromDate(date);
}

Day dayOf(double msecs) {
    return static_cast<Day>(std::floor(msecsToDays(msecs)));
}

QString text(Day day, const QLocale &locale) {
    return locale.toString(toDate(day), QStringLiteral("d MMM yyyy"));
}

QString longText(Day day, const QLocale &locale) {
    return locale.toString(toDate(day), QStringLiteral("dddd d MMMM yyyy"));
}

QString spanText(Day first, Day last, const QLocale &locale) {
    return first == last ? text(first, locale)
                         : QStringLiteral("%1 \u2013 %2").arg(text(first, locale), text(last, locale));
}

} // namespace kt::DayDate
