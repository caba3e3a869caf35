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

TEST_CASE("the index's bytes give back every row, and bytes it did not write are refused", "[index]") {
    kt::EventIndex index;
    for (int i = 0; i < 300; ++i) {
        kt::EventIndex::Row row;
        row.id = 1000 + i * 7;
        row.start = 19'000 + i / 3;
        row.end = row.start + (i % 11 == 0 ? 40 : 0);
        row.precision = i % 5 == 0 ? kt::TimePrecision::Week : kt::TimePrecision::Exact;
        row.status = static_cast<kt::EventStatus>(i % 4);
        row.type = static_cast<std::uint16_t>(i % 25);
        row.primaryFaction = static_cast<std::uint8_t>(i % 64);
        row.track = static_cast<std::uint16_t>(i % 3);
        row.factionMask = (std::uint64_t{1} << (i % 64)) | 1U;
        row.place = static_cast<std::uint32_t>(i * 13);
        row.fatalities = i % 7 == 0 ? -1 : i % 40;
        index.append(row);
    }
    const QByteArray bytes = index.toBytes();
    const auto back = kt::EventIndex::fromBytes(bytes);
    REQUIRE(back);
    REQUIRE(back->size() == index.size());
    for (std::size_t i = 0; i < index.size(); ++i) {
        const kt::EventIndex::Row a = index.row(i);
        const kt::EventIndex::Row b = back->row(i);
        CHECK((a.id == b.id && a.start == b.start && a.end == b.end && a.precision == b.precision &&
               a.status == b.status && a.type == b.type && a.primaryFaction == b.primaryFaction &&
               a.track == b.track && a.factionMask == b.factionMask && a.place == b.place &&
               a.fatalities == b.fatalities));
    }
    CHECK(back->lastDay() == index.lastDay());
    // The overlap search needs the longest span back too: a 40-day event found from its last day.
    CHECK(back->overlapping(19'040, 19'040) == index.overlapping(19'040, 19'040));
    CHECK(kt::EventIndex::fromBytes(kt::EventIndex().toBytes())->size() == 0);

    CHECK(!kt::EventIndex::fromBytes(bytes.left(bytes.size() - 1))); // cut short
    CHECK(!kt::EventIndex::fromBytes(bytes + QByteArray(1, '\0')));  // a byte too many
    CHECK(!kt::EventIndex::fromBytes(QByteArray("KTIX")));           // a header cut short
    QByteArray other = bytes;
    other[0] = 'X';
    CHECK(!kt::EventIndex::fromBytes(other)); // not the magic
    other = bytes;
    other[4] = 1;
    CHECK(!kt::EventIndex::fromBytes(other)); // another format version (1 had no fatalities)
    other = bytes;
    for (int i = 16; i < 24; ++i)
        other[i] = '\xff'; // a row count no bytes could hold
    CHECK(!kt::EventIndex::fromBytes(other));
}
