#include "io/AcledImporter.h"

#include "core/InputError.h"
#include "io/AcledCsvReader.h"
#include "io/AcledJsonReader.h"
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

std::unique_ptr<AcledSource> AcledImporter::open(const QString &path) {
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return std::make_unique<AcledJsonReader>(path);
    return std::make_unique<AcledCsvReader>(path);
}

const AcledImporter::ActorSides &AcledImporter::sidesOfActor(std::string_view actor, Report &report) {
    static const ActorSides none;
    if (actor.empty())
        return none;
    if (const auto it = m_factions.find(actor); it != m_factions.end())
        return it->second;
    const EventStore &store = m_transaction.store();
    const FactionCatalog::Attribution attribution = m_catalog.resolveAttribution(utf8(actor));
    report.unknownActors += attribution.unknown;
    ActorSides sides;
    for (const QString &faction : attribution.factions) {
        const std::int64_t id = store.factionId(faction);
        if (sides.faction == 0)
            sides.faction = id;
        else
            sides.alternatives |= store.factionBit(id);
        sides.mask |= store.factionBit(id);
    }
    return m_factions.emplace(std::string(actor), sides).first->second;
}

ImportTransaction::Sides AcledImporter::sidesOf(const AcledRow &row, Report &report) {
    ImportTransaction::Sides sides;
    const ActorSides &first = sidesOfActor(row.field(AcledRow::Actor1), report);
    const ActorSides &second = sidesOfActor(row.field(AcledRow::Actor2), report);
    sides.faction1 = first.faction;
    sides.faction2 = second.faction;
    sides.alternatives = first.alternatives;
    sides.mask = first.mask | second.mask;
    for (const auto column : {AcledRow::AssocActor1, AcledRow::AssocActor2})
        forEachName(row.field(column),
                    [&](std::string_view name) { sides.mask |= sidesOfActor(name, report).mask; });
    return sides;
}

std::int64_t AcledImporter::trackOf(std::string_view country) {
    if (const auto it = m_tracks.find(country); it != m_tracks.end())
        return it->second;
    const std::int64_t id = m_transaction.trackId(AcledRow::trackFor(utf8(country)));
    m_tracks.emplace(std::string(country), id);
    return id;
}

// A row this program wrote (`events --format csv`): the event comes back whole from its tag.
bool AcledImporter::addTaggedRow(std::int64_t documentId, const AcledRow &row, Report &report) {
    const std::string_view tagBytes = "kidal-timeline:{";
    const std::string_view tags = row.field(AcledRow::Tags);
    const std::size_t at = tags.find(tagBytes);
    QJsonParseError parseError{};
    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray(tags.data() + at + tagBytes.size() - 1,
                                           static_cast<qsizetype>(tags.size() - at - tagBytes.size() + 1)),
                                &parseError);
    if (!json.isObject())
        throw InputError(report.path, static_cast<int>(row.line),
                         QStringLiteral("the %1 tag is not a JSON object: %2")
                             .arg(EventCsv::tagPrefix(), parseError.errorString()));
    return m_transaction
        .addEvent(documentId,
                  EventJson::eventFromJson(json.object(), report.path, static_cast<int>(row.line)))
        .second;
}

AcledImporter::Report AcledImporter::importFile(const QString &path, bool skipBadRows,
                                                const Progress &progress) {
    Report report;
    report.path = path;
    AcledRowPipeline reader(open(path));
    Document document;
    document.kind = QStringLiteral("acled");
    document.title = QFileInfo(path).fileName();
    document.source = QStringLiteral("ACLED");
    document.path = path;
    const std::int64_t documentId = m_transaction.addStreamedDocument(document);

    AcledRow row;
    qint64 nextProgress = 0;
    const bool monadic = reader.isMonadic();
    while (true) {
        const AcledSource::Result result = reader.next(row);
        if (result.kind == AcledSource::Result::End)
            break;
        ++report.rows;
        try {
            if (result.kind == AcledSource::Result::Bad)
                throw InputError(path, static_cast<int>(result.line), result.reason);
            if (row.field(AcledRow::Tags).find("kidal-timeline:{") != std::string_view::npos) {
                ++(addTaggedRow(documentId, row, report) ? report.added : report.existing);
            } else {
                const ImportTransaction::Sides sides = sidesOf(row, report);
                if (m_transaction.addRow(documentId, row, sides, trackOf(row.field(AcledRow::Country))))
                    ++report.added;
                else if (monadic && m_transaction.mergeSide(documentId, row, sides))
                    ++report.merged;
                else if (!monadic && !row.field(AcledRow::EventIdCnty).empty() &&
                         m_transaction.documentOf(row.field(AcledRow::EventIdCnty)) == documentId)
                    throw InputError(path, static_cast<int>(row.line),
                                     QStringLiteral("event_id_cnty %1 is on an earlier row of the file too")
                                         .arg(utf8(row.field(AcledRow::EventIdCnty))));
                else
                    ++report.existing;
            }
        } catch (const InputError &error) {
            if (!skipBadRows)
                throw;
            report.skipped << QString::fromStdString(error.what());
        }
        if (progress && reader.bytesRead() >= nextProgress) {
            nextProgress = reader.bytesRead() + (std::int64_t{1} << 22U);
            if (!progress(reader.bytesRead(), reader.fileSize()))
                throw InputError(path, static_cast<int>(row.line), QStringLiteral("import cancelled"));
        }
    }
    if (report.rows > 0 && report.skipped.size() == report.rows)
        throw InputError(path, 0,
                         QStringLiteral("every one of its %1 rows is bad (the first: %2)")
                             .arg(report.rows)
                             .arg(report.skipped.first()));
    report.notices = reader.notices();
    report.unknownActors.removeDuplicates();
    if (report.added == 0)
        m_transaction.dropDocumentIfEmpty(documentId);
    return report;
}

} // namespace kt
