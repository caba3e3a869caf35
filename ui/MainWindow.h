#pragma once

#include "core/FactionCatalog.h"
#include "core/ViewState.h"
#include "core/data.h"
#include "store/ViewportQuery.h"

#include <QHash>
#include <QMainWindow>

#include <optional>

namespace kt {

class EventDetails;
class EventTable;
class EventStore;
class FilterPanel;
class LegendStrip;
class TimelineChart;
class TimelineView;

// The program's window: the timeline in the middle, factions on the left, the selected event on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(EventStore &store, QWidget *parent = nullptr);

    TimelineView *timelineView() const { return m_view; }
    LegendStrip *legendStrip() const { return m_legend; }
    ViewState *viewState() { return &m_state; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    EventTable *eventTable() const { return m_table; }
    // Writes the current view with its title, legend and filters; returns an error message or nothing.
    QString exportTo(const QString &path, const QString &title);

private:
    // The faction counts, the whole span as the first view, and no history before it.
    void showStore();
    void applyFilter();
    void showSelection(std::int64_t eventId);
    // Selects the next (+1) or previous (-1) event in time order among those the filter lets through.
    void stepSelection(int direction);
    void exportPicture();
    void updateStatus();

    // Asks the store what the current window shows: markers or bins.
    void refresh();
    void refreshNow();
    // Runs what reads the store; a store fault or bad input is shown (status bar and a dialog) and the
    // window keeps what it showed. Returns whether it ran through.
    template <typename Action> bool guarded(Action &&action);
    void reportError(const QString &message);

    EventStore &m_store;
    FactionCatalog m_catalog;
    ViewState m_state;
    ViewportQuery m_query;
    QList<Event> m_visible;         // the events drawn, when markers are shown
    std::optional<LaneBins> m_bins; // the bins drawn, when too many events are in view
    qint64 m_shown = 0;
    bool m_refreshing = false;
    QString m_lastError; // shown in a dialog once, until a different one comes
    TimelineChart *m_chart;
    TimelineView *m_view;
    LegendStrip *m_legend;
    FilterPanel *m_filterPanel;
    EventTable *m_table;
    EventDetails *m_details;
};

} // namespace kt
