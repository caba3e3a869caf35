#include "ui/ImportDialog.h"

#include "core/InputError.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent>

namespace kt {

ImportDialog::ImportDialog(QString storePath, QStringList files, bool skipBadRows, QWidget *parent)
    : QProgressDialog(parent)
    , m_storePath(std::move(storePath))
    , m_files(std::move(files))
    , m_skipBadRows(skipBadRows) {
    setWindowTitle(tr("Import"));
    setLabelText(tr("Reading %n file(s)\u2026", nullptr, static_cast<int>(m_files.size())));
    setRange(0, 1000);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setWindowModality(Qt::NonModal); // the window stays usable while the worker runs
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        setLabelText(tr("Cancelling: the store is put back as it was\u2026"));
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString &text) {
        if (!m_cancelled)
            setLabelText(text);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::finish);
}

ImportDialog::~ImportDialog() {
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void ImportDialog::start() {
    m_watcher.setFuture(
        QtConcurrent::run(&ImportDialog::run, m_storePath, m_files, m_skipBadRows, &m_cancelled));
}

void ImportDialog::run(QPromise<Outcome> &promise, const QString &storePath, const QStringList &files,
                       bool skipBadRows, std::atomic<bool> *cancelled) {
    promise.setProgressRange(0, 1000);
    const auto progress = [&](const FileImport::Status &status) {
        const double share = status.total > 0 ? static_cast<double>(status.done) / status.total : 0;
        const int value = static_cast<int>(1000 * (status.file - 1 + share) / std::max(1, status.files));
        promise.setProgressValueAndText(value, status.message);
        return !cancelled->load();
    };
    const auto fail = [&](const QString &message, bool badRow = false) {
        promise.addResult(Failure{message, badRow});
    };
    try {
        FileImport import(files, {}, skipBadRows);
        import.read(progress);
        EventStore store(storePath, EventStore::Access::ReadWrite);
        promise.addResult(import.write(store, progress));
    } catch (const ImportCancelled &) {
        fail(tr("The import was cancelled; the store is as it was."));
    } catch (const InputError &error) {
        // A bad row of a dataset (not of an article or events JSON, which are read whole) can be skipped.
        bool dataset = false;
        try {
            const FileImport::Kind kind = FileImport::kindOf(error.file());
            dataset =
                error.line() > 0 && kind != FileImport::Kind::Article && kind != FileImport::Kind::EventsJson;
        } catch (const InputError &) {
        }
        fail(tr("%1; nothing was imported").arg(QString::fromStdString(error.what())), dataset);
    } catch (const StoreError &error) {
        fail(tr("%1; nothing was imported").arg(QString::fromStdString(error.what())));
    }
}

void ImportDialog::finish() {
    const Outcome outcome = m_watcher.result();
    reset();
    hide();
    if (const auto *result = std::get_if<FileImport::Result>(&outcome))
        Q_EMIT imported(*result);
    else
        Q_EMIT failed(std::get<Failure>(outcome).message, std::get<Failure>(outcome).badRow);
}

QString ImportDialog::reportText(const FileImport::Result &result) {
    const QLocale locale;
    QStringList lines;
    for (const FileImport::ArticleResult &article : result.articles)
        lines << tr("%1: %2 events added, %3 already stored")
                     .arg(QFileInfo(article.path).fileName(), locale.toString(article.added.added),
                          locale.toString(article.added.existing));
    for (const FileImport::ArticleResult &article : result.articles)
        if (article.added.merged > 0)
            lines << tr("%1: %2 of the events added were told by another article: each is kept as one of "
                        "that event's sources (Edit \u2192 Separate sources undoes it)")
                         .arg(QFileInfo(article.path).fileName(), locale.toString(article.added.merged));
    for (const DatasetReport &dataset : result.datasets) {
        lines << tr("%1: %2 rows, %3 events added, %4 already stored, %5 bad rows skipped")
                     .arg(QFileInfo(dataset.path).fileName(), locale.toString(dataset.rows),
                          locale.toString(dataset.added), locale.toString(dataset.existing),
                          locale.toString(static_cast<qint64>(dataset.skipped.size())));
        for (const QString &notice : dataset.notices)
            lines << QStringLiteral("  ") + notice;
        constexpr qsizetype kShownSkips = 20;
        for (qsizetype i = 0; i < std::min(kShownSkips, dataset.skipped.size()); ++i)
            lines << tr("  skipped %1").arg(dataset.skipped.at(i));
        if (dataset.skipped.size() > kShownSkips)
            lines << tr("  \u2026 and %1 more skipped rows").arg(dataset.skipped.size() - kShownSkips);
    }
    if (!result.unknownActors.isEmpty())
        lines << tr("%n actor(s) went under \u201cOther\u201d (no faction knows them): %1", nullptr,
                    static_cast<int>(result.unknownActors.size()))
                     .arg(result.unknownActors.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kt
