#pragma once

#include "core/FactionCatalog.h"

#include <QDialog>

class QListWidget;
class QTableWidget;

namespace kt {

class EventStore;

// File → Factions and actors. Factions: make one, rename one (its events, aliases and later imports follow),
// set its colour — each stored at once. Actors under "Other": one row per actor no faction knows (its name
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
    // The factions, in the catalogue's order, each with its colour as icon.
    QListWidget *factionList() const { return m_factions; }

    // What the Factions tab's buttons do once the name or colour is chosen. A refusal of the store (a name
    // taken, a read-only store) is shown in a message box and changes nothing. Return whether it was done.
    bool createFaction(const QString &name, const QColor &color);
    bool renameFaction(const QString &name, const QString &newName);
    bool recolourFaction(const QString &name, const QColor &color);
    // Whether factions were made, renamed or recoloured since the dialog opened.
    bool factionsChanged() const { return m_factionsChanged; }

Q_SIGNALS:
    // Events moved to other factions: the window reads the store again.
    void actorsMapped(int events);

private:
    void fill();
    void fillFactions();
    QWidget *createFactionsTab();
    QWidget *createActorsTab();
    QString currentFaction() const;
    template <typename Change> bool changeFactions(Change &&change);

    EventStore &m_store;
    FactionCatalog m_catalog; // the store's, read again after each change
    QTableWidget *m_table;
    QListWidget *m_factions;
    bool m_factionsChanged = false;
};

} // namespace kt
