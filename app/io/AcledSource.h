#pragma once

#include "core/AcledRow.h"

#include <QString>
#include <QStringList>

namespace kt {

// Where ACLED rows come from: a CSV export (AcledCsvReader) or a saved answer of ACLED's API
// (AcledJsonReader).
class AcledSource {
public:
    virtual ~AcledSource() = default;
    AcledSource() = default;
    AcledSource(const AcledSource &) = delete;
    AcledSource &operator=(const AcledSource &) = delete;

    struct Result {
        enum Kind { Row, Bad, End } kind = End;
        qsizetype line = 0; // where the row starts
        QString reason;     // for Bad
    };
    // The next row into `row` (its views live until the next call). A bad row is reported and skipped; the
    // rows after it can still be read.
    virtual Result next(AcledRow &row) = 0;

    virtual const QString &path() const = 0;
    virtual qint64 fileSize() const = 0;
    virtual qint64 bytesRead() const = 0;
    // The file has no actor2 columns: each event comes once per actor, under one event_id_cnty.
    virtual bool isMonadic() const = 0;
    // What the reader recognised and did once for the whole file, to tell the user ("line 2: HXL hashtags
    // skipped", "dates read day first"). Complete once next() has returned End.
    virtual QStringList notices() const = 0;
};

} // namespace kt
