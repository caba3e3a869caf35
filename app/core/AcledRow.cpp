#include "core/AcledRow.h"

#include "core/DayDate.h"

namespace kt {

const std::array<std::string_view, AcledRow::ColumnCount> &AcledRow::columnNames() {
    static constexpr std::array<std::string_view, ColumnCount> names{
        "event_id_cnty", "event_date",     "year",     "time_precision", "disorder_type",
        "event_type",    "sub_event_type", "actor1",   "assoc_actor_1",  "inter1",
        "actor2",        "assoc_actor_2",  "inter2",   "interaction",    "civilian_targeting",
        "iso",           "region",         "country",  "admin1",         "admin2",
        "admin3",        "location",       "latitude", "longitude",      "geo_precision",
        "source",        "source_scale",   "notes",    "fatalities",     "tags",
        "timestamp"};
    return names;
}

std::pair<Day, Day> AcledRow::range(Day day, TimePrecision precision) {
    switch (precision) {
    case TimePrecision::Week:
        return {day - 3, day + 3};
    case TimePrecision::Month: {
        const QDate date = DayDate::toDate(day);
        const Day first = DayDate::fromDate(QDate(date.year(), date.month(), 1));
        return {first, first + date.daysInMonth() - 1};
    }
    case TimePrecision::Exact:
        break;
    }
    return {day, day};
}

QString AcledRow::trackFor(const QString &country) {
    return country.isEmpty() ? QStringLiteral("ACLED") : QStringLiteral("ACLED: ") + country;
}

} // namespace kt
