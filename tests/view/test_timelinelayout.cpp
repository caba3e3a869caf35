#include "view/TimelineLayout.h"

#include <catch2/catch.hpp>

using kt::TimelineLayout;

namespace {

constexpr double kDay = 86'400'000.0;

// An event of one day, `day` days into the window, in a lane, with a label `label` px wide (0: none).
TimelineLayout::Item oneDay(double day, int lane, double label = 0) {
    TimelineLayout::Item item;
    item.fromMsecs = day * kDay;
    item.toMsecs = (day + 1) * kDay;
    item.markerMsecs = (day + 0.5) * kDay;
    item.labelRightMsecs = item.toMsecs;
    item.labelLeftMsecs = item.fromMsecs;
    item.labelWidth = label;
    item.lane = lane;
    return item;
}

} // namespace

TEST_CASE("rows: what would overlap at this scale takes the next row of its lane", "[layout]") {
    const TimelineLayout::Window window{0, 10 * kDay, 1000}; // 100 px a day
    const std::vector<TimelineLayout::Item> items{
        oneDay(1, 0, 300), // A: its label runs from 210 px to 522 px
        oneDay(1, 0),      // B: the same day as A
        oneDay(4, 0, 50),  // C: its mark at 450 px, under A's label
        oneDay(1, 1),      // D: A's day in the other lane
        oneDay(8, 0),      // E: clear of everything
    };
    std::vector<int> counts;
    SECTION("with labels") {
        CHECK(TimelineLayout::rows(items, window, true, 2, counts) == std::vector<int>{0, 1, 1, 0, 0});
        CHECK(counts == std::vector<int>{2, 1});
    }
    SECTION("without labels, C fits beside A") {
        CHECK(TimelineLayout::rows(items, window, false, 2, counts) == std::vector<int>{0, 1, 0, 0, 0});
    }
    SECTION("zoomed out tenfold, everything of lane 0 piles up but E") {
        const TimelineLayout::Window wide{0, 100 * kDay, 1000}; // 10 px a day: marks 16 px wide overlap
        CHECK(TimelineLayout::rows(items, wide, false, 2, counts) == std::vector<int>{0, 1, 0, 0, 0});
        CHECK(TimelineLayout::rows({oneDay(1, 0), oneDay(2, 0), oneDay(3, 0)}, wide, false, 1, counts) ==
              std::vector<int>{0, 1, 2});
    }
    SECTION("a label with no room on the right goes left and takes room there") {
        // F's mark at 950 px: its 300 px label goes left, from 630 to 940 px, over G at 750 px.
        const std::vector<TimelineLayout::Item> edge{oneDay(7, 0), oneDay(9, 0, 300)};
        CHECK(TimelineLayout::rows(edge, window, true, 1, counts) == std::vector<int>{1, 0});
    }
    SECTION("an item of no lane drawn is left where it is") {
        CHECK(TimelineLayout::rows({oneDay(1, 5)}, window, false, 2, counts) == std::vector<int>{0});
        CHECK(counts == std::vector<int>{1, 1});
    }
}

TEST_CASE("clusters: what finds no row among the first maxRows is counted in a +N of its lane", "[layout]") {
    const TimelineLayout::Window window{0, 10 * kDay, 1000}; // 100 px a day, 44 px: 0.44 day
    std::vector<TimelineLayout::Item> items;
    for (int k = 0; k < 6; ++k)
        items.push_back(oneDay(2, 0)); // six events of one day in lane 0
    items.push_back(oneDay(2, 1));     // one that day in lane 1
    items.push_back(oneDay(6, 0));     // one alone, four days later
    std::vector<int> counts;
    std::vector<int> rows = TimelineLayout::rows(items, window, false, 2, counts, 3);
    const int c = TimelineLayout::kClustered;
    CHECK(rows == std::vector<int>{0, 1, 2, c, c, c, 0, 0});
    CHECK(counts == std::vector<int>{3, 1});
    const auto clusters = TimelineLayout::clusters(items, rows, counts, window);
    REQUIRE(clusters.size() == 1);
    CHECK(clusters[0].lane == 0);
    CHECK(clusters[0].members == std::vector<std::size_t>{3, 4, 5});
    CHECK(clusters[0].msecs == Approx(2.5 * kDay));

    SECTION("a cluster takes the marks within 44 px of its first; one left alone is drawn itself") {
        // Clustered marks at 2.5, 2.8 (30 px on) and 3.0 days (50 px from the first): two clusters.
        // The last is alone in its cluster: it is drawn in the clusters' row (row 1) instead of a "+1".
        std::vector<TimelineLayout::Item> spread{oneDay(2, 0), oneDay(2, 0), oneDay(2.3, 0), oneDay(2.5, 0)};
        std::vector<int> one = TimelineLayout::rows(spread, window, false, 1, counts, 1);
        CHECK(one == std::vector<int>{0, c, c, c});
        const auto two = TimelineLayout::clusters(spread, one, counts, window);
        REQUIRE(two.size() == 1);
        CHECK(two[0].members == std::vector<std::size_t>{1, 2});
        CHECK(two[0].msecs == Approx(2.65 * kDay));
        CHECK(one == std::vector<int>{0, c, c, 1});
    }
    SECTION("labels give way before marks are clustered") {
        // Three events two days apart with long labels: three rows with their labels, one row without.
        const std::vector<TimelineLayout::Item> labelled{oneDay(1, 0, 300), oneDay(3, 0, 300),
                                                         oneDay(5, 0, 300)};
        CHECK(TimelineLayout::rows(labelled, window, true, 1, counts, 3) == std::vector<int>{0, 1, 2});
        CHECK(TimelineLayout::rows(labelled, window, true, 1, counts, 2) == std::vector<int>{0, 0, 0});
        CHECK(counts == std::vector<int>{1});
    }
    SECTION("zoomed in, the same events find rows apart and no cluster is left") {
        const TimelineLayout::Window hours{2 * kDay, 3 * kDay, 1000};
        std::vector<TimelineLayout::Item> sameDay;
        for (int k = 0; k < 6; ++k) {
            TimelineLayout::Item item = oneDay(2, 0);
            item.fromMsecs = item.toMsecs = item.markerMsecs = 2 * kDay + k * 4 * 3'600'000.0; // every 4 h
            sameDay.push_back(item);
        }
        std::vector<int> apart = TimelineLayout::rows(sameDay, hours, false, 1, counts, 3);
        CHECK(apart == std::vector<int>(6, 0));
        CHECK(TimelineLayout::clusters(sameDay, apart, counts, hours).empty());
    }
}

TEST_CASE("rows of a lane: 14 px apart", "[layout]") {
    CHECK(TimelineLayout::maxRows(400) == 27); // 28 rows spread over 29 gaps of 13.8 px
    CHECK(TimelineLayout::maxRows(112) == 7);  // 14 px apart, 12.4 px with a clusters' row
    CHECK(TimelineLayout::maxRows(20) == 1);   // at least one
    CHECK(TimelineLayout::maxRows(0) == 1);
    // A lane of 3 rows with clusters spreads over 4: the clusters' row lowest.
    CHECK(TimelineLayout::laneValue(0, 3, 4, 1) == Approx(0.2));
}

TEST_CASE("rows spread evenly inside their lane, the first highest", "[layout]") {
    CHECK(TimelineLayout::laneValue(0, 0, 1, 2) == Approx(1.5)); // top lane of two, one row: its middle
    CHECK(TimelineLayout::laneValue(1, 0, 1, 2) == Approx(0.5));
    CHECK(TimelineLayout::laneValue(0, 0, 2, 2) == Approx(1 + 2.0 / 3));
    CHECK(TimelineLayout::laneValue(0, 1, 2, 2) == Approx(1 + 1.0 / 3));
    CHECK(TimelineLayout::laneValue(0, 0, 0, 1) == Approx(0.5)); // no row count: one row
}

TEST_CASE("labels: right of the mark when they fit, left when only that fits, never over one another",
          "[layout]") {
    const QRectF plot(0, 0, 1000, 500);
    auto label = [](QPointF mark, double width) {
        return TimelineLayout::Label{mark, mark.x(), mark.x(), width, 14, mark.x(), mark.x()};
    };
    const std::vector<TimelineLayout::Label> labels{
        label({100, 100}, 200),  // 0: right, 110–310
        label({150, 100}, 100),  // 1: right, 160–260: over 0
        label({950, 300}, 200),  // 2: no room right (40 px): left, 740–940
        label({500, 200}, 2000), // 3: room 490 on each side: right, shortened to 490
        label({1200, 100}, 50),  // 4: its mark is outside the plot
    };
    const auto placed = TimelineLayout::labels(labels, {0, 1, 2, 3, 4}, plot);
    CHECK(placed[0].shown);
    CHECK(placed[0].rect == QRectF(110, 93, 200, 14));
    CHECK_FALSE(placed[1].shown);
    CHECK(placed[2].shown);
    CHECK(placed[2].rect.left() == Approx(740));
    CHECK(placed[3].shown);
    CHECK(placed[3].room == Approx(490));
    CHECK(placed[3].rect.width() == Approx(490));
    CHECK_FALSE(placed[4].shown);

    // A month-long event whose mark has left the plot on the left, its whisker reaching 300 px: its label
    // stays, just above the whisker, from the plot's left edge. One wholly out of view has none.
    const std::vector<TimelineLayout::Label> ranged{
        {{-50, 400}, 300, -200, 120, 14, -200, 300}, // mark left of the plot, whisker into it
        {{-50, 450}, -10, -200, 120, 14, -200, -10}, // whisker ends before the plot
        {{1100, 200}, 1200, 900, 80, 14, 900, 1200}, // mark right of the plot, whisker from 900 px
        // A deadline due after the plot's end: its anchors are its mark, its dotted lead runs from 600 px.
        {{1100, 250}, 1100, 1100, 80, 14, 600, 1110},
    };
    const auto kept = TimelineLayout::labels(ranged, {0, 1, 2, 3}, plot);
    CHECK(kept[3].shown);
    CHECK(kept[3].rect.right() == Approx(990));
    CHECK(kept[0].shown);
    CHECK(kept[0].rect == QRectF(10, 384, 120, 14));
    CHECK_FALSE(kept[1].shown);
    CHECK(kept[2].shown);
    CHECK(kept[2].rect.right() == Approx(990));

    // The selected event's label is placed first: it is the one shown.
    const auto selectedFirst = TimelineLayout::labels(labels, {1, 0, 2, 3, 4}, plot);
    CHECK(selectedFirst[1].shown);
    CHECK_FALSE(selectedFirst[0].shown);
}

TEST_CASE("a point is on the nearest mark within the radius", "[layout]") {
    const std::vector<QPointF> marks{{0, 0}, {10, 0}, {30, 0}, {30, 40}};
    CHECK(TimelineLayout::hit(marks, {8, 1}, 10) == std::optional<std::size_t>{1});
    CHECK(TimelineLayout::hit(marks, {5, 0}, 10) == std::optional<std::size_t>{1}); // as near: the later
    CHECK_FALSE(TimelineLayout::hit(marks, {20, 0}, 5).has_value());
    CHECK(TimelineLayout::hit(marks, {30, 36}, 5) == std::optional<std::size_t>{3});
    CHECK_FALSE(TimelineLayout::hit({}, {0, 0}, 100).has_value());
}

TEST_CASE("measures: a trend per unit with two values or more, in time order", "[layout]") {
    using M = TimelineLayout::Measure;
    double highest = -1;
    const auto series = TimelineLayout::measureSeries(
        {
            M{3 * kDay, 6754, QStringLiteral("personnel gone")},
            M{1 * kDay, 2000, QStringLiteral("personnel gone")},
            M{2 * kDay, 7, QStringLiteral("camps handed over")},
            M{5 * kDay, 9, QStringLiteral("camps handed over")},
            M{4 * kDay, 120, QStringLiteral("killed")}, // alone: read from its mark, no trend
        },
        highest);
    REQUIRE(series.size() == 2);
    CHECK(series[0].unit == QStringLiteral("camps handed over")); // units in name order
    CHECK(series[0].points == std::vector<QPointF>{{2 * kDay, 7}, {5 * kDay, 9}});
    CHECK(series[1].unit == QStringLiteral("personnel gone"));
    CHECK(series[1].points == std::vector<QPointF>{{1 * kDay, 2000}, {3 * kDay, 6754}}); // sorted by time
    CHECK(highest == 6754); // the lone 120 is not on the axis
    CHECK(TimelineLayout::measureSeries({M{kDay, 5, QStringLiteral("x")}}, highest).empty());
    CHECK(highest == 0);
}
