#pragma once

#include "core/data.h"

#include <QString>

#include <optional>
#include <string_view>

namespace kt {

// The dates of an ACLED `event_date` column in every form that reaches users:
//   2023-11-12 (the API, HDX files), 2023-11-12 00:00:00 and 2023/11/12 (spreadsheets);
//   12 November 2023, 12-November-2023, 12 Nov 2023 (the export tool before 2020), 16-Feb-21 and 16-févr.-21
//   (English and French spreadsheets); 16/02/2021, 2/16/2021, 16.02.2021, 16/02/21 (spreadsheets, in the
//   order of the locale that saved them).
// A two-digit year is settled by the row's `year` column. Whether 03/04/2021 is the 3rd of April or the 4th
// of March is settled once per file (DayOrder), by the first date of the file that only one order allows.
namespace AcledDate {

enum class DayOrder { Unknown, DayFirst, MonthFirst };

struct Parsed {
    std::optional<Day> day;
    QString problem; // why there is no day: names the text and what cannot be settled
};

// year: the row's `year` column when the file has one.
Parsed parse(std::string_view text, std::optional<int> year, DayOrder order);
// For a numeric date such as 16/02/2021: the only order that reads it as a date, or Unknown when both do
// (03/04/2021), or when the text is not a numeric day-month date at all.
DayOrder orderOf(std::string_view text);
// True for dates whose day and month are both numbers (16/02/2021, 2/16/21): their order may need settling.
bool isNumericDayMonth(std::string_view text);
// The years a date may have: before 1900 or after 2100 is a typing error, not a date of this field.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

} // namespace AcledDate
} // namespace kt
