#pragma once

#include "core/AcledRow.h"
#include "io/AcledColumns.h"
#include "io/AcledDate.h"

#include <QString>
#include <QStringList>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kt {

// Turns the fields of one record, in the file's column order, into an AcledRow: what the CSV and the JSON
// readers share. It reads "NA" as missing, Windows-1252 text as UTF-8, decimal commas in coordinates as
// points, the dates of every vintage and spreadsheet (AcledDate), legacy event types as today's
// (AcledLegacyTypes), and checks what must hold: a date, a year that matches it, a time_precision of 1 to 3,
// whole fatalities, coordinates on the globe.
class AcledRecordInterpreter {
public:
    explicit AcledRecordInterpreter(AcledColumns columns);

    const AcledColumns &columns() const { return m_columns; }
    // The order of the file's numeric dates, once something settled it (see AcledDate).
    AcledDate::DayOrder dayOrder() const { return m_dayOrder; }
    // Settles the order from one event_date when only one order reads it; true once settled.
    bool learnDayOrder(std::string_view eventDate);

    // Fills row from one record. quoted: which fields were quoted (an unquoted NA is a missing value), or
    // null when the source has no quoting. Returns the problem with the row, or an empty string.
    QString interpret(const std::vector<std::string_view> &fields, const std::vector<bool> *quoted,
                      AcledRow &row);

    // What was done for the whole file so far: text read as Windows-1252, legacy types mapped, the day order.
    QStringList notices() const;

    // The largest number of deaths a single ACLED event is taken to have; more is a typing error.
    static constexpr std::int64_t kMaxFatalities = 1'000'000;

private:
    std::string_view keep(std::string text);
    std::string_view utf8(std::string_view text);
    QString readDate(AcledRow &row);
    QString readNumbers(AcledRow &row);
    void mapLegacyType(AcledRow &row);
    void collectExtra(const std::vector<std::string_view> &fields, AcledRow &row);

    AcledColumns m_columns;
    AcledDate::DayOrder m_dayOrder = AcledDate::DayOrder::Unknown;
    std::deque<std::string> m_kept; // text made for the current row; cleared at the next one
    std::string m_legacyType;       // the event type as written, while a row is being read
    qint64 m_windows1252Rows = 0;
    qint64 m_legacyRows = 0;
    bool m_rowConverted = false;
};

} // namespace kt
