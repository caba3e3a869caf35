#include "core/LevelOfDetail.h"

#include "core/RowParts.h"

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
    return TimelineRules::markerDay(row.start, row.end, row.status);
}

std::vector<std::size_t> LevelOfDetail::visible(const EventIndex &index, const IndexSelection &selection,
                                                Day from, Day to, std::size_t limit) {
    std::vector<std::size_t> positions;
    const auto [first, last] = index.overlapping(from, to);
    for (std::size_t i = first; i < last && positions.size() <= limit; ++i) {
        if (index.end(i) < from || !selection.contains(i))
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

LaneBins LevelOfDetail::bins(const EventIndex &index, const IndexSelection &selection,
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
    bins.factionSlots = 65; // faction ids 0..64
    const std::size_t size = static_cast<std::size_t>(laneCount) * static_cast<std::size_t>(bins.binCount) *
                             static_cast<std::size_t>(bins.factionSlots);
    struct Part {
        std::size_t first = 0;
        std::size_t last = 0;
        std::vector<std::uint32_t> counts;
        std::uint64_t total = 0;
    };
    // Counts the selected rows of a part by lane, bin and initiating side.
    const auto count = [&](Part &part) {
        part.counts.assign(size, 0);
        // Locals, not members: the compiler keeps them in registers across the loop's stores.
        std::uint32_t *const counts = part.counts.data();
        const int *const laneOf = laneOfKey.data();
        const std::size_t keys = laneOfKey.size();
        const auto binCount = static_cast<std::size_t>(bins.binCount);
        const Day firstDay = bins.firstDay;
        const int binDays = bins.binDays;
        std::uint64_t total = 0;
        // Rows come by start day: most fall in the bin of the row before, which saves a division each.
        Day binFirst = 0;
        Day binEnd = 0; // [binFirst, binEnd): the days of `bin`
        std::size_t bin = 0;
        selection.forEachIn(part.first, part.last, [&](std::size_t i) {
            const Day start = index.start(i);
            const Day day = start == index.end(i) ? start : markerDay(index, i);
            const std::size_t laneKey = laneKeyOf(index, i, key);
            const int lane = laneKey < keys ? laneOf[laneKey] : -1;
            if (day < from || day > to || lane < 0 || lane >= laneCount)
                return;
            if (day < binFirst || day >= binEnd) {
                bin = static_cast<std::size_t>((day - firstDay) / binDays);
                binFirst = firstDay + static_cast<Day>(bin) * binDays;
                binEnd = binFirst + binDays;
            }
            ++counts[(static_cast<std::size_t>(lane) * binCount + bin) * 65U + index.primaryFaction(i)];
            ++total;
        });
        part.total = total;
    };
    const auto [first, last] = index.overlapping(from, to);
    std::vector<Part> parts = RowParts::run<Part>(first, last, count);
    bins.counts = std::move(parts.front().counts);
    bins.total = parts.front().total;
    for (std::size_t p = 1; p < parts.size(); ++p) {
        for (std::size_t i = 0; i < size; ++i)
            bins.counts[i] += parts[p].counts[i];
        bins.total += parts[p].total;
    }
    return bins;
}

} // namespace kt
