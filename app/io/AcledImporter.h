#pragma once

#include "core/FactionCatalog.h"
#include "io/AcledSource.h"
#include "io/DatasetReport.h"
#include "store/ImportTransaction.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/StringViewHash.h"

namespace kt {

// Streams ACLED files (CSV exports of every vintage, saved API answers) into an import transaction. Actors
// map to factions through the catalogue (gazetteer names and the user's own mappings); an actor nobody knows
// keeps its name and its event goes under "Other"; "A and/or B" keeps both as possible initiators. In a
// monadic export the rows of one event_id_cnty become one event with every side. Rows written by `events
// --format csv` with a kidal-timeline tag come back whole.
class AcledImporter {
public:
    using Report = DatasetReport;
    // The reader for a file: a saved API answer (.json) or a CSV export. Throws InputError for a file that is
    // neither.
    static std::unique_ptr<AcledSource> open(const QString &path);
    // Called now and then with the bytes read so far; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    AcledImporter(ImportTransaction &transaction, FactionCatalog catalog);

    // Reads the whole file into the transaction. A bad row throws InputError (file:line: reason) unless
    // skipBadRows, in which case it is reported in Report::skipped; a file of which every row is bad throws
    // anyway. Cancelling throws InputError too.
    Report importFile(const QString &path, bool skipBadRows, const Progress &progress = {});

private:
    struct ActorSides {
        std::int64_t faction = 0;       // the first (or only) faction the name stands for
        std::uint64_t mask = 0;         // every faction it stands for
        std::uint64_t alternatives = 0; // the others, when the name is "A and/or B"
    };
    const ActorSides &sidesOfActor(std::string_view actor, Report &report);
    bool addTaggedRow(std::int64_t documentId, const AcledRow &row, Report &report);
    ImportTransaction::Sides sidesOf(const AcledRow &row, Report &report);
    std::int64_t trackOf(std::string_view country);

    ImportTransaction &m_transaction;
    FactionCatalog m_catalog;
    std::unordered_map<std::string, ActorSides, StringViewHash, std::equal_to<>> m_factions;
    std::unordered_map<std::string, std::int64_t, StringViewHash, std::equal_to<>> m_tracks;
    std::int64_t m_other = 0;
};

} // namespace kt
