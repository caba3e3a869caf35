#include "cli/DefaultStore.h"

#include "extract/ArticleReader.h"
#include "extract/Extractor.h"

#include <QFile>
#include <QFileInfo>

namespace kt {

void DefaultStore::seed(EventStore &store) {
    const Document document = ArticleReader::readFile(seedResource());
    const DocumentEvents extraction = Extractor().extract(document);
    store.add(extraction.document, extraction.events);
}

std::unique_ptr<EventStore> DefaultStore::open(const QString &dbOption) {
    if (!dbOption.isEmpty())
        return std::make_unique<EventStore>(dbOption);
    const QString path = EventStore::defaultPath();
    const bool fresh = !QFileInfo::exists(path);
    auto store = std::make_unique<EventStore>(path);
    if (fresh || store->isEmpty())
        seed(*store);
    return store;
}

} // namespace kt
