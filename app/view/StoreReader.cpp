#include "view/StoreReader.h"

#include "store/EventStore.h"

namespace kt {

StoreReader::StoreReader(QString path, EventStore::Access access, FactionCatalog catalogue)
    : m_path(std::move(path))
    , m_access(access)
    , m_catalogue(std::move(catalogue)) {
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the reader's life: the connection stays with it
}

StoreReader::~StoreReader() {
    m_pool.clear();
    m_pool.waitForDone();
}

EventStore &StoreReader::open(std::function<bool()> stop) {
    if (!m_store)
        m_store = std::make_unique<EventStore>(m_path, m_access, m_catalogue);
    m_store->interruptWhen(std::move(stop));
    return *m_store;
}

} // namespace kt
