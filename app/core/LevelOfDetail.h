#pragma once

#include "core/EventIndex.h"
#include "core/IndexSelection.h"
#include "core/TimelineRules.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace kt {

// Bins of one window, per lane and stacked by faction: what the timeline draws when too many events are in
// view for one marker each.
struct LaneBins {
    Day firstDay = 0; // the first bin starts at 00:00 UTC of this day
    int binDays = 1;  // every bin is this many days wide
    int binCount = 0;
    int laneCount = 0;
    int factionSlots = 0;              // faction ids 0..factionSlots-1 (0: no faction)
    std::vector<std::uint32_t> counts; // [lane][bin][faction]
    std::uint64_t total = 0;

    std::uint32_t count(int lane, int bin, int faction) const {
        return counts.at((static_cast<std::size_t>(lane) * static_cast<std::size_t>(binCount) +
                          static_cast<std::size_t>(bin)) *
                             static_cast<std::size_t>(factionSlots) +
                         static_cast<std::size_t>(faction));
    }
    std::uint32_t binTotal(int lane, int bin) const;
    Day binStart(int bin) const { return firstDay + bin * binDays; }
};

// How the bars of bins are scaled: each lane to its own tallest bar (they compare within a lane), or every
// lane to the tallest of all (they compare across lanes too).
enum class BarScale { PerLane, Shared };

// What the lanes stand for; a row's lane is looked up by this key of it.
enum class LaneKey { Track, Faction, Type, Place };
inline std::size_t laneKeyOf(const EventIndex &index, std::size_t position, LaneKey key) {
    switch (key) {
    case LaneKey::Faction:
        return index.primaryFaction(position);
    case LaneKey::Type:
        return index.type(position);
    case LaneKey::Place:
        return index.place(position);
    case LaneKey::Track:
        break;
    }
    return index.track(position);
}

// Decides between markers and bins for a window and computes either, from the index alone. Events are
// placed on their marker day: the middle of their range (planned ones: the end), as the chart draws them.
class LevelOfDetail {
public:
    // More events than this in view and the lanes show bins instead of markers.
    static constexpr std::size_t kMarkerLimit = 2000;

    static Day markerDay(const EventIndex::Row &row);
    static Day markerDay(const EventIndex &index, std::size_t position) {
        return TimelineRules::markerDay(index.start(position), index.end(position), index.status(position));
    }
    // Index positions of the events in view that are selected, at most limit + 1 of them (one more than
    // the limit says "too many").
    static std::vector<std::size_t> visible(const EventIndex &index, const IndexSelection &selection,
                                            Day from, Day to, std::size_t limit = kMarkerLimit);
    // A calendar-friendly bin width for about targetBins bins over `days` days: 1, 2 days, a week, two
    // weeks, 30, 91, 182 days, a year, two, five, ten years.
    static int binDaysFor(double days, int targetBins);
    // Bins over [from, to]; laneOfKey maps a row's key (its track, primary faction, type or place id, as
    // `key` says) to its lane (-1: not drawn).
    static LaneBins bins(const EventIndex &index, const IndexSelection &selection,
                         const std::vector<int> &laneOfKey, int laneCount, Day from, Day to, int targetBins,
                         LaneKey key = LaneKey::Track);
};

} // namespace kt
