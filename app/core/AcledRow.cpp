#include "core/AcledRow.h"

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

QString AcledRow::trackFor(const QString &country) {
    return country.isEmpty() ? QStringLiteral("ACLED") : QStringLiteral("ACLED: ") + country;
}

} // namespace kt
