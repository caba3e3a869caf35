#include "core/ViewState.h"

#include "core/DayDate.h"

#include <algorithm>

namespace kt {

namespace {
constexpr double kDayMsecs = 86'400'000.0;
}

ViewState::ViewState(QObject *parent)
    : QObject(parent) {
    m_steps.append(Step{m_dataRange, Filter{}, 0});
}

void ViewState::setDataRange(double startMsecs, double endMsecs) {
    if (endMsecs < startMsecs)
        std::swap(startMsecs, endMsecs);
    m_dataRange = Window{startMsecs, endMsecs};
}

ViewState::Window ViewState::clamp(Window window) const {
    if (window.end < window.start)
        std::swap(window.start, window.end);
    double span = std::clamp(window.span(), kMinSpanMsecs, kMaxSpanMsecs);
    const double centre = (window.start + window.end) / 2;
    return Window{centre - span / 2, centre + span / 2};
}

void ViewState::push(const Step &step, History mode, int mergeKey) {
    const Step current = m_steps.at(m_current); // a copy: the list may grow below
    if (current.window == step.window && current.filter == step.filter)
        return;
    const bool merge = mode == History::Merge && current.mergeKey == mergeKey && m_current > 0;
    if (merge) {
        m_steps[m_current] = step;
    } else {
        m_steps.resize(m_current + 1); // a new step drops the forward history
        m_steps.append(step);
        m_current = m_steps.size() - 1;
    }
    m_steps[m_current].mergeKey = mode == History::Merge ? mergeKey : 0;
    if (current.window != step.window)
        Q_EMIT windowChanged(step.window.start, step.window.end);
    Q_EMIT historyChanged();
}

void ViewState::setWindow(double start, double end, History mode) {
    moveTo(start, end, mode, WindowKey);
}

void ViewState::moveTo(double start, double end, History mode, MergeKey key) {
    const Window next = clamp(Window{start, end});
    if (next == window())
        return;
    push(Step{next, filter(), 0}, mode, key);
}

void ViewState::zoomBy(double factor, double anchorMsecs, History mode) {
    if (factor <= 0)
        return;
    const Window current = window();
    const double span = std::clamp(current.span() * factor, kMinSpanMsecs, kMaxSpanMsecs);
    const double fraction = current.span() > 0 ? (anchorMsecs - current.start) / current.span() : 0.5;
    const double start = anchorMsecs - fraction * span;
    moveTo(start, start + span, mode, ZoomKey);
}

ViewState::Window ViewState::fitting(std::optional<std::pair<Day, Day>> days) {
    constexpr double kDay = 86'400'000.0;
    if (!days) {
        const double now = static_cast<double>(DayDate::toMsecs(DayDate::fromDate(QDate::currentDate())));
        return {now - 30 * kDay, now + kDay};
    }
    // The data's days, midnight to midnight, and a small margin on both sides: a label that has no room
    // right of the last marker goes left of it.
    const double start = static_cast<double>(DayDate::toMsecs(days->first));
    const double end = static_cast<double>(DayDate::toMsecs(days->second + 1));
    const double margin = std::max((end - start) * 0.03, kDay / 2);
    return {start - margin, end + margin};
}

void ViewState::showSpan(double spanMsecs) {
    const Window current = window();
    const double centre = (current.start + current.end) / 2;
    setWindow(centre - spanMsecs / 2, centre + spanMsecs / 2, History::NewStep);
}

void ViewState::panBy(double deltaMsecs, History mode) {
    const Window current = window();
    moveTo(current.start + deltaMsecs, current.end + deltaMsecs, mode, PanKey);
}

void ViewState::fit() {
    setWindow(m_dataRange.start, m_dataRange.end, History::NewStep);
}

void ViewState::commit() {
    m_steps[m_current].mergeKey = 0;
}

void ViewState::clearHistory() {
    const Step current = m_steps.at(m_current);
    m_steps = {current};
    m_current = 0;
    Q_EMIT historyChanged();
}

void ViewState::setFilter(const Filter &newFilter) {
    if (newFilter == filter())
        return;
    push(Step{window(), newFilter, 0}, History::NewStep, 0);
    Q_EMIT filterChanged();
}

void ViewState::show(double start, double end, const Filter &newFilter) {
    const bool filterChanges = newFilter != filter();
    push(Step{clamp({start, end}), newFilter, 0}, History::NewStep, 0);
    if (filterChanges)
        Q_EMIT filterChanged();
}

void ViewState::select(std::int64_t eventId) {
    if (eventId == m_selected)
        return;
    m_selected = eventId;
    Q_EMIT selectionChanged(eventId);
}

void ViewState::restore(qsizetype index) {
    const Step previous = m_steps.at(m_current);
    m_current = index;
    const Step &now = m_steps.at(m_current);
    if (previous.window != now.window)
        Q_EMIT windowChanged(now.window.start, now.window.end);
    if (previous.filter != now.filter)
        Q_EMIT filterChanged();
    Q_EMIT historyChanged();
}

void ViewState::back() {
    if (canGoBack())
        restore(m_current - 1);
}

void ViewState::forward() {
    if (canGoForward())
        restore(m_current + 1);
}

} // namespace kt
