#include "io/FileImport.h"

#include "core/InputError.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "io/AcledImporter.h"
#include "io/AcledJsonReader.h"
#include "io/EventJson.h"
#include "io/UcdpGedReader.h"
#include "io/UcdpImporter.h"
#include "store/ImportTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kt {

FileImport::Kind FileImport::kindOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md"))
        return Kind::Article;
    if (suffix == QLatin1String("csv"))
        return UcdpGedReader::looksLikeGed(path) ? Kind::UcdpGed : Kind::AcledCsv;
    if (suffix == QLatin1String("json")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw InputError(path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return AcledJsonReader::looksLikeApiAnswer(file.readAll()) ? Kind::AcledApiJson : Kind::EventsJson;
    }
    throw InputError(
        path, 0,
        QStringLiteral("unknown kind of file \"%1\": import takes articles (.txt, .md), ACLED exports "
                       "(.csv) and API answers (.json), UCDP GED files (.csv) and events JSON (.json)")
            .arg(suffix));
}

QStringList FileImport::nameFilters() {
    return {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.csv"),
            QStringLiteral("*.json")};
}

qint64 FileImport::Result::eventsAdded() const {
    qint64 added = 0;
    for (const ArticleResult &article : articles)
        added += article.added.added;
    for (const DatasetReport &dataset : datasets)
        added += dataset.added;
    return added;
}

FileImport::FileImport(QStringList files, QDate published, bool skipBadRows)
    : m_files(std::move(files))
    , m_published(published)
    , m_skipBadRows(skipBadRows) {}

bool FileImport::report(const Progress &progress, int file, qint64 done, qint64 total) {
    if (!progress || m_cancelled)
        return !m_cancelled;
    Status status;
    status.file = file;
    status.files = static_cast<int>(m_files.size());
    status.done = done;
    status.total = total;
    status.message = QCoreApplication::translate("FileImport", "Reading %1 (%2 of %3)")
                         .arg(QFileInfo(m_files.value(file - 1)).fileName())
                         .arg(file)
                         .arg(status.files);
    m_cancelled = !progress(status);
    return !m_cancelled;
}

void FileImport::read(const Progress &progress) {
    m_batches.clear();
    m_datasets.clear();
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const QString &path = m_files.at(i);
        if (!report(progress, static_cast<int>(i + 1), 0, 1))
            throw ImportCancelled();
        const Kind kind = kindOf(path);
        if (kind == Kind::Article) {
            m_batches.append({path, Extractor().extract(ArticleReader::readFile(path, m_published))});
        } else if (kind == Kind::EventsJson) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw InputError(path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
            for (DocumentEvents &batch : EventJson::read(file.readAll(), path))
                m_batches.append({path, std::move(batch)});
        } else {
            if (kind == Kind::UcdpGed)
                UcdpGedReader header(path); // a file that is neither stops here, before the store
            else
                AcledImporter::open(path);
            m_datasets.append({path, kind});
        }
    }
}

FileImport::Result FileImport::write(EventStore &store, const Progress &progress) {
    Result result;
    const FactionCatalog catalog = store.factionCatalog();
    try {
        ImportTransaction transaction(store);
        for (const auto &[path, batch] : std::as_const(m_batches)) {
            if (!report(progress, static_cast<int>(m_files.indexOf(path) + 1), 1, 1))
                throw ImportCancelled();
            result.articles.append({path, transaction.add(batch)});
        }
        AcledImporter acled(transaction, catalog);
        UcdpImporter ucdp(transaction, catalog);
        for (const auto &[path, kind] : std::as_const(m_datasets)) {
            const int file = static_cast<int>(m_files.indexOf(path) + 1);
            const auto forward = [&](qint64 done, qint64 total) {
                return report(progress, file, done, total);
            };
            result.datasets.append(kind == Kind::UcdpGed ? ucdp.importFile(path, m_skipBadRows, forward)
                                                         : acled.importFile(path, m_skipBadRows, forward));
        }
        transaction.commit();
    } catch (const InputError &) {
        if (m_cancelled)
            throw ImportCancelled();
        throw;
    }
    for (const DatasetReport &dataset : std::as_const(result.datasets))
        for (const QString &actor : dataset.unknownActors)
            if (!result.unknownActors.contains(actor))
                result.unknownActors << actor;
    return result;
}

} // namespace kt
