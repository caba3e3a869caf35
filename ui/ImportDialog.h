#pragma once

#include "io/FileImport.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>
#include <memory>
#include <variant>

namespace kt {

// Imports files into a store from a worker thread, with a progress dialog (file, bytes read, throttled by
// Qt's future) and Cancel, which rolls the import back: the store stays as it was. The worker writes
// through its own connection to the store, so that the window keeps reading while it runs (WAL mode).
class ImportDialog : public QProgressDialog {
    Q_OBJECT
public:
    // What the worker ended with: the import's result, or the message of what stopped it.
    struct Failure {
        QString message;
        bool badRow = false;
    };
    using Outcome = std::variant<FileImport::Result, Failure>;

    // skipBadRows: bad rows of a dataset are skipped and listed in the report instead of failing the import.
    ImportDialog(QString storePath, QStringList files, bool skipBadRows, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Starts the worker and shows the dialog after a short delay (not at all for a quick import).
    void start();
    // The import's report in words: events added, rows skipped with file:line, actors under "Other".
    static QString reportText(const FileImport::Result &result);

Q_SIGNALS:
    // The store changed: the window reloads it.
    void imported(const kt::FileImport::Result &result);
    // Nothing was imported: the reason, or that the user cancelled. badRow: a row of a dataset was bad (an
    // import skipping bad rows could go through).
    void failed(const QString &message, bool badRow);

private:
    static void run(QPromise<Outcome> &promise, const QString &storePath, const QStringList &files,
                    bool skipBadRows, std::atomic<bool> *cancelled);
    void finish();

    QString m_storePath;
    QStringList m_files;
    bool m_skipBadRows;
    std::atomic<bool> m_cancelled{false};
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace kt
