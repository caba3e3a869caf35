#include "io/AcledImporter.h"

#include "extract/InputError.h"
#include "io/AcledRowPipeline.h"
#include "io/EventCsv.h"
#include "io/EventJson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kt {

namespace {

QString utf8(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

// Calls f for each name of a "; "-separated ACLED multi-value.
template <typename F> void forEachName(std::string_view names, F &&f) {
    while (!names.empty()) {
        const std::size_t split = names.find(';');
        std::string_view name = names.substr(0, split);
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ')
            name.remove_suffix(1);
        if (!name.empty())
            f(name);
        if (split == std::string_view::npos)
            break;
        names.remove_prefix(split + 1);
    }
}

} // namespace

AcledImporter::AcledImporter(ImportTransaction &transaction, FactionCatalog catalog)
    : m_transaction(transaction)
    , m_catalog(std::move(catalog))
    , m_other(transaction.store().factionId(FactionCatalog::otherFactionName())) {}

std::int64_t AcledImporter::factionOf(std::string_view actor, Report &report) {
    if (actor.empty())
        return 0;
    if (const auto it = m_factions.find(actor); it != m_factions.end())
        return it->second;
    const auto faction = m_catalog.resolveActor(utf8(actor));
    if (!faction)
        report.unknownActors << utf8(actor);
    const std::int64_t id = faction ? m_transaction.store().factionId(*faction) : m_other;
    m_factions.emplace(std::string(actor), id);
    return id;
}

ImportTransaction::Sides AcledImporter::sidesOf(const AcledRow &row, Report &report) {
    const EventStore &store = m_transaction.store();
    ImportTransaction::Sides sides;
    sides.faction1 = factionOf(row.field(AcledRow::Actor1), report);
    sides.faction2 = factionOf(row.field(AcledRow::Actor2), report);
    sides.mask = store.factionBit(sides.faction1) | store.factionBit(sides.faction2);
    for (const auto column : {AcledRow::AssocActor1, AcledRow::AssocActor2})
        forEachName(row.field(column),
                    [&](std::string_view name) { sides.mask |= store.factionBit(factionOf(name, report)); });
    return sides;
}

std::int64_t AcledImporter::trackOf(std::string_view country) {
    if (const auto it = m_tracks.find(country); it != m_tracks.end())
        return it->second;
    const std::int64_t id = m_transaction.trackId(AcledRow::trackFor(utf8(country)));
    m_tracks.emplace(std::string(country), id);
    return id;
}

AcledImporter::Report AcledImporter::importFile(const QString &path, bool skipBadRows,
                                                const Progress &progress) {
    Report report;
    report.path = path;
    AcledRowPipeline reader(path);
    Document document;
    document.kind = QStringLiteral("acled");
    document.title = QFileInfo(path).fileName();
    document.source = QStringLiteral("ACLED");
    document.path = path;
    const std::int64_t documentId = m_transaction.addStreamedDocument(document);

    AcledRow row;
    qint64 nextProgress = 0;
    const QString tag = EventCsv::tagPrefix();
    const std::string_view tagBytes = "kidal-timeline:{";
    while (true) {
        const AcledCsvReader::Result result = reader.next(row);
        if (result.kind == AcledCsvReader::Result::End)
            break;
        ++report.rows;
        if (result.kind == AcledCsvReader::Result::Bad) {
            const InputError error(path, static_cast<int>(result.line), result.reason);
            if (!skipBadRows)
                throw error;
            report.skipped << QString::fromStdString(error.what());
            continue;
        }
        bool added = false;
        const std::string_view tags = row.field(AcledRow::Tags);
        if (const std::size_t at = tags.find(tagBytes); at != std::string_view::npos) {
            // A row this program wrote: the event comes back whole from its tag.
            QJsonParseError parseError{};
            const QJsonDocument json = QJsonDocument::fromJson(
                QByteArray(tags.data() + at + tagBytes.size() - 1,
                           static_cast<qsizetype>(tags.size() - at - tagBytes.size() + 1)),
                &parseError);
            try {
                if (!json.isObject())
                    throw InputError(path, static_cast<int>(row.line),
                                     QStringLiteral("the %1 tag is not a JSON object: %2")
                                         .arg(tag, parseError.errorString()));
                added = m_transaction
                            .addEvent(documentId, EventJson::eventFromJson(json.object(), path,
                                                                           static_cast<int>(row.line)))
                            .second;
            } catch (const InputError &error) {
                if (!skipBadRows)
                    throw;
                report.skipped << QString::fromStdString(error.what());
                continue;
            }
        } else {
            added = m_transaction.addRow(documentId, row, sidesOf(row, report),
                                         trackOf(row.field(AcledRow::Country)));
        }
        ++(added ? report.added : report.existing);
        if (progress && reader.bytesRead() >= nextProgress) {
            nextProgress = reader.bytesRead() + (std::int64_t{1} << 22U);
            if (!progress(reader.bytesRead(), reader.fileSize()))
                throw InputError(path, static_cast<int>(row.line), QStringLiteral("import cancelled"));
        }
    }
    if (report.added == 0)
        m_transaction.dropDocumentIfEmpty(documentId);
    return report;
}

} // namespace kt
