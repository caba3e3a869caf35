#include "view/PlotScale.h"

#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

namespace {

constexpr double kDay = 86'400'000.0;

// A plot 800 × 400 px at (100, 50), eight days across, four lanes.
kt::PlotScale scale() {
    return {QRectF(100, 50, 800, 400), 0, 8 * kDay, 4};
}

} // namespace

TEST_CASE("times map to x and back across the plot", "[plotscale]") {
    const kt::PlotScale s = scale();
    for (const auto &[msecs, x] : std::vector<std::pair<double, double>>{
             {0, 100}, {kDay, 200}, {4 * kDay, 500}, {8 * kDay, 900}, {-kDay, 0}, {0.5 * kDay, 150}}) {
        INFO(msecs);
        CHECK(s.x(msecs) == Approx(x));
        CHECK(s.msecs(x) == Approx(msecs).margin(1e-3));
    }
    // An empty window or plot does not divide by zero.
    CHECK(kt::PlotScale{QRectF(10, 0, 100, 50), 5, 5, 2}.x(7) == 10);
    CHECK(kt::PlotScale{QRectF(10, 0, 0, 0), 0, 9, 2}.msecs(40) == 0);
    CHECK(kt::PlotScale{QRectF(10, 0, 0, 0), 0, 9, 2}.laneValue(40) == 0);
}

TEST_CASE("lanes run from the top, lane values from the bottom", "[plotscale]") {
    const kt::PlotScale s = scale();
    CHECK(s.y(0) == Approx(450)); // bottom of the last lane
    CHECK(s.y(4) == Approx(50));  // top of the first
    CHECK(s.laneValue(250) == Approx(2));
    for (const auto &[y, lane] : std::vector<std::pair<double, int>>{
             {51, 0}, {149, 0}, {151, 1}, {260, 2}, {449, 3}, {40, -1}, {460, -1}}) {
        INFO(y);
        CHECK(s.laneAt(QPointF(300, y)) == lane);
    }
    CHECK(s.laneAt(QPointF(50, 200)) == -1); // left of the plot
    CHECK(s.position(QPointF(2 * kDay, 1)) == QPointF(300, 350));
    CHECK(s.value(QPointF(300, 350)).y() == Approx(1));
}

TEST_CASE("snapped rectangles are whole pixels and neighbours share their edges", "[plotscale]") {
    const kt::PlotScale s{QRectF(10.3, 20.7, 777.7, 333.3), 0, 30 * kDay, 3};
    for (int day = 0; day < 29; ++day) {
        const QRectF a = s.snapped(day * kDay, (day + 1) * kDay, 0.5, 0.7);
        const QRectF b = s.snapped((day + 1) * kDay, (day + 2) * kDay, 0.7, 0.9);
        INFO(day);
        CHECK(a.right() == b.left()); // side by side: no gap, no overlap
        CHECK(a.left() == static_cast<int>(a.left()));
        CHECK(a.height() >= 1);
    }
    // Stacked slices of one bin share the edge between them.
    const QRectF low = s.snapped(0, kDay, 1.06, 1.3);
    const QRectF high = s.snapped(0, kDay, 1.3, 1.5);
    CHECK(low.top() == high.bottom());
    // A sliver still shows: one pixel high and wide.
    const QRectF sliver = s.snapped(0, 1, 1.0, 1.0001);
    CHECK(sliver.width() == 1);
    CHECK(sliver.height() == 1);
}
