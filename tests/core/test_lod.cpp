#include "core/DayDate.h"
#include "core/LevelOfDetail.h"

#include <QDate>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

namespace {

// 20,000 events over 2023, bursty, in three tracks and five factions; some known within a week or a month,
// some planned.
kt::EventIndex makeIndex(std::vector<kt::EventIndex::Row> &rows) {
    std::mt19937 random(11);
    const kt::Day first = kt::DayDate::fromDate(QDate(2023, 1, 1));
    for (int i = 0; i < 20'000; ++i) {
        kt::EventIndex::Row row;
        row.id = i + 1;
        const bool burst = random() % 3 == 0;
        row.start = first + static_cast<kt::Day>(burst ? 300 + random() % 20 : random() % 365);
        const unsigned kind = random() % 10;
        row.end = row.start + (kind < 7 ? 0 : kind < 9 ? 6 : 30);
        row.status = kind == 9 ? kt::EventStatus::Planned : kt::EventStatus::Occurred;
        row.primaryFaction = static_cast<std::uint8_t>(1 + random() % 5);
        row.factionMask = std::uint64_t{1} << (row.primaryFaction - 1U);
        if (random() % 4 == 0)
            row.factionMask |= std::uint64_t{1} << (random() % 5);
        row.track = static_cast<std::uint16_t>(1 + random() % 3);
        row.type = static_cast<std::uint16_t>(1 + random() % 25);
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    kt::EventIndex index;
    for (const auto &row : rows)
        index.append(row);
    return index;
}

} // namespace

TEST_CASE("bins of a window add up to its events, per lane and per faction", "[lod]") {
    std::vector<kt::EventIndex::Row> rows;
    const kt::EventIndex index = makeIndex(rows);
    const std::vector<int> laneOfTrack{-1, 0, 1, 2};
    kt::IndexFilter everything;
    kt::IndexFilter twoFactions;
    twoFactions.factionMask = 0b00011; // factions 1 and 2
    kt::IndexFilter someTypes;
    someTypes.types.assign(26, false);
    someTypes.types[3] = someTypes.types[7] = true;

    const kt::Day jan = kt::DayDate::fromDate(QDate(2023, 1, 1));
    for (const auto &[from, to, target] :
         std::vector<std::tuple<kt::Day, kt::Day, int>>{{jan, jan + 364, 150},
                                                        {jan + 290, jan + 330, 80},
                                                        {jan + 100, jan + 100, 10},
                                                        {jan - 30, jan + 400, 40}}) {
        for (const kt::IndexFilter *filter : {&everything, &twoFactions, &someTypes}) {
            const kt::LaneBins bins =
                kt::LevelOfDetail::bins(index, *filter, laneOfTrack, 3, from, to, target);
            CHECK(bins.binStart(0) <= from);
            CHECK(bins.binStart(bins.binCount - 1) + bins.binDays > to);
            // Brute force: every event whose marker day is in the window, by lane and faction.
            std::vector<std::uint64_t> expected(std::size_t{3} * 65, 0);
            std::uint64_t total = 0;
            for (std::size_t i = 0; i < index.size(); ++i) {
                const auto row = index.row(i);
                const kt::Day day = kt::LevelOfDetail::markerDay(row);
                if (day < from || day > to || !filter->accepts(index, i))
                    continue;
                ++expected[static_cast<std::size_t>(laneOfTrack[row.track]) * 65 + row.primaryFaction];
                ++total;
            }
            CHECK(bins.total == total);
            for (int lane = 0; lane < 3; ++lane)
                for (int faction = 0; faction < 65; ++faction) {
                    std::uint64_t sum = 0;
                    for (int bin = 0; bin < bins.binCount; ++bin)
                        sum += bins.count(lane, bin, faction);
                    CHECK(sum ==
                          expected[static_cast<std::size_t>(lane) * 65 + static_cast<std::size_t>(faction)]);
                }
        }
    }
}

TEST_CASE("markers give way to bins past the limit, and bin widths are calendar steps", "[lod]") {
    std::vector<kt::EventIndex::Row> rows;
    const kt::EventIndex index = makeIndex(rows);
    const kt::Day jan = kt::DayDate::fromDate(QDate(2023, 1, 1));
    // A whole year: far more than the limit; the list stops one past it.
    CHECK(kt::LevelOfDetail::visible(index, {}, jan, jan + 364).size() ==
          kt::LevelOfDetail::kMarkerLimit + 1);
    // One quiet day: every event overlapping it, and only those.
    const auto day = kt::LevelOfDetail::visible(index, {}, jan + 50, jan + 50);
    const auto expected = std::count_if(rows.cbegin(), rows.cend(), [&](const auto &row) {
        return row.start <= jan + 50 && row.end >= jan + 50;
    });
    CHECK(day.size() == static_cast<std::size_t>(expected));
    CHECK(day.size() < kt::LevelOfDetail::kMarkerLimit);

    CHECK(kt::LevelOfDetail::binDaysFor(100, 150) == 1);
    CHECK(kt::LevelOfDetail::binDaysFor(365, 150) == 7);
    CHECK(kt::LevelOfDetail::binDaysFor(3650, 150) == 30);
    CHECK(kt::LevelOfDetail::binDaysFor(36500, 150) == 365);
    // Week bins start on Mondays.
    const kt::LaneBins weeks = kt::LevelOfDetail::bins(index, {}, {-1, 0, 1, 2}, 3, jan, jan + 364, 60);
    REQUIRE(weeks.binDays == 7);
    CHECK(kt::DayDate::toDate(weeks.binStart(0)).dayOfWeek() == Qt::Monday);
}
