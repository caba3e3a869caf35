#pragma once

#include "core/data.h"
#include "io/CsvRecordReader.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace kt {

// Reads the UCDP Georeferenced Event Dataset (GED) as a CSV file, one event per row: the releases' 49
// columns (id, relid, year, active_year, code_status, type_of_violence, conflict_dset_id, …, side_a, side_b,
// …, where_prec, where_coordinates, …, adm_1, adm_2, latitude, longitude, …, country, …, date_prec,
// date_start, date_end, deaths_a, deaths_b, deaths_civilians, deaths_unknown, best, high, low, gwnoa,
// gwnob), found by name in any order, or in that order for the candidate releases published without a header
// row. UCDP GED codebook (version 23.1 and later):
// - date_start and date_end bound the event; date_prec 1 is the exact day, 2 to 3 a span of up to a week, 4
//   up to a month, 5 longer: as ACLED's time_precision 1, 2 and 3;
// - type_of_violence 1 (state-based) and 2 (non-state) are ACLED's Battles / Armed clash, 3 (one-sided)
//   Violence against civilians / Attack;
// - best is the event's fatalities (low and high are kept with the other columns);
// - side_a is the initiating side as far as UCDP tells one: the government in state-based conflicts.
// Every other column is kept as written in Event::extra.
class UcdpGedReader {
public:
    // Opens the file and reads its header. Throws InputError naming the file when it is not UCDP GED.
    explicit UcdpGedReader(const QString &path);
    // True when the file's first row names GED's columns (or is a GED row of a release without header).
    static bool looksLikeGed(const QString &path);

    struct Result {
        enum Kind { Row, Bad, End } kind = End;
        qsizetype line = 0;
        QString reason;
    };
    // The next event into `event` (sides as written in `actors`; factions are the importer's), with its
    // side_a and side_b in `sideA`, `sideB`.
    Result next(Event &event, QString &sideA, QString &sideB);

    const QString &path() const { return m_records.path(); }
    qint64 fileSize() const { return m_records.fileSize(); }
    qint64 bytesRead() const { return m_records.bytesRead(); }
    bool hadHeader() const { return m_hadHeader; }

    // The GED columns in the releases' order.
    static const std::array<const char *, 49> &columnNames();

private:
    enum Column : std::uint8_t {
        Id,
        SideA,
        SideB,
        TypeOfViolence,
        DatePrec,
        DateStart,
        DateEnd,
        Best,
        Country,
        Adm1,
        Adm2,
        Latitude,
        Longitude,
        WherePrec,
        WhereCoordinates,
        SourceOffice,
        SourceHeadline,
        Required
    };
    // Columns before Adm1 must be in the file; the others are read when present.
    static constexpr std::size_t kFirstOptional = Adm1;
    QString interpret(Event &event, QString &sideA, QString &sideB) const;
    QString field(std::size_t fileColumn) const;

    CsvRecordReader m_records;
    std::array<int, Required> m_columns{};
    std::vector<QString> m_names; // the file's column names
    bool m_hadHeader = true;
    bool m_pendingFirst = false; // a release without header: its first row is an event
};

} // namespace kt
