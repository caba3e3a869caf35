#include "core/DayDate.h"
#include "core/Filter.h"

#include <catch2/catch.hpp>

using kt::Event;
using kt::Filter;

namespace {
Event event(const QStringList &factions, const char *start, const char *end, const char *type = "Battles") {
    Event e;
    e.factions = factions;
    e.dateStart = *kt::DayDate::fromIso(QString::fromLatin1(start));
    e.dateEnd = *kt::DayDate::fromIso(QString::fromLatin1(end));
    e.eventType = QString::fromLatin1(type);
    e.subEventType = QStringLiteral("Armed clash");
    e.location = QStringLiteral("Anéfis");
    e.quote = QStringLiteral("Des combats intenses à l’arme lourde ont été signalés samedi près de Kidal");
    e.track = QStringLiteral("Kidal offensive");
    return e;
}
} // namespace

TEST_CASE("an empty filter lets everything through", "[filter]") {
    const Filter filter;
    CHECK(filter.isEmpty());
    CHECK(filter.matches(event({QStringLiteral("FAMa")}, "2023-11-11", "2023-11-11")));
    CHECK(filter.describe().isEmpty());
}

TEST_CASE("faction filter keeps events with at least one checked side", "[filter]") {
    Filter filter;
    filter.factions = {QStringLiteral("MINUSMA")};
    CHECK(filter.matches(event({QStringLiteral("MINUSMA")}, "2023-10-31", "2023-10-31")));
    CHECK_FALSE(filter.matches(
        event({QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")}, "2023-11-11", "2023-11-11")));
    filter.factions = {QStringLiteral("CSP-PSD")};
    CHECK(filter.matches(
        event({QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")}, "2023-11-11", "2023-11-11")));
    CHECK_FALSE(filter.matches(event({}, "2023-11-11", "2023-11-11")));
    CHECK(filter.describe() == QStringLiteral("factions: CSP-PSD"));
    // The panel's None: no faction passes, and the words say so.
    filter.factions = {QString()};
    CHECK_FALSE(filter.matches(
        event({QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")}, "2023-11-11", "2023-11-11")));
    CHECK(filter.describe() == QStringLiteral("no faction"));
}

TEST_CASE("date bounds keep events whose range overlaps them", "[filter]") {
    Filter filter;
    filter.from = kt::DayDate::fromIso(QStringLiteral("2023-11-10"));
    filter.to = kt::DayDate::fromIso(QStringLiteral("2023-11-12"));
    CHECK(filter.matches(event({}, "2023-11-11", "2023-11-11")));
    CHECK(filter.matches(event({}, "2023-10-13", "2023-11-10"))); // ends on the first day
    CHECK_FALSE(filter.matches(event({}, "2023-10-13", "2023-11-09")));
    CHECK_FALSE(filter.matches(event({}, "2023-11-13", "2023-12-31")));
}

TEST_CASE("place and text search ignore case and accents", "[filter]") {
    Filter filter;
    filter.place = QStringLiteral("anefis");
    CHECK(filter.matches(event({}, "2023-11-11", "2023-11-11")));
    filter.place.clear();
    filter.search = QStringLiteral("ARME lourde SIGNALES");
    CHECK(filter.matches(event({}, "2023-11-11", "2023-11-11")));
    filter.search = QStringLiteral("drone");
    CHECK_FALSE(filter.matches(event({}, "2023-11-11", "2023-11-11")));
}

TEST_CASE("type and track criteria", "[filter]") {
    Filter filter;
    filter.eventTypes = {QStringLiteral("Armed clash")};
    CHECK(filter.matches(event({}, "2023-11-11", "2023-11-11")));
    filter.eventTypes = {QStringLiteral("Strategic developments")};
    CHECK_FALSE(filter.matches(event({}, "2023-11-11", "2023-11-11")));
    filter.eventTypes.clear();
    filter.tracks = {QStringLiteral("MINUSMA withdrawal")};
    CHECK_FALSE(filter.matches(event({}, "2023-11-11", "2023-11-11")));
}
