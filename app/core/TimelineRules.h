#pragma once

#include "core/data.h"

namespace kt {

// Where the timeline puts an event in time: one rule for the markers of the window and the export, the day
// bins count an event on, and N/P. Days since 1970 UTC; ms since 1970 UTC.
namespace TimelineRules {

constexpr double kDayMsecs = 86'400'000.0;

// A deadline (planned) stands at noon of its last day, the day it is due; any other event at the middle of
// its days, from 00:00 of the first to 24:00 of the last (noon for an event of one day).
inline double markerMsecs(Day start, Day end, EventStatus status) {
    if (status == EventStatus::Planned)
        return (static_cast<double>(end) + 0.5) * kDayMsecs;
    return (static_cast<double>(start) + static_cast<double>(end) + 1.0) / 2.0 * kDayMsecs;
}

// The day markerMsecs falls in (a marker at 00:00 belongs to the day that starts then): the day a bar counts
// the event on.
inline Day markerDay(Day start, Day end, EventStatus status) {
    return status == EventStatus::Planned ? end : start + (end - start + 1) / 2;
}

} // namespace TimelineRules

} // namespace kt
