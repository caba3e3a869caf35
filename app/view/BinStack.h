#pragma once

#include "core/LevelOfDetail.h"

#include <cstdint>
#include <vector>

namespace kt {

// One bar: a run of neighbouring bins of one lane and one faction whose stacked slice has the same bounds.
struct BinBar {
    double fromMsecs = 0; // ms since 1970 UTC, start of the first bin of the run
    double toMsecs = 0;   // end of the last bin (exclusive)
    double low = 0;       // lane-axis values (see PlotScale): the slice's bottom and top
    double high = 0;
    int lane = 0;
    int faction = 0; // faction id of LaneBins (0: no faction)
};

// The bars of a window's bins, stacked per bin in the factions' order, each lane's bars standing on the
// lane's bottom and reaching at most 0.86 of its height at the scale's tallest bin.
struct BinStack {
    std::vector<BinBar> bars;           // lane by lane, then faction by faction in the order given
    std::vector<std::uint32_t> laneMax; // the tallest bin of each lane (at least 1)
    std::uint32_t tallest = 1;          // the tallest bin of all lanes
    BarScale scale = BarScale::PerLane;

    // factionOrder: the faction ids in stacking order, bottom first; ids missing from it are not drawn.
    static BinStack of(const LaneBins &bins, const std::vector<int> &factionOrder, BarScale scale);
    // The count that reaches the top of a lane's bars (its own tallest, or the shared one).
    std::uint32_t fullHeight(int lane) const;
    // Where a count stands in a lane, as a lane-axis value.
    double valueOf(int lane, double count, int laneCount) const;

    static constexpr double kBase = 0.06;   // gap between a lane's bottom and its bars
    static constexpr double kHeight = 0.86; // the tallest bar's share of a lane's height
};

} // namespace kt
