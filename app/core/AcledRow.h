#pragma once

#include "core/data.h"

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace kt {

// One row of an ACLED file: its fields as written ("NA" already read as empty, Windows-1252 text as UTF-8,
// decimal commas as points, an event type of before 2019 as today's), with the dates it stands for. The views
// point into the reader's buffers and live until the next row is read.
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
    // The file's other columns as a JSON object of their names and values as written (data_id, iso3, an
    // event type of before 2019 under "event_type"), or empty. Stored with the event, shown in its details.
    std::string_view extra;
    qsizetype line = 0; // the physical line the row starts on, 1-based
    Day day = 0;        // event_date: the day the file gives
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
