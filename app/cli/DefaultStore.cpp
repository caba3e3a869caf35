#include "cli/DefaultStore.h"

#include "extract/ArticleReader.h"
#include "extract/Extractor.h"

#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace kt {

void DefaultStore::seed(EventStore &store) {
    const Document document = ArticleReader::readFile(seedResource());
    const DocumentEvents extraction = Extractor().extract(document);
    store.add(extraction.document, extraction.events);
}

std::unique_ptr<EventStore> DefaultStore::open(const QString &dbOption, EventStore::Access access) {
    if (!dbOption.isEmpty())
        return std::make_unique<EventStore>(dbOption, access);
    const QString path = EventStore::defaultPath();
    if (!QFileInfo::exists(path)) {
        auto store = std::make_unique<EventStore>(path, EventStore::Access::Create);
        seed(*store);
        if (access != EventStore::Access::ReadOnly)
            return store;
    }
    return std::make_unique<EventStore>(path, access);
}

std::unique_ptr<EventStore> DefaultStore::openForViewing(const QString &dbOption) {
    const QString path = dbOption.isEmpty() ? EventStore::defaultPath() : dbOption;
    const QFileInfo file(path);
    const bool writable =
        !file.exists() || (file.isWritable() && QFileInfo(file.absolutePath()).isWritable());
    if (!writable)
        return open(dbOption, EventStore::Access::ReadOnly);
    try {
        return open(dbOption, EventStore::Access::ReadWrite);
    } catch (const StoreError &error) {
        if (error.sqliteCode() != SQLITE_READONLY && error.sqliteCode() != SQLITE_CANTOPEN &&
            error.sqliteCode() != SQLITE_PERM)
            throw;
        return open(dbOption, EventStore::Access::ReadOnly);
    }
}

} // namespace kt
