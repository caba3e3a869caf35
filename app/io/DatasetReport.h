#pragma once

#include <QString>
#include <QStringList>

namespace kt {

// What importing one dataset file (ACLED, UCDP GED) did, for the user.
struct DatasetReport {
    QString path;
    qint64 rows = 0;           // rows read (bad ones included)
    qint64 added = 0;          // events written
    qint64 existing = 0;       // events already in the store, left as they were
    qint64 merged = 0;         // rows of a monadic ACLED export that gave an event another side
    QStringList skipped;       // "file:line: reason" for each bad row skipped
    QStringList unknownActors; // actors that went to "Other"
    QStringList notices;       // what the reader recognised in the file, said once
};

} // namespace kt
