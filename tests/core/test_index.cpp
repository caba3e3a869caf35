#include "core/EventIndex.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

TEST_CASE("the event index finds every event overlapping a window", "[index]") {
    std::mt19937 random(7);
    std::vector<kt::EventIndex::Row> rows;
    for (int i = 0; i < 5000; ++i) {
        kt::EventIndex::Row row;
        row.id = i + 1;
        row.start = static_cast<kt::Day>(random() % 3000);
        // Mostly single days, some weeks, a few months, one long range.
        const unsigned kind = random() % 100;
        row.end = row.start + (kind < 80 ? 0 : kind < 95 ? 6 : kind < 99 ? 30 : 400);
        row.precision = kind < 80 ? kt::TimePrecision::Exact : kt::TimePrecision::Month;
        row.status = static_cast<kt::EventStatus>(random() % 4);
        row.factionMask = std::uint64_t{1} << (random() % 11);
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    kt::EventIndex index;
    index.reserve(rows.size());
    for (const auto &row : rows)
        index.append(row);
    REQUIRE(index.size() == rows.size());
    CHECK(index.firstDay() == rows.front().start);
    CHECK(index.row(17).status == rows.at(17).status);
    CHECK(index.row(17).factionMask == rows.at(17).factionMask);
    CHECK(index.row(17).precision == rows.at(17).precision);

    for (const auto &[from, to] : std::vector<std::pair<kt::Day, kt::Day>>{
             {0, 0}, {100, 130}, {1500, 1500}, {2990, 3500}, {-50, -1}, {0, 4000}, {2000, 2100}}) {
        INFO(from << ".." << to);
        std::size_t expected = 0;
        for (const auto &row : rows)
            expected += row.end >= from && row.start <= to ? 1 : 0;
        const auto [first, last] = index.overlapping(from, to);
        std::size_t found = 0;
        for (std::size_t i = first; i < last; ++i)
            found += index.row(i).end >= from ? 1 : 0;
        CHECK(found == expected);
        // Nothing outside [first, last) overlaps.
        for (std::size_t i = 0; i < first; ++i)
            CHECK_FALSE((index.row(i).end >= from && index.row(i).start <= to));
        for (std::size_t i = last; i < index.size(); ++i)
            CHECK(index.row(i).start > to);
    }
}
