#pragma once

#include "store/EventStore.h"

#include <QString>

#include <memory>

namespace kt {

// Opens the store a command or the window works on: --db FILE, or the user's default store, which is
// created and filled from the bundled article the first time. Only `import` makes a store at --db; the other
// commands need one that exists (StoreError naming the path otherwise).
class DefaultStore {
public:
    static std::unique_ptr<EventStore> open(const QString &dbOption,
                                            EventStore::Access access = EventStore::Access::Create);
    // For the window: read-write when the store and its folder can be written (WAL mode writes beside the
    // store), read-only otherwise, so that a store on read-only media or in another user's folder can be
    // viewed.
    static std::unique_ptr<EventStore> openForViewing(const QString &dbOption);
    // Extracts the bundled seed article into the store.
    static void seed(EventStore &store);
    static QString seedResource() {
        return QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt");
    }
};

} // namespace kt
