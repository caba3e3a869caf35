#include "core/ViewState.h"

#include <catch2/catch.hpp>

using kt::ViewState;

namespace {
constexpr double kDay = 86'400'000.0;
}

TEST_CASE("zoom keeps the anchor in place and respects limits", "[viewstate]") {
    ViewState state;
    state.setWindow(0, 100 * kDay);
    state.zoomBy(0.5, 25 * kDay);
    CHECK(state.window().start == Approx(12.5 * kDay));
    CHECK(state.window().end == Approx(62.5 * kDay));
    for (int i = 0; i < 100; ++i)
        state.zoomBy(0.1, 30 * kDay);
    CHECK(state.window().span() == Approx(ViewState::kMinSpanMsecs));
    for (int i = 0; i < 100; ++i)
        state.zoomBy(10, 30 * kDay);
    CHECK(state.window().span() == Approx(ViewState::kMaxSpanMsecs));
}

TEST_CASE("pan, fit and signals", "[viewstate]") {
    ViewState state;
    int windows = 0;
    QObject::connect(&state, &ViewState::windowChanged, [&windows](double, double) { ++windows; });
    state.setDataRange(10 * kDay, 20 * kDay);
    state.setWindow(0, 10 * kDay);
    state.panBy(5 * kDay);
    CHECK(state.window().start == Approx(5 * kDay));
    state.fit();
    CHECK(state.window() == state.dataRange());
    CHECK(windows == 3);
    state.setWindow(state.window().start, state.window().end); // no change, no signal
    CHECK(windows == 3);
}

TEST_CASE("fit all is the data's days with a small margin on both sides", "[viewstate]") {
    // Days since 1970: 19000 is 2022-01-08. Ten years of data get about 110 days on each side, not years.
    const auto tenYears = ViewState::fitting(std::pair{kt::Day(19000), kt::Day(19000 + 3652)});
    CHECK(tenYears.start == Approx((19000 - 3653 * 0.03) * kDay));
    CHECK(tenYears.end == Approx((19000 + 3653 + 3653 * 0.03) * kDay));
    // One day: half a day on each side, so that the day is the middle of the window.
    const auto oneDay = ViewState::fitting(std::pair{kt::Day(19000), kt::Day(19000)});
    CHECK(oneDay.start == Approx(18999.5 * kDay));
    CHECK(oneDay.end == Approx(19001.5 * kDay));
}

TEST_CASE("history goes back and forward through zoom and filter changes", "[viewstate]") {
    ViewState state;
    int filters = 0;
    QObject::connect(&state, &ViewState::filterChanged, [&filters] { ++filters; });
    state.setWindow(0, 100 * kDay);
    kt::Filter filter;
    filter.factions = {QStringLiteral("MINUSMA")};
    state.setFilter(filter);
    CHECK(filters == 1);
    // A burst of wheel turns is one step.
    state.zoomBy(0.8, 50 * kDay, ViewState::History::Merge);
    state.zoomBy(0.8, 50 * kDay, ViewState::History::Merge);
    state.zoomBy(0.8, 50 * kDay, ViewState::History::Merge);
    const auto zoomed = state.window();
    CHECK(zoomed.span() == Approx(100 * kDay * 0.512));
    REQUIRE(state.canGoBack());
    state.back();
    CHECK(state.window().span() == Approx(100 * kDay));
    CHECK(state.filter().factions.contains(QStringLiteral("MINUSMA")));
    state.back();
    CHECK(state.filter().isEmpty());
    CHECK(filters == 2);
    state.forward();
    state.forward();
    CHECK(state.window() == zoomed);
    CHECK_FALSE(state.canGoForward());
    // A new step after going back drops the forward history.
    state.back();
    state.setWindow(0, 10 * kDay);
    CHECK_FALSE(state.canGoForward());
}

TEST_CASE("clearing the history keeps the current view", "[viewstate]") {
    ViewState state;
    state.setWindow(0, 10 * kDay);
    state.setWindow(0, 20 * kDay);
    state.clearHistory();
    CHECK_FALSE(state.canGoBack());
    CHECK(state.window().span() == Approx(20 * kDay));
}

TEST_CASE("selection", "[viewstate]") {
    ViewState state;
    std::int64_t selected = -1;
    QObject::connect(&state, &ViewState::selectionChanged, [&selected](std::int64_t id) { selected = id; });
    state.select(42);
    CHECK(selected == 42);
    CHECK(state.selectedEvent() == 42);
}

TEST_CASE("presets show a day, a week, a month or a year around the centre, one step back each",
          "[viewstate]") {
    ViewState state;
    state.setDataRange(0, 1000 * kDay);
    state.setWindow(100 * kDay, 300 * kDay);
    state.showSpan(kDay);
    CHECK(state.window().start == Approx(199.5 * kDay));
    CHECK(state.window().end == Approx(200.5 * kDay));
    state.showSpan(7 * kDay);
    CHECK(state.window().span() == Approx(7 * kDay));
    CHECK((state.window().start + state.window().end) / 2 == Approx(200 * kDay));
    state.back();
    CHECK(state.window().span() == Approx(kDay));
    state.back();
    CHECK(state.window().start == Approx(100 * kDay));
}
