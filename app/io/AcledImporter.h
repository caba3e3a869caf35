#pragma once

#include "core/FactionCatalog.h"
#include "store/ImportTransaction.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <unordered_map>

#include "core/StringViewHash.h"

namespace kt {

// Streams ACLED CSV files into an import transaction. Actors map to factions through the catalogue
// (gazetteer aliases and the user's own mappings); an actor nobody knows keeps its name and its event goes
// under "Other". Rows written by `events --format csv` with a kidal-timeline tag come back whole.
class AcledImporter {
public:
    struct Report {
        QString path;
        qint64 rows = 0;           // rows read (bad ones included)
        qint64 added = 0;          // events written
        qint64 existing = 0;       // events already in the store, left as they were
        QStringList skipped;       // "file:line: reason" for each bad row skipped
        QStringList unknownActors; // actors that went to "Other"
    };
    // Called now and then with the bytes read so far; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    AcledImporter(ImportTransaction &transaction, FactionCatalog catalog);

    // Reads the whole file into the transaction. A bad row throws InputError (file:line: reason) unless
    // skipBadRows, in which case it is reported in Report::skipped. Cancelling throws InputError too.
    Report importFile(const QString &path, bool skipBadRows, const Progress &progress = {});

private:
    std::int64_t factionOf(std::string_view actor, Report &report);
    ImportTransaction::Sides sidesOf(const AcledRow &row, Report &report);
    std::int64_t trackOf(std::string_view country);

    ImportTransaction &m_transaction;
    FactionCatalog m_catalog;
    std::unordered_map<std::string, std::int64_t, StringViewHash, std::equal_to<>> m_factions;
    std::unordered_map<std::string, std::int64_t, StringViewHash, std::equal_to<>> m_tracks;
    std::int64_t m_other = 0;
};

} // namespace kt
