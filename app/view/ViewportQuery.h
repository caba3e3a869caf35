#pragma once

#include "core/EventIndex.h"
#include "core/Filter.h"
#include "core/LevelOfDetail.h"
#include "core/data.h"
#include "view/TableRows.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace kt {

class EventStore;

// What the timeline shows of a store for a window and a filter: the events themselves when few enough are
// in view, else bins per lane stacked by faction. Reads the in-memory index to decide and to count, and the
// store only for the text of the events it shows (kept in a cache). GUI-free: the window, `export` and the
// bench use it alike.
class ViewportQuery {
public:
    // Load::Later: with an empty index until setIndex() gives the store's (read on another thread).
    enum class Load { Now, Later };
    explicit ViewportQuery(const EventStore &store, Load load = Load::Now);

    // Reads the index and the lanes again (after an import or a correction), and selects its rows again.
    void reload();
    // The store's index read elsewhere (EventStore::loadIndex on another connection): as reload() after.
    void setIndex(std::shared_ptr<const EventIndex> index);
    // Made with Load::Later and not given its index yet.
    bool awaitsIndex() const { return m_awaitsIndex; }
    // Selects the rows the filter lets through (a pass over the index; nothing when it is the filter in
    // use).
    void setFilter(const Filter &filter);

    // A filter's selection worked out apart from the query, on another thread (the window does so for an
    // index of kSelectAtOnce rows or more): what it needs, taken on the query's thread …
    static constexpr std::size_t kSelectAtOnce = 200'000;
    struct SelectionRequest {
        Filter filter;
        std::shared_ptr<const EventIndex> index;
        std::shared_ptr<const IndexBitmaps> bitmaps;
    };
    SelectionRequest selectionRequest(const Filter &filter) const { return {filter, m_index, m_bitmaps}; }
    // … the rows it lets through, made on any thread (the text matches read through `store`); throws
    // StoreError …
    struct Selection {
        SelectionRequest request;
        std::shared_ptr<const IndexSelection> rows;
    };
    static Selection select(const SelectionRequest &request, const EventStore &store);
    // … and set as the filter in use, back on the query's thread. False, and nothing changes, when the index
    // was read again since the request (the caller asks again).
    bool setSelection(const Selection &selection);
    const Filter &filter() const { return m_filter; }
    // Whether the rows in use are this filter's (setFilter would do nothing).
    bool hasSelected(const Filter &filter) const { return m_selected && filter == m_filter; }
    // Leave out the lanes that hold no event the filter lets through (over the whole store, so that lanes
    // stay put while the window moves).
    void setHideEmptyLanes(bool hide);
    // Lanes by track (default), by the initiating side's faction, by ACLED event type, or by place (the
    // busiest places under the filter, the rest together in one last lane).
    void setLaneMode(LaneKey mode);
    LaneKey laneMode() const { return m_laneMode; }
    // The lane each event of a frame goes to.
    QStringList lanesOf(const QList<Event> &events) const;
    bool hidesEmptyLanes() const { return m_hideEmptyLanes; }

    struct Frame {
        QList<Event> events;          // when markers are shown
        std::optional<LaneBins> bins; // when bins are shown
        qint64 shown = 0;             // events in view that pass the filter
    };
    // targetBins: about one bin per few pixels of plot width.
    Frame query(double startMsecs, double endMsecs, int targetBins = 160);

    const EventIndex &index() const { return *m_index; }
    // The index and the filter's rows as they are now, for work on another thread: a reload or a filter
    // change makes new ones and leaves these as they were.
    std::shared_ptr<const EventIndex> sharedIndex() const { return m_index; }
    std::shared_ptr<const IndexSelection> sharedSelection() const { return m_selection; }
    const QStringList &lanes() const;
    // The tracks the view draws from: the lanes in track mode, else the store's tracks (only the filter's
    // track when it names one). For a default title.
    QStringList tracksShown() const;
    // Events per faction under the filter's other criteria (all of an event's sides count, or only its
    // initiator when the filter asks for initiators). Counted when the filter was set.
    QHash<QString, qint64> factionCounts() const;
    // The factions that have events in the store, in the index's order: what "all factions but …" counts
    // against.
    QStringList factionsPresent() const;
    // The whole store's span, with room for labels: the window "fit all" shows.
    std::pair<double, double> fitWindow() const;
    // One event, from the cache or the store.
    std::optional<Event> event(std::int64_t id);
    // Events by id, from the cache or the store (in any order; ids the store lacks are left out).
    QList<Event> events(const std::vector<std::int64_t> &ids);
    // The rows of a window for the events table, in date order: the days [start, end) touches, as query().
    TableRows::Request tableRequest(double startMsecs, double endMsecs) const;
    // The first (direction > 0) or last event of a window in time order that passes the filter.
    std::optional<std::int64_t> firstInWindow(double startMsecs, double endMsecs, int direction) const;
    // The event after (or before) this one in time order that passes the filter; nothing at either end.
    std::optional<std::int64_t> neighbour(std::int64_t id, int direction);
    // Where an event is counted when bars are shown: its lane and the day it counts on (its marker day, as
    // LevelOfDetail::bins). Nothing when the filter hides it or its lane is not drawn.
    struct BarPlace {
        int lane = 0;
        Day day = 0;
    };
    std::optional<BarPlace> barOf(std::int64_t id);

private:
    const EventStore &m_store;
    std::shared_ptr<const EventIndex> m_index; // never null
    // The lanes follow the filter, the lane mode and the index; they are worked out (a pass over the index)
    // when next asked for, not at each of those changes.
    void lanesChanged() { m_lanesStale = true; }
    // An event's position in the index.
    std::optional<std::size_t> positionOf(std::int64_t id);
    // Reads the events of these ids that the cache lacks (all of them when the cache must be emptied first).
    void cache(const std::vector<std::int64_t> &ids);
    void updateLanes() const;
    // Selected rows per lane key of the lane mode (its track, primary faction, type or place id).
    std::vector<qint64> countsByKey(std::size_t keyCount) const;
    QString laneNameOfKey(std::size_t key) const;

    QStringList m_allLanes; // every track, in the store's order
    mutable bool m_lanesStale = true;
    mutable QStringList m_lanes; // the lanes drawn
    mutable std::vector<int> m_laneOfKey;
    mutable QSet<QString> m_placeLanes; // in place mode: the places that have a lane of their own
    bool m_hideEmptyLanes = true;
    LaneKey m_laneMode = LaneKey::Track;
    Filter m_filter;
    std::shared_ptr<const IndexBitmaps> m_bitmaps;     // of m_index, made when first needed
    std::shared_ptr<const IndexSelection> m_selection; // the rows the filter lets through; never null
    bool m_selected = false;                           // m_selection is m_filter's over m_index
    bool m_awaitsIndex = false;                        // see awaitsIndex
    QHash<std::int64_t, Event> m_cache;
};

} // namespace kt
