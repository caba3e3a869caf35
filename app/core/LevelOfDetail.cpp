#include "core/LevelOfDetail.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kt {

std::uint32_t LaneBins::binTotal(int lane, int bin) const {
    std::uint32_t sum = 0;
    for (int faction = 0; faction < factionSlots; ++faction)
        sum += count(lane, bin, faction);
    return sum;
}

Day LevelOfDetail::markerDay(const EventIndex::Row &row) {
    if (row.status == EventStatus::Planned)
        return row.end;
    return row.start + (row.end - row.start) / 2;
}

std::vector<std::size_t> LevelOfDetail::visible(const EventIndex &index, const IndexFilter &filter, Day from,
                                                Day to, std::size_t limit) {
    std::vector<std::size_t> positions;
    const auto [first, last] = index.overlapping(from, to);
    for (std::size_t i = first; i < last && positions.size() <= limit; ++i) {
        if (index.end(i) < from || !filter.accepts(index, i))
            continue;
        positions.push_back(i);
    }
    return positions;
}

int LevelOfDetail::binDaysFor(double days, int targetBins) {
    static constexpr std::array<int, 11> steps{1, 2, 7, 14, 30, 91, 182, 365, 730, 1826, 3652};
    const double wanted = days / std::max(1, targetBins);
    for (const int step : steps)
        if (step >= wanted)
            return step;
    return steps.back();
}

LaneBins LevelOfDetail::bins(const EventIndex &index, const IndexFilter &filter,
                             const std::vector<int> &laneOfKey, int laneCount, Day from, Day to,
                             int targetBins, LaneKey key) {
    LaneBins bins;
    bins.binDays = binDaysFor(static_cast<double>(to - from + 1), targetBins);
    // Weeks start on Mondays (day 0, 1 January 1970, was a Thursday); other widths on multiples of
    // themselves.
    const Day offset = bins.binDays == 7 || bins.binDays == 14 ? 4 : 0;
    const auto floorTo = [&](Day day) {
        const Day shifted = day - offset;
        const Day remainder = ((shifted % bins.binDays) + bins.binDays) % bins.binDays;
        return day - remainder;
    };
    bins.firstDay = floorTo(from);
    bins.binCount = (to - bins.firstDay) / bins.binDays + 1;
    bins.laneCount = laneCount;
    bins.factionSlots = 65;
    bins.counts.assign(static_cast<std::size_t>(laneCount) * static_cast<std::size_t>(bins.binCount) *
                           static_cast<std::size_t>(bins.factionSlots),
                       0);
    const auto [first, last] = index.overlapping(from, to);
    for (std::size_t i = first; i < last; ++i) {
        const Day day = markerDay(index, i);
        if (day < from || day > to || !filter.accepts(index, i))
            continue;
        const std::size_t laneKey = laneKeyOf(index, i, key);
        const int lane = laneKey < laneOfKey.size() ? laneOfKey[laneKey] : -1;
        if (lane < 0 || lane >= laneCount)
            continue;
        const int bin = (day - bins.firstDay) / bins.binDays;
        const std::size_t at = (static_cast<std::size_t>(lane) * static_cast<std::size_t>(bins.binCount) +
                                static_cast<std::size_t>(bin)) *
                                   static_cast<std::size_t>(bins.factionSlots) +
                               index.primaryFaction(i);
        ++bins.counts[at];
        ++bins.total;
    }
    return bins;
}

} // namespace kt
