#pragma once

#include "core/FactionCatalog.h"

#include <QDialog>

class QTableWidget;

namespace kt {

class EventStore;

// Actors under "Other", mapped to factions from the window: one row per actor no faction knows (its name
// as the dataset writes it and its number of events), a choice of faction for each, and Apply, which maps
// them as `kidal-timeline map-actor` does (stored events move; later imports map the name the same way).
class FactionEditor : public QDialog {
    Q_OBJECT
public:
    FactionEditor(EventStore &store, const FactionCatalog &catalog, QWidget *parent = nullptr);

    // Maps the rows whose faction was chosen; returns the number of events moved. Throws StoreError.
    int apply();
    // The table, for tests: column 0 the actor, 1 its events, 2 a QComboBox of factions.
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    // Events moved to other factions: the window reads the store again.
    void actorsMapped(int events);

private:
    void fill();

    EventStore &m_store;
    const FactionCatalog &m_catalog;
    QTableWidget *m_table;
};

} // namespace kt
