#include "core/DayDate.h"
#include "core/TimeTicks.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {
double at(const char *iso) {
    return static_cast<double>(
        QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch());
}
QDateTime utc(qint64 msecs) {
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}
} // namespace

TEST_CASE("days since the epoch", "[time]") {
    CHECK(kt::DayDate::fromIso(QStringLiteral("1970-01-01")) == 0);
    CHECK(kt::DayDate::toIso(*kt::DayDate::fromIso(QStringLiteral("2023-11-13"))) ==
          QStringLiteral("2023-11-13"));
    CHECK_FALSE(kt::DayDate::fromIso(QStringLiteral("2023-02-30")));
    CHECK_FALSE(kt::DayDate::fromIso(QStringLiteral("13/11/2023")));
    CHECK(kt::DayDate::toMsecs(1) == 86'400'000);
}

TEST_CASE("ticks are calendar-aligned at every scale", "[time][ticks]") {
    using Unit = kt::TimeTicks::Unit;
    struct Row {
        const char *from;
        const char *to;
        Unit unit;
    };
    const Row rows[] = {
        {"2023-11-11T05:17:00Z", "2023-11-11T17:40:00Z", Unit::Hours},
        {"2023-11-02T13:00:00Z", "2023-11-13T08:00:00Z", Unit::Days},
        {"2023-10-09T00:00:00Z", "2024-01-18T00:00:00Z", Unit::Weeks},
        {"2022-03-15T00:00:00Z", "2023-12-20T00:00:00Z", Unit::Months},
        {"1990-07-01T00:00:00Z", "2023-12-20T00:00:00Z", Unit::Years},
    };
    for (const Row &row : rows) {
        const auto ticks = kt::TimeTicks::generate(at(row.from), at(row.to), 14);
        INFO(row.from << " .. " << row.to);
        REQUIRE(ticks.size() >= 2);
        CHECK(ticks.size() <= 15);
        CHECK(kt::TimeTicks::chooseStep(at(row.from), at(row.to), 14).unit == row.unit);
        QSet<QString> labels;
        for (const auto &tick : ticks) {
            const QDateTime t = utc(tick.msecs);
            CHECK(t.time().minute() == 0);
            CHECK(t.time().second() == 0);
            if (row.unit != Unit::Hours)
                CHECK(t.time().hour() == 0);
            if (row.unit == Unit::Weeks)
                CHECK(t.date().dayOfWeek() == 1);
            if (row.unit == Unit::Months || row.unit == Unit::Years)
                CHECK(t.date().day() == 1);
            if (row.unit == Unit::Years)
                CHECK(t.date().month() == 1);
            CHECK(tick.msecs >= at(row.from));
            CHECK(tick.msecs <= at(row.to));
            labels.insert(tick.label);
        }
        CHECK(labels.size() == ticks.size()); // unique labels: QCategoryAxis drops duplicates
    }
}

TEST_CASE("tick labels adapt to the scale and are in UTC", "[time][ticks]") {
    const auto weeks = kt::TimeTicks::generate(at("2023-10-09T00:00:00Z"), at("2024-01-18T00:00:00Z"), 16);
    REQUIRE(!weeks.isEmpty());
    CHECK(weeks.first().label == QStringLiteral("9 Oct 2023"));
    bool newYear = false;
    for (const auto &tick : weeks)
        newYear = newYear || tick.label == QStringLiteral("1 Jan 2024");
    CHECK(newYear);
    const auto hours = kt::TimeTicks::generate(at("2023-11-11T22:00:00Z"), at("2023-11-12T04:00:00Z"), 8);
    REQUIRE(hours.size() >= 3);
    CHECK(hours.first().label == QStringLiteral("11 Nov 22:00"));
    CHECK(hours.at(2).label == QStringLiteral("12 Nov 00:00"));
    const auto months = kt::TimeTicks::generate(at("2022-11-01T00:00:00Z"), at("2023-03-01T00:00:00Z"), 4);
    CHECK(months.first().label == QStringLiteral("Nov 2022"));
    CHECK(months.at(1).label == QStringLiteral("Dec"));
    CHECK(months.at(2).label == QStringLiteral("Jan 2023"));
    // Over years, a month's name alone would repeat: every month tick says its year, not only some of them.
    const auto halves = kt::TimeTicks::generate(at("2018-01-15T00:00:00Z"), at("2022-05-15T00:00:00Z"),
                                                kt::TimeTicks::Step{kt::TimeTicks::Unit::Months, 6});
    QStringList labels;
    for (const auto &tick : halves)
        labels << tick.label;
    CHECK(labels.join(QLatin1Char(',')) ==
          QStringLiteral("Jul 2018,Jan 2019,Jul 2019,Jan 2020,Jul 2020,Jan 2021,Jul 2021,Jan 2022"));
}

TEST_CASE("days are written one way for people, in the language asked", "[time]") {
    const kt::Day day = kt::DayDate::fromDate(QDate(2023, 11, 12));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale french(QLocale::French, QLocale::France);
    CHECK(kt::DayDate::text(day, english) == QStringLiteral("12 Nov 2023"));
    CHECK(kt::DayDate::text(day, french) == QStringLiteral("12 nov. 2023"));
    CHECK(kt::DayDate::longText(day, english) == QStringLiteral("Sunday 12 November 2023"));
    CHECK(kt::DayDate::longText(day, french) == QStringLiteral("dimanche 12 novembre 2023"));
    CHECK(kt::DayDate::spanText(day, day, english) == QStringLiteral("12 Nov 2023"));
    CHECK(kt::DayDate::spanText(day - 2, day, english) == QStringLiteral("10 Nov 2023 \u2013 12 Nov 2023"));
    // The day an instant falls in: midnight starts a day, the instant before it ends the previous one.
    const double midnight = static_cast<double>(kt::DayDate::toMsecs(day));
    CHECK(kt::DayDate::dayOf(midnight) == day);
    CHECK(kt::DayDate::dayOf(midnight - 1) == day - 1);
    CHECK(kt::DayDate::dayOf(-1) == -1); // before 1970
}
