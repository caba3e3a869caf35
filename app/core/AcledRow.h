#pragma once

#include "core/data.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace kt {

// One row of an ACLED CSV file: its fields as written, "NA" already read as empty, with the dates it
// stands for. The views point into the reader's buffer and live until the next row is read.
struct AcledRow {
    enum Column : std::uint8_t {
        EventIdCnty,
        EventDate,
        Year,
        TimePrecisionColumn,
        DisorderType,
        EventType,
        SubEventType,
        Actor1,
        AssocActor1,
        Inter1,
        Actor2,
        AssocActor2,
        Inter2,
        Interaction,
        CivilianTargeting,
        Iso,
        Region,
        Country,
        Admin1,
        Admin2,
        Admin3,
        Location,
        Latitude,
        Longitude,
        GeoPrecision,
        Source,
        SourceScale,
        Notes,
        Fatalities,
        Tags,
        Timestamp,
        ColumnCount
    };

    // The 31 column names of an ACLED export, in ACLED's order.
    static const std::array<std::string_view, ColumnCount> &columnNames();

    // The days an ACLED event_date and time_precision stand for: the day itself; for 2, the week around it
    // (ACLED codes a week by its middle day); for 3, its calendar month.
    static std::pair<Day, Day> range(Day day, TimePrecision precision);
    // The track ACLED events of a country go to: "ACLED: Mali".
    static QString trackFor(const QString &country);

    std::string_view field(Column column) const { return fields.at(column); }

    std::array<std::string_view, ColumnCount> fields{};
    qsizetype line = 0; // the physical line the row starts on, 1-based
    Day dateStart = 0;
    Day dateEnd = 0;
    TimePrecision precision = TimePrecision::Exact;
    // The numeric columns, read once by the reader's checks.
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<std::int64_t> fatalities;
    std::optional<std::int64_t> iso;
    std::optional<std::int64_t> geoPrecision;
    std::optional<std::int64_t> timestamp;
};

} // namespace kt
