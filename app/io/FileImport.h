#pragma once

#include "io/DatasetReport.h"
#include "store/EventStore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>
#include <utility>

namespace kt {

// Thrown when the import's progress callback asked to stop; the store is as it was.
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled()
        : std::runtime_error("the import was cancelled; nothing was imported") {}
};

// One import of several files into a store, in one transaction: what `import` does and what the window's
// File → Import and drag and drop do. Articles (.txt, .md) and events JSON are read and extracted before the
// store is touched; ACLED exports (CSV, saved API answers) and UCDP GED files are checked by their header
// first, then streamed inside the transaction. A bad file, a store fault or a cancel leaves the store as it
// was.
class FileImport {
public:
    enum class Kind { Article, EventsJson, AcledCsv, AcledApiJson, UcdpGed };
    // The kind of a file from its name and, for .csv and .json, its first bytes. Throws InputError for a
    // file of no kind import reads.
    static Kind kindOf(const QString &path);
    // The file name patterns a file dialog offers, for each kind import reads.
    static QStringList nameFilters();

    // Where an import is: the file being read (1-based, of `files`), its bytes read and size, and a message
    // such as "reading acled.csv (2 of 3)".
    struct Status {
        int file = 0;
        int files = 0;
        qint64 done = 0;
        qint64 total = 0;
        QString message;
    };
    // Called now and then (at most every 64 KiB of a dataset, and once per article); returning false cancels.
    using Progress = std::function<bool(const Status &)>;

    struct ArticleResult {
        QString path;
        EventStore::AddResult added;
    };
    struct Result {
        QList<ArticleResult> articles;
        QList<DatasetReport> datasets;
        QStringList unknownActors; // actors of the datasets that went to "Other", each once
        qint64 eventsAdded() const;
    };

    // `published` overrides the publication day of articles (their front matter's otherwise).
    explicit FileImport(QStringList files, QDate published = {}, bool skipBadRows = false);

    // Reads the articles and events JSON and checks the datasets' headers; nothing is written. Throws
    // InputError (file, line, reason) for the first bad file, ImportCancelled on a cancel.
    void read(const Progress &progress = {});
    // Writes what read() found and streams the datasets into `store`, in one transaction, and returns what it
    // did. Throws InputError for a bad row (unless skipBadRows), ImportCancelled, StoreError for a store
    // fault; the store is then as it was.
    Result write(EventStore &store, const Progress &progress = {});

    const QStringList &files() const { return m_files; }

private:
    // Passes the status on; remembers a cancel, which the importers report as an InputError.
    bool report(const Progress &progress, int file, qint64 done, qint64 total);

    bool m_cancelled = false;

    QStringList m_files;
    QDate m_published;
    bool m_skipBadRows;
    QList<std::pair<QString, DocumentEvents>> m_batches;
    QList<std::pair<QString, Kind>> m_datasets;
};

} // namespace kt
