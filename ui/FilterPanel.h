#pragma once

#include "core/FactionCatalog.h"
#include "core/data.h"

#include <QSet>
#include <QWidget>

class QListWidget;

namespace kt {

// The factions to show: one checkable row per faction with its colour swatch and its number of events.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(const FactionCatalog &catalog, QWidget *parent = nullptr);

    // The number of events of each faction, as counted elsewhere (from the index of a large store).
    void setCounts(const QHash<QString, qint64> &counts);
    // Checked factions; empty when every faction is checked (no filter).
    QSet<QString> checkedFactions() const;
    void setCheckedFactions(const QSet<QString> &factions);

Q_SIGNALS:
    void factionsChanged(const QSet<QString> &factions);

private:
    void setAll(bool checked);

    const FactionCatalog &m_catalog;
    QListWidget *m_list;
    bool m_updating = false;
};

} // namespace kt
