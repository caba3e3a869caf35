#include "view/BinStack.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

constexpr double kDay = 86'400'000.0;

// Two lanes, four bins of two days from day 10, factions 0..2.
//   lane 0: bins 0 and 1 hold 2 of faction 1 and 1 of faction 2; bin 2 holds 4 of faction 2.
//   lane 1: bin 0 holds 1 of faction 2.
kt::LaneBins twoLanes() {
    kt::LaneBins bins;
    bins.firstDay = 10;
    bins.binDays = 2;
    bins.binCount = 4;
    bins.laneCount = 2;
    bins.factionSlots = 3;
    bins.counts.assign(2 * 4 * 3, 0);
    const auto set = [&bins](int lane, int bin, int faction, std::uint32_t count) {
        bins.counts[static_cast<std::size_t>((lane * bins.binCount + bin) * bins.factionSlots + faction)] =
            count;
        bins.total += count;
    };
    set(0, 0, 1, 2);
    set(0, 0, 2, 1);
    set(0, 1, 1, 2);
    set(0, 1, 2, 1);
    set(0, 2, 2, 4);
    set(1, 0, 2, 1);
    return bins;
}

struct Expected {
    int lane;
    int faction;
    double fromDay;
    double toDay;
    double low;
    double high;
};

void checkBars(const kt::BinStack &stack, const std::vector<Expected> &expected) {
    REQUIRE(stack.bars.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(i);
        const kt::BinBar &bar = stack.bars[i];
        CHECK(bar.lane == expected[i].lane);
        CHECK(bar.faction == expected[i].faction);
        CHECK(bar.fromMsecs == Approx(expected[i].fromDay * kDay));
        CHECK(bar.toMsecs == Approx(expected[i].toDay * kDay));
        CHECK(bar.low == Approx(expected[i].low));
        CHECK(bar.high == Approx(expected[i].high));
    }
}

} // namespace

TEST_CASE("bars stack factions in the order given, each lane scaled to its tallest bin", "[binstack]") {
    const kt::BinStack stack = kt::BinStack::of(twoLanes(), {0, 1, 2}, kt::BarScale::PerLane);
    CHECK(stack.laneMax == std::vector<std::uint32_t>{4, 1});
    CHECK(stack.tallest == 4);
    // Lane 0 spans lane values [1, 2]; its bars stand on 1.06 and reach 1.92 at 4 events.
    // Bins 0 and 1 are the same slices: one bar each over both.
    checkBars(stack, {{0, 1, 10, 14, 1.06, 1.06 + 0.86 * 2 / 4},
                      {0, 2, 10, 14, 1.06 + 0.86 * 2 / 4, 1.06 + 0.86 * 3 / 4},
                      {0, 2, 14, 16, 1.06, 1.92},
                      {1, 2, 10, 12, 0.06, 0.92}});
}

TEST_CASE("one scale for all lanes makes heights compare across lanes", "[binstack]") {
    const kt::BinStack stack = kt::BinStack::of(twoLanes(), {2, 1}, kt::BarScale::Shared);
    CHECK(stack.fullHeight(1) == 4);
    // Faction 2 at the bottom now; the lone event of lane 1 is a quarter of the tallest bin.
    checkBars(stack, {{0, 2, 10, 14, 1.06, 1.06 + 0.86 * 1 / 4},
                      {0, 2, 14, 16, 1.06, 1.92},
                      {0, 1, 10, 14, 1.06 + 0.86 * 1 / 4, 1.06 + 0.86 * 3 / 4},
                      {1, 2, 10, 12, 0.06, 0.06 + 0.86 / 4}});
}

TEST_CASE("factions left out of the order are not drawn, and empty bins give no bar", "[binstack]") {
    const kt::BinStack stack = kt::BinStack::of(twoLanes(), {1}, kt::BarScale::PerLane);
    checkBars(stack, {{0, 1, 10, 14, 1.06, 1.06 + 0.86 * 2 / 4}});
    kt::LaneBins empty = twoLanes();
    std::fill(empty.counts.begin(), empty.counts.end(), 0U);
    CHECK(kt::BinStack::of(empty, {0, 1, 2}, kt::BarScale::PerLane).bars.empty());
}
