#pragma once

#include "core/data.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kt {

// Conversions between calendar dates and the integer days that events store.
namespace DayDate {

Day fromDate(const QDate &date);
QDate toDate(Day day);
// Milliseconds since the epoch at 00:00 UTC of that day.
qint64 toMsecs(Day day);
// Fractional day of an instant given in milliseconds since the epoch.
double msecsToDays(double msecs);
// "YYYY-MM-DD"
QString toIso(Day day);
// Parses "YYYY-MM-DD"; nothing when it is not a valid date.
std::optional<Day> fromIso(const QString &text);

} // namespace DayDate
} // namespace kt
