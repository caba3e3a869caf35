#pragma once

#include "core/SavedView.h"

#include <QList>
#include <QString>

#include <optional>

namespace kt {

class EventStore;

// The views kept in a store (`views` table, schema 6): save, list, find, rename, remove. Names are unique
// without regard to ASCII case ("Kidal" and "kidal" are one view) and are trimmed; an empty name is refused.
// A view names factions as they were called when it was saved; a faction renamed since is found by its old
// name (renaming keeps the old name as an alias).
//
// Every call throws StoreError naming the store when the store cannot be read or written (read-only, busy),
// when a name is empty or taken (rename), or when a view's text is not one this program wrote; the store is
// then left as it was.
class SavedViews {
public:
    explicit SavedViews(EventStore &store);

    // The views, by name (case ignored).
    QList<SavedView> list() const;
    std::optional<SavedView> find(const QString &name) const;
    // Saves the view under its name, replacing a view of that name.
    void save(const SavedView &view);
    void rename(const QString &name, const QString &newName);
    void remove(const QString &name);

private:
    SavedView decode(const QString &name, const QByteArray &json) const;
    QString checkedName(const QString &name) const;

    EventStore &m_store;
};

} // namespace kt
