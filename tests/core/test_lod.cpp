#include "core/DayDate.h"
#include "core/LevelOfDetail.h"
#include "core/RowParts.h"

#include <QDate>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <random>

namespace {

// 20,000 events over 2023, bursty, in three tracks and five factions; some known within a week or a month,
// some planned.
kt::EventIndex makeIndex(std::vector<kt::EventIndex::Row> &rows, int count = 20'000) {
    std::mt19937 random(11);
    const kt::Day first = kt::DayDate::fromDate(QDate(2023, 1, 1));
    for (int i = 0; i < count; ++i) {
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
        row.fatalities = static_cast<std::int32_t>(row.id % 7) - 1; // -1 (not known) to 5
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
            const kt::LaneBins bins = kt::LevelOfDetail::bins(index, kt::IndexSelection(index, *filter),
                                                              laneOfTrack, 3, from, to, target);
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

TEST_CASE("bins counted in parts on several threads add up as one pass does", "[lod]") {
    // More rows than RowParts::kParallelFrom: the pass is split, at boundaries that are not on a word of
    // the selection.
    std::vector<kt::EventIndex::Row> rows;
    const kt::EventIndex index = makeIndex(rows, 150'001);
    REQUIRE(index.size() > kt::RowParts::kParallelFrom);
    kt::IndexFilter filter;
    filter.factionMask = 0b10101;
    const kt::IndexSelection selection(index, filter);
    const kt::Day jan = kt::DayDate::fromDate(QDate(2023, 1, 1));
    for (const auto &[from, to] :
         std::vector<std::pair<kt::Day, kt::Day>>{{jan + 3, jan + 361}, {jan - 9, jan + 400}}) {
        const kt::LaneBins bins =
            kt::LevelOfDetail::bins(index, selection, {-1, 0, 1, 2}, 3, from, to, 90, kt::LaneKey::Track);
        std::vector<std::uint64_t> expected(std::size_t{3} * static_cast<std::size_t>(bins.binCount), 0);
        for (std::size_t i = 0; i < index.size(); ++i) {
            const kt::Day day = kt::LevelOfDetail::markerDay(index, i);
            if (day >= from && day <= to && filter.accepts(index, i))
                ++expected[static_cast<std::size_t>(index.track(i) - 1) *
                               static_cast<std::size_t>(bins.binCount) +
                           static_cast<std::size_t>((day - bins.firstDay) / bins.binDays)];
        }
        std::size_t mismatches = 0;
        for (int lane = 0; lane < 3; ++lane)
            for (int bin = 0; bin < bins.binCount; ++bin)
                mismatches +=
                    bins.binTotal(lane, bin) !=
                    expected[static_cast<std::size_t>(lane) * static_cast<std::size_t>(bins.binCount) +
                             static_cast<std::size_t>(bin)];
        CHECK(mismatches == 0);
        CHECK(bins.total > 40'000);
    }
}

TEST_CASE("a selection holds the rows its filter accepts and counts factions under the other criteria",
          "[lod][selection]") {
    std::vector<kt::EventIndex::Row> rows;
    const kt::EventIndex index = makeIndex(rows);
    std::vector<kt::IndexFilter> filters(9);
    filters[1].factionMask = 0b00110; // factions 2 and 3, in any role
    filters[2] = filters[1];
    filters[2].initiatorOnly = true;
    filters[3].types.assign(26, false);
    filters[3].types[4] = filters[3].types[9] = true;
    filters[3].minFatalities = 2;
    filters[4].from = kt::DayDate::fromDate(QDate(2023, 3, 1));
    filters[4].to = kt::DayDate::fromDate(QDate(2023, 3, 31));
    filters[4].tracks = {false, false, true, true};
    filters[5] = filters[2];
    filters[5].restrictIds = true;
    for (std::int64_t id = 1; id <= 20'000; id += 3)
        filters[5].ids.push_back(id);
    filters[6].to = kt::DayDate::fromDate(QDate(2023, 2, 15));    // only an end
    filters[7].from = kt::DayDate::fromDate(QDate(2023, 12, 20)); // only a start: month-long events reach it
    filters[7].factionMask = ~std::uint64_t{0};
    filters[7].initiatorOnly = true;
    filters[8].from = kt::DayDate::fromDate(QDate(2030, 1, 1)); // after the data: nothing
    const auto bitmaps = std::make_shared<kt::IndexBitmaps>(index);
    for (const kt::IndexFilter &filter : filters) {
        const kt::IndexSelection selection(index, bitmaps, filter);
        std::size_t accepted = 0;
        std::size_t mismatches = 0;
        std::array<std::int64_t, kt::IndexSelection::kFactionSlots> counts{};
        for (std::size_t i = 0; i < index.size(); ++i) {
            const bool accepts = filter.accepts(index, i);
            accepted += accepts ? 1 : 0;
            mismatches += accepts != selection.contains(i) ? 1 : 0;
            // The panel's count of a faction: what checking it would add under the other criteria.
            for (std::size_t faction = 1; faction <= 5; ++faction) {
                kt::IndexFilter only = filter;
                only.factionMask = std::uint64_t{1} << (faction - 1);
                counts[faction] += only.accepts(index, i) ? 1 : 0;
            }
        }
        CHECK(mismatches == 0);
        CHECK(selection.count() == accepted);
        CHECK((accepted == 0) == (&filter == &filters.back()));
        CHECK((accepted == index.size()) == (&filter == &filters.front())); // only the empty filter takes all
        CHECK(selection.factionCounts() == counts);
        std::size_t visited = 0;
        std::size_t previous = 0;
        bool ordered = true;
        selection.forEach([&](std::size_t position) {
            ordered = ordered && (visited == 0 || position > previous) && filter.accepts(index, position);
            previous = position;
            ++visited;
        });
        CHECK(ordered);
        CHECK(visited == accepted);
    }
}

TEST_CASE("markers give way to bins past the limit, and bin widths are calendar steps", "[lod]") {
    std::vector<kt::EventIndex::Row> rows;
    const kt::EventIndex index = makeIndex(rows);
    const kt::Day jan = kt::DayDate::fromDate(QDate(2023, 1, 1));
    // A whole year: far more than the limit; the list stops one past it.
    CHECK(kt::LevelOfDetail::visible(index, kt::IndexSelection(index, {}), jan, jan + 364).size() ==
          kt::LevelOfDetail::kMarkerLimit + 1);
    // One quiet day: every event overlapping it, and only those.
    const auto day = kt::LevelOfDetail::visible(index, kt::IndexSelection(index, {}), jan + 50, jan + 50);
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
    const kt::LaneBins weeks =
        kt::LevelOfDetail::bins(index, kt::IndexSelection(index, {}), {-1, 0, 1, 2}, 3, jan, jan + 364, 60);
    REQUIRE(weeks.binDays == 7);
    CHECK(kt::DayDate::toDate(weeks.binStart(0)).dayOfWeek() == Qt::Monday);
}
