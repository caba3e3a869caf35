#pragma once

#include "core/AcledRow.h"

#include <QString>
#include <QStringList>

#include <array>
#include <string_view>
#include <vector>

namespace kt {

// Where each ACLED column is in a file, from its header row, for every vintage users download:
// - today's export and API (31 columns, with `sub_event_type`, `disorder_type`, `civilian_targeting`,
// `tags`);
// - the export tool before 2019 (30 columns with `data_id`, `event_id_no_cnty`, `iso3`, older event types and
//   no `sub_event_type`), and its 2019-2022 form with `sub_event_type` but still `data_id` and `iso3`;
// - the 2015-2016 realtime files (`gwno`, `ally_actor_1`/`ally_actor_2` for today's `assoc_actor_*`);
// - monadic exports, which have no actor2 columns and give each event once per actor (see isMonadic);
// - any of these with upper-case names, or with a leading unnamed index column written by pandas or R.
// Names are matched without case. Columns that are none of the 31 are kept as written (extraColumns).
class AcledColumns {
public:
    // names: the header row's fields. Throws InputError (line 1) when the columns that every vintage has
    // (event_date, event_type, actor1) are missing.
    AcledColumns(const std::vector<std::string_view> &names, const QString &path);

    // The file column of an ACLED column, or -1 when the file has none.
    int fileColumn(AcledRow::Column column) const { return m_columns.at(column); }
    std::size_t fileColumns() const { return m_fileColumns; }
    // No actor2 column: each event is given once per actor, with the same event_id_cnty.
    bool isMonadic() const { return m_columns.at(AcledRow::Actor2) < 0; }
    // No sub_event_type column: the event types are those of before 2019 (see AcledLegacyTypes).
    bool hasSubEventTypes() const { return m_columns.at(AcledRow::SubEventType) >= 0; }
    // The other named columns of the file (data_id, iso3, gwno, event_id_no_cnty…) and where they are.
    struct Extra {
        QString name;
        std::size_t fileColumn = 0;
    };
    const std::vector<Extra> &extraColumns() const { return m_extra; }
    // A second header row of HXL hashtags (#date+occurred, #event+type…), as HDX files have: every field
    // that is not empty starts with '#'.
    static bool isHxlRow(const std::vector<std::string_view> &fields);

    // Column names as ACLED writes them today.
    static QString nameOf(AcledRow::Column column);

private:
    std::array<int, AcledRow::ColumnCount> m_columns{};
    std::size_t m_fileColumns = 0;
    std::vector<Extra> m_extra;
};

} // namespace kt
