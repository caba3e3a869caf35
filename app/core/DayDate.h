#pragma once

#include "core/data.h"

#include <QDate>
#include <QLocale>
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
// The day an instant (ms since 1970 UTC) falls in.
Day dayOf(double msecs);

// How days are written for people, in a language (by default the window's, QLocale::setDefault): one
// place for the chart, its tooltips, the table, the details and the export. "12 Nov 2023";
QString text(Day day, const QLocale &locale = QLocale());
// "Sunday 12 November 2023";
QString longText(Day day, const QLocale &locale = QLocale());
// "10 Nov 2023 – 12 Nov 2023", or one day's text when first == last.
QString spanText(Day first, Day last, const QLocale &locale = QLocale());

} // namespace DayDate
} // namespace kt
