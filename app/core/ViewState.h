#pragma once

#include "core/Filter.h"

#include <QList>
#include <QObject>

#include <cstdint>
#include <optional>
#include <utility>

namespace kt {

// What the timeline shows: the visible time window, the filter and the selected event, with a history of
// zoom and filter changes to go back and forth through. QtCore only, so that tests drive it directly.
class ViewState : public QObject {
    Q_OBJECT
public:
    struct Window {
        double start = 0; // milliseconds since the epoch, UTC
        double end = 0;
        double span() const { return end - start; }
        friend bool operator==(const Window &, const Window &) = default;
    };
    // How a change enters the history: as a new step, or folded into the previous step of the same kind
    // (a burst of wheel turns is one step).
    enum class History { NewStep, Merge };

    // The "fit all" window for data spanning the days [first, last]: from the first day's midnight to the
    // midnight after the last, with a margin of 3 % of that (at least half a day) on both sides; with no
    // data, the last month. The window's Fit and `export` both show it.
    static Window fitting(std::optional<std::pair<Day, Day>> days);

    static constexpr double kMinSpanMsecs = 3'600'000.0;                   // one hour
    static constexpr double kMaxSpanMsecs = 200.0 * 365.25 * 86'400'000.0; // two centuries

    explicit ViewState(QObject *parent = nullptr);

    // The window Fit shows: `fitting` of the data's days.
    void setDataRange(double startMsecs, double endMsecs);
    Window dataRange() const { return m_dataRange; }

    Window window() const { return m_steps.at(m_current).window; }
    const Filter &filter() const { return m_steps.at(m_current).filter; }
    std::int64_t selectedEvent() const { return m_selected; }

    void setWindow(double start, double end, History mode = History::NewStep);
    // Zooms by factor (< 1 zooms in) keeping anchorMsecs at the same place on screen.
    void zoomBy(double factor, double anchorMsecs, History mode = History::Merge);
    // A window of the given span around the current centre: the day, week, month and year presets.
    void showSpan(double spanMsecs);
    void panBy(double deltaMsecs, History mode = History::Merge);
    void fit();
    // Ends a gesture: the next mergeable change starts a new history step.
    void commit();
    // Forgets the history, keeping what is shown now (after loading data).
    void clearHistory();
    void setFilter(const Filter &filter);
    // A window and a filter at once (a saved view opened): one step of the history.
    void show(double start, double end, const Filter &filter);
    void select(std::int64_t eventId);

    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_steps.size(); }
    void back();
    void forward();

Q_SIGNALS:
    void windowChanged(double start, double end);
    void filterChanged();
    void selectionChanged(std::int64_t eventId);
    void historyChanged();

private:
    struct Step {
        Window window;
        Filter filter;
        int mergeKey =
            0; // 0: a step of its own; else the kind of change a later one of the same kind merges into
    };
    enum MergeKey { ZoomKey = 1, PanKey = 2, WindowKey = 3 };
    Window clamp(Window window) const;
    void push(const Step &step, History mode, int mergeKey);
    void moveTo(double start, double end, History mode, MergeKey key);
    void restore(qsizetype index);

    Window m_dataRange{0, 86'400'000.0};
    QList<Step> m_steps;
    qsizetype m_current = 0;
    std::int64_t m_selected = 0;
};

} // namespace kt
