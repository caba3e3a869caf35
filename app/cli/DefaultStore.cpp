#include "cli/DefaultStore.h"

#include "extract/ArticleReader.h"
#include "extract/Extractor.h"

#include <QFileInfo>

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
    if (!QFileInfo::exists(path))
        return open(dbOption, EventStore::Access::ReadWrite); // the default store is made; --db must exist
    return EventStore::openForViewing(path);
}

} // namespace kt
