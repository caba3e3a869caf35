#pragma once

#include "core/FactionCatalog.h"
#include "core/Filter.h"
#include "core/data.h"

#include <QSet>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimer;
class QToolBox;
class QTreeWidget;

namespace kt {

// What to show, one page per kind of criterion: factions (found by any of their names, in any role or as
// initiator), ACLED event types and sub-types as a tree, place and tracks, dates, and claims (claimant or
// source, contested only, fatalities at least N, words anywhere in the store). Criteria of different kinds
// all apply (AND); within one kind any value will do (OR). Every change is sent as a whole Filter.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(const FactionCatalog &catalog, QWidget *parent = nullptr);

    // The values to choose from: the store's tracks and its (event type, sub-event type) pairs.
    void setChoices(const QStringList &tracks, const QList<std::pair<QString, QString>> &eventTypes);
    // The number of events of each faction under the other criteria.
    void setCounts(const QHash<QString, qint64> &counts);
    // Shows a filter (after Back, Forward or a chip's removal) without sending it back.
    void setFilter(const Filter &filter);
    // The filter the panel shows.
    Filter filter() const;
    // Checked factions; empty when every faction is checked (no filter).
    QSet<QString> checkedFactions() const;
    void setCheckedFactions(const QSet<QString> &factions);

Q_SIGNALS:
    void filterChanged(const Filter &filter);
    // "Use current zoom": the window answers with setFilter and the days it shows.
    void currentZoomRequested();

private:
    // One checkable row per faction of the catalogue, when the rows are not those already.
    void makeFactionRows();
    QWidget *createFactionsPage();
    QWidget *createTypesPage();
    QWidget *createPlacesPage();
    QWidget *createDatesPage();
    QWidget *createClaimsPage();
    void setAllFactions(bool checked);
    void onlyCurrentFaction();
    void showMatchingFactions(const QString &text);
    QSet<QString> checkedTypes() const;
    QSet<QString> checkedTracks() const;
    void setTypesChecked(const QSet<QString> &types);
    void setTracksChecked(const QSet<QString> &tracks);
    // Sends the panel's filter, unless the panel is being filled.
    void send();
    void updateTitles();

    const FactionCatalog &m_catalog;
    QToolBox *m_pages;
    QLineEdit *m_factionSearch;
    QComboBox *m_role;
    QListWidget *m_factions;
    QTreeWidget *m_types;
    QLineEdit *m_place;
    QListWidget *m_tracks;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QLineEdit *m_claimant;
    QCheckBox *m_contested;
    QSpinBox *m_fatalities;
    QTimer *m_typing;         // text fields send after a pause in typing
    bool m_noFaction = false; // "None": a filter that lets no faction through
    bool m_updating = false;
};

} // namespace kt
