#include "bench/DevsetScore.h"
#include "core/DayDate.h"

#include <catch2/catch.hpp>

namespace {

using kt::devset::GoldEvent;

kt::Day day(const char *iso) {
    return *kt::DayDate::fromIso(QString::fromLatin1(iso));
}

GoldEvent gold(const char *from, const char *to, const char *type, const char *place,
               kt::EventStatus status = kt::EventStatus::Occurred) {
    GoldEvent g;
    g.start = day(from);
    g.end = day(to);
    g.status = status;
    g.eventType = QString::fromLatin1(type);
    g.location = QString::fromUtf8(place);
    return g;
}

kt::Event extracted(const char *from, const char *to, const char *type, const char *place,
                    kt::EventStatus status = kt::EventStatus::Occurred) {
    kt::Event e;
    e.dateStart = day(from);
    e.dateEnd = day(to);
    e.status = status;
    e.eventType = QString::fromLatin1(type);
    e.location = QString::fromUtf8(place);
    return e;
}

} // namespace

TEST_CASE("the dev-set scorer pairs events whose days meet and that share the place or the type",
          "[devset]") {
    const QList<GoldEvent> goldEvents{gold("2023-04-15", "2023-04-15", "Battles", "Aorema"),
                                      gold("2023-04-16", "2023-04-16", "Battles", "Kongoussi")};
    // Days a day apart still meet; another place of the same type pairs; the far days do not.
    const QList<kt::Event> events{extracted("2023-04-16", "2023-04-16", "Battles", "Kongoussi"),
                                  extracted("2023-04-14", "2023-04-14", "Strategic developments", "Aorema"),
                                  extracted("2023-03-01", "2023-03-02", "Battles", "Aorema")};
    const auto pairs = kt::devset::match(goldEvents, events);
    REQUIRE(pairs.size() == 2);
    kt::devset::Score score;
    score.add(goldEvents, events, pairs);
    CHECK(score.matched == 2);
    CHECK(score.precision() == Approx(2.0 / 3));
    CHECK(score.recall() == 1.0);
    CHECK(score.exactDayGold == 2);
    CHECK(score.exactDayRight == 1); // Kongoussi on its day; Aorema a day early
}

TEST_CASE("the dev-set scorer's exact day of something due is its due day", "[devset]") {
    const QList<GoldEvent> goldEvents{
        gold("2024-09-15", "2024-09-15", "Strategic developments", "", kt::EventStatus::Planned),
        gold("2024-08-31", "2024-08-31", "Strategic developments", "", kt::EventStatus::Planned)};
    // Known from the report of 9 July, due on 15 September; the other due on 30 August, a day off.
    const QList<kt::Event> events{
        extracted("2024-07-09", "2024-09-15", "Strategic developments", "", kt::EventStatus::Planned),
        extracted("2024-07-09", "2024-08-30", "Strategic developments", "", kt::EventStatus::Planned)};
    kt::devset::Score score;
    score.add(goldEvents, events, kt::devset::match(goldEvents, events));
    CHECK(score.matched == 2);
    CHECK(score.exactDayRight == 1);
}

TEST_CASE("the dev-set scorer's places agree without accents or a generic word", "[devset]") {
    CHECK(kt::devset::samePlace(QStringLiteral("Baoulé forest"), QStringLiteral("Baoule")));
    CHECK(kt::devset::samePlace(QStringLiteral("Ménè"), QStringLiteral("Mene")));
    CHECK_FALSE(kt::devset::samePlace(QStringLiteral("Djibo"), QStringLiteral("Arbinda")));
    // One place written two ways in one report; short names must agree.
    CHECK(kt::devset::samePlace(QStringLiteral("Tizigorou"), QStringLiteral("Tizigourou")));
    CHECK(kt::devset::samePlace(QStringLiteral("Ouahigouya"), QStringLiteral("Ouahigouia")));
    CHECK_FALSE(kt::devset::samePlace(QStringLiteral("Gao"), QStringLiteral("Gas")));
    CHECK_FALSE(kt::devset::samePlace(QStringLiteral("Tizigorou"), QStringLiteral("Tizigouraa")));
}
