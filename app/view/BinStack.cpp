#include "view/BinStack.h"

#include <algorithm>

namespace kt {

std::uint32_t BinStack::fullHeight(int lane) const {
    return scale == BarScale::Shared ? tallest : laneMax.at(static_cast<std::size_t>(lane));
}

double BinStack::valueOf(int lane, double count, int laneCount) const {
    return static_cast<double>(laneCount - 1 - lane) + kBase + kHeight * count / fullHeight(lane);
}

BinStack BinStack::of(const LaneBins &bins, const std::vector<int> &factionOrder, BarScale scale) {
    BinStack stack;
    stack.scale = scale;
    stack.laneMax.assign(static_cast<std::size_t>(std::max(0, bins.laneCount)), 1);
    for (int lane = 0; lane < bins.laneCount; ++lane)
        for (int bin = 0; bin < bins.binCount; ++bin)
            stack.laneMax[static_cast<std::size_t>(lane)] =
                std::max(stack.laneMax[static_cast<std::size_t>(lane)], bins.binTotal(lane, bin));
    for (const std::uint32_t max : stack.laneMax)
        stack.tallest = std::max(stack.tallest, max);
    constexpr double kDayMsecs = 86'400'000.0;
    const auto msecsOf = [&bins](int bin) { return static_cast<double>(bins.binStart(bin)) * kDayMsecs; };
    for (int lane = 0; lane < bins.laneCount; ++lane) {
        std::vector<std::uint32_t> below(static_cast<std::size_t>(bins.binCount), 0);
        for (const int faction : factionOrder) {
            if (faction < 0 || faction >= bins.factionSlots)
                continue;
            bool extending = false; // the last bar is this faction's, ending where this bin starts
            for (int bin = 0; bin < bins.binCount; ++bin) {
                const std::uint32_t count = bins.count(lane, bin, faction);
                auto &floor = below[static_cast<std::size_t>(bin)];
                if (count == 0) {
                    extending = false;
                    continue;
                }
                const double low = stack.valueOf(lane, floor, bins.laneCount);
                floor += count;
                const double high = stack.valueOf(lane, floor, bins.laneCount);
                if (extending && stack.bars.back().low == low && stack.bars.back().high == high) {
                    stack.bars.back().toMsecs = msecsOf(bin + 1);
                    continue;
                }
                stack.bars.push_back({msecsOf(bin), msecsOf(bin + 1), low, high, lane, faction});
                extending = true;
            }
        }
    }
    return stack;
}

} // namespace kt
