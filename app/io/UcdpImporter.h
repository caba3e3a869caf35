#pragma once

#include "core/FactionCatalog.h"
#include "io/DatasetReport.h"
#include "store/ImportTransaction.h"

#include <QString>

#include <functional>

namespace kt {

// Imports a UCDP GED CSV file (UcdpGedReader) into an import transaction: one event per row, in the track
// "UCDP: <country>", keyed by "UCDP-GED:<id>" so that importing it again adds nothing. side_a and side_b map
// to factions through the catalogue (FactionCatalog::resolveUcdpSide), the same as ACLED's actors, so that
// the two datasets' events of one country can be laid side by side.
class UcdpImporter {
public:
    // Called now and then with the bytes read so far; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    UcdpImporter(ImportTransaction &transaction, FactionCatalog catalog);

    // A bad row throws InputError (file:line: reason) unless skipBadRows; a file of which every row is bad
    // throws anyway. Cancelling throws InputError.
    DatasetReport importFile(const QString &path, bool skipBadRows, const Progress &progress = {});

private:
    ImportTransaction &m_transaction;
    FactionCatalog m_catalog;
};

} // namespace kt
