#include "core/TimelineRules.h"

#include <catch2/catch.hpp>

#include <cmath>

using kt::EventStatus;
namespace Rules = kt::TimelineRules;

TEST_CASE("a marker stands at noon of a day, the middle of a range, or the day a deadline falls due",
          "[rules]") {
    struct Row {
        kt::Day start;
        kt::Day end;
        EventStatus status;
        double markerDays; // ms / day
        kt::Day day;
    };
    const Row rows[] = {
        {100, 100, EventStatus::Occurred, 100.5, 100}, // one day: noon
        {100, 101, EventStatus::Occurred, 101.0, 101}, // two days: midnight between them, the second's
        {100, 106, EventStatus::Occurred, 103.5, 103}, // a week: noon of its fourth day
        {100, 129, EventStatus::Ongoing, 115.0, 115},  // thirty days
        {100, 130, EventStatus::Planned, 130.5, 130},  // a deadline: the day it is due, not the middle
        {100, 100, EventStatus::Measure, 100.5, 100},
        {-3, -2, EventStatus::Occurred, -2.0, -2}, // before 1970 as after
    };
    for (const Row &row : rows) {
        INFO(row.start << "–" << row.end);
        CHECK(Rules::markerMsecs(row.start, row.end, row.status) ==
              Approx(row.markerDays * Rules::kDayMsecs));
        CHECK(Rules::markerDay(row.start, row.end, row.status) == row.day);
    }
}

TEST_CASE("bars count an event on the day its marker stands in", "[rules]") {
    for (const EventStatus status : {EventStatus::Occurred, EventStatus::Planned, EventStatus::Ongoing}) {
        for (kt::Day start = -40; start < 40; start += 7) {
            for (kt::Day span = 0; span < 62; ++span) {
                const double at = Rules::markerMsecs(start, start + span, status);
                INFO(start << " + " << span);
                CHECK(Rules::markerDay(start, start + span, status) ==
                      static_cast<kt::Day>(std::floor(at / Rules::kDayMsecs)));
            }
        }
    }
}
