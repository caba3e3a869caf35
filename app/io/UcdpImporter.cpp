#include "io/UcdpImporter.h"

#include "core/InputError.h"
#include "io/UcdpGedReader.h"

#include <QFileInfo>

namespace kt {

UcdpImporter::UcdpImporter(ImportTransaction &transaction, FactionCatalog catalog)
    : m_transaction(transaction)
    , m_catalog(std::move(catalog)) {}

DatasetReport UcdpImporter::importFile(const QString &path, bool skipBadRows, const Progress &progress) {
    DatasetReport report;
    report.path = path;
    UcdpGedReader reader(path);
    if (!reader.hadHeader())
        report.notices << QStringLiteral(
            "no header row: the columns are read in the order of GED's releases");
    Document document;
    document.kind = QStringLiteral("acled"); // a streamed dataset file: its rows are not kept as a body
    document.title = QFileInfo(path).fileName();
    document.source = QStringLiteral("UCDP GED");
    document.path = path;
    const std::int64_t documentId = m_transaction.addStreamedDocument(document);
    Event event;
    QString sideA;
    QString sideB;
    qint64 nextProgress = 0;
    while (true) {
        const UcdpGedReader::Result result = reader.next(event, sideA, sideB);
        if (result.kind == UcdpGedReader::Result::End)
            break;
        ++report.rows;
        if (result.kind == UcdpGedReader::Result::Bad) {
            const InputError error(path, static_cast<int>(result.line), result.reason);
            if (!skipBadRows)
                throw error;
            report.skipped << QString::fromStdString(error.what());
            continue;
        }
        for (const QString &side : {sideA, sideB}) {
            if (side.isEmpty())
                continue;
            const FactionCatalog::Attribution attribution = m_catalog.resolveUcdpSide(side);
            for (const QString &faction : attribution.factions)
                if (!event.factions.contains(faction))
                    event.factions << faction;
            if (&side == &sideA && attribution.uncertain)
                event.initiatorAlternatives = attribution.factions.mid(1);
            for (const QString &unknown : attribution.unknown)
                if (!report.unknownActors.contains(unknown))
                    report.unknownActors << unknown;
        }
        if (m_transaction.addEvent(documentId, event).second) {
            ++report.added;
        } else if (m_transaction.documentOf(event.uid.toStdString()) == documentId) {
            const InputError error(
                path, static_cast<int>(result.line),
                QStringLiteral("id %1 is on an earlier row of the file too").arg(event.uid.mid(9)));
            if (!skipBadRows)
                throw error;
            report.skipped << QString::fromStdString(error.what());
        } else {
            ++report.existing;
        }
        if (progress && reader.bytesRead() >= nextProgress) {
            nextProgress = reader.bytesRead() + (std::int64_t{1} << 22U);
            if (!progress(reader.bytesRead(), reader.fileSize()))
                throw InputError(path, static_cast<int>(result.line), QStringLiteral("import cancelled"));
        }
    }
    if (report.rows > 0 && report.skipped.size() == report.rows)
        throw InputError(path, 0,
                         QStringLiteral("every one of its %1 rows is bad (the first: %2)")
                             .arg(report.rows)
                             .arg(report.skipped.first()));
    if (report.added == 0)
        m_transaction.dropDocumentIfEmpty(documentId);
    return report;
}

} // namespace kt
