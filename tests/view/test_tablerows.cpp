#include "view/TableRows.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QLocale>

namespace {

using kt::TableRows;

constexpr kt::Day kJan = 19'358; // 1 January 2023, days since 1970

struct Given {
    int start;         // day of January 2023
    int days;          // end - start
    const char *place; // a name of placeNames
    kt::TimePrecision precision;
};

// Rows in index order (start, then end) with the places named: ids in order of first appearance.
std::shared_ptr<const kt::EventIndex> indexOf(const std::vector<Given> &given) {
    auto index = std::make_shared<kt::EventIndex>();
    index->placeNames << QString();
    std::int64_t id = 100;
    for (const Given &g : given) {
        kt::EventIndex::Row row;
        row.id = id++;
        row.start = kJan + g.start;
        row.end = row.start + g.days;
        row.precision = g.precision;
        const QString place = QString::fromUtf8(g.place);
        if (!index->placeNames.contains(place))
            index->placeNames << place;
        row.place = static_cast<std::uint32_t>(index->placeNames.indexOf(place));
        index->append(row);
    }
    return index;
}

const std::vector<Given> kRows{
    {0, 40, "Ménaka", kt::TimePrecision::Month},  // 0: a long event, overlapping every later window
    {2, 0, "gao", kt::TimePrecision::Exact},      // 1
    {5, 0, "Kidal", kt::TimePrecision::Week},     // 2
    {5, 1, "", kt::TimePrecision::Exact},         // 3: no place
    {9, 0, "Gao", kt::TimePrecision::Exact},      // 4
    {9, 0, "Kidal", kt::TimePrecision::Exact},    // 5
    {30, 0, "Ménaka", kt::TimePrecision::Week},   // 6
    {60, 0, "Ansongo", kt::TimePrecision::Exact}, // 7
};

std::vector<std::uint32_t> listed(const TableRows::Request &request) {
    const std::atomic_bool cancelled{false};
    const auto rows = TableRows::list(request, cancelled);
    REQUIRE(rows.has_value());
    return *rows;
}

} // namespace

TEST_CASE("the rows of a window: every event overlapping it that the filter lets through, in date order",
          "[tablerows]") {
    REQUIRE(kt::DayDate::fromDate(QDate(2023, 1, 1)) == kJan);
    const auto index = indexOf(kRows);
    kt::IndexFilter all;
    TableRows::Request request{index, std::make_shared<kt::IndexSelection>(*index, all), kJan + 6, kJan + 9};
    // Row 0 (a month from the 1st) overlaps; rows 1, 2 end before the 7th; 3 ends on the 6th; 7 starts later.
    CHECK(listed(request) == std::vector<std::uint32_t>{0, 3, 4, 5});

    kt::IndexFilter noMonth = all;
    noMonth.from = kJan + 3; // the filter's own dates cut too: row 1 ends on the 3rd… of January 2023
    noMonth.minFatalities = -1;
    noMonth.restrictIds = true;
    noMonth.ids = {100, 104}; // the ids a text search found: rows 0 and 4
    request.selection = std::make_shared<kt::IndexSelection>(*index, noMonth);
    CHECK(listed(request) == std::vector<std::uint32_t>{0, 4});

    request.from = kJan + 61;
    request.to = kJan + 90;
    CHECK(listed(request).empty());
    request.to = kJan + 10; // a window that ends before it starts lists nothing
    CHECK(listed(request).empty());
}

TEST_CASE("rows sorted by a column: names in a reader's order, ties in date order both ways", "[tablerows]") {
    const auto index = indexOf(kRows);
    const auto selection = std::make_shared<kt::IndexSelection>(*index, kt::IndexFilter{});
    TableRows::Request request{index, selection, kJan, kJan + 90, TableRows::Key::Place, false};
    // "" < Ansongo < gao = Gao (case aside, date order) < Kidal < Ménaka.
    CHECK(listed(request) == std::vector<std::uint32_t>{3, 7, 1, 4, 2, 5, 0, 6});
    request.descending = true; // the names reversed; each name's rows still from the earliest
    CHECK(listed(request) == std::vector<std::uint32_t>{0, 6, 2, 5, 1, 4, 7, 3});

    request.key = TableRows::Key::Precision; // day, week, month
    request.descending = false;
    CHECK(listed(request) == std::vector<std::uint32_t>{1, 3, 4, 5, 7, 2, 6, 0});

    request.key = TableRows::Key::Date;
    request.descending = true;
    CHECK(listed(request) == std::vector<std::uint32_t>{7, 6, 5, 4, 3, 2, 1, 0});
}

TEST_CASE("a cancelled listing gives nothing rather than part of the rows", "[tablerows]") {
    const auto index = indexOf(kRows);
    const TableRows::Request request{index, std::make_shared<kt::IndexSelection>(*index, kt::IndexFilter{}),
                                     kJan, kJan + 90};
    const std::atomic_bool cancelled{true};
    CHECK_FALSE(TableRows::list(request, cancelled).has_value());
}

TEST_CASE("ranks of names: accents and case do not decide the order, the empty name comes first",
          "[tablerows]") {
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // the window's language
    kt::EventIndex index;
    index.trackNames = {QString(), QStringLiteral("Retrait de la MINUSMA"), QStringLiteral("évacuations"),
                        QStringLiteral("Offensive"), QStringLiteral("Ériger")};
    // Ériger < évacuations < Offensive < Retrait (é sorts with e, not after z; case aside).
    CHECK(TableRows::nameRanks(index, TableRows::Key::Track) == std::vector<std::uint32_t>{0, 4, 2, 3, 1});
    QLocale::setDefault(before);
}
