#include "core/TimeTicks.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace kt {

namespace {

constexpr double kHour = 3'600'000.0;
constexpr double kDay = 24 * kHour;

constexpr std::array kSteps{
    TimeTicks::Step{TimeTicks::Unit::Hours, 1},  TimeTicks::Step{TimeTicks::Unit::Hours, 2},
    TimeTicks::Step{TimeTicks::Unit::Hours, 3},  TimeTicks::Step{TimeTicks::Unit::Hours, 6},
    TimeTicks::Step{TimeTicks::Unit::Hours, 12}, TimeTicks::Step{TimeTicks::Unit::Days, 1},
    TimeTicks::Step{TimeTicks::Unit::Days, 2},   TimeTicks::Step{TimeTicks::Unit::Weeks, 1},
    TimeTicks::Step{TimeTicks::Unit::Weeks, 2},  TimeTicks::Step{TimeTicks::Unit::Months, 1},
    TimeTicks::Step{TimeTicks::Unit::Months, 2}, TimeTicks::Step{TimeTicks::Unit::Months, 3},
    TimeTicks::Step{TimeTicks::Unit::Months, 6}, TimeTicks::Step{TimeTicks::Unit::Years, 1},
    TimeTicks::Step{TimeTicks::Unit::Years, 2},  TimeTicks::Step{TimeTicks::Unit::Years, 5},
    TimeTicks::Step{TimeTicks::Unit::Years, 10}, TimeTicks::Step{TimeTicks::Unit::Years, 20},
    TimeTicks::Step{TimeTicks::Unit::Years, 50}, TimeTicks::Step{TimeTicks::Unit::Years, 100},
};

QDateTime utc(double msecs) {
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::floor(msecs)), QTimeZone::utc());
}

QDateTime advance(const QDateTime &tick, TimeTicks::Step step) {
    switch (step.unit) {
    case TimeTicks::Unit::Hours:
        return tick.addSecs(3600LL * step.count);
    case TimeTicks::Unit::Days:
        return tick.addDays(step.count);
    case TimeTicks::Unit::Weeks:
        return tick.addDays(7LL * step.count);
    case TimeTicks::Unit::Months:
        return tick.addMonths(step.count);
    case TimeTicks::Unit::Years:
        return tick.addYears(step.count);
    }
    return tick;
}

// The first aligned instant at or after msecs.
QDateTime firstTick(double msecs, TimeTicks::Step step) {
    const QDateTime at = utc(msecs);
    const QDate date = at.date();
    QDateTime tick;
    switch (step.unit) {
    case TimeTicks::Unit::Hours: {
        const int hour = at.time().hour() / step.count * step.count;
        tick = QDateTime(date, QTime(hour, 0), QTimeZone::utc());
        break;
    }
    case TimeTicks::Unit::Days: {
        // Align multi-day steps on days since the epoch so that ticks do not jump while panning.
        const qint64 day = static_cast<qint64>(std::floor(msecs / kDay));
        const qint64 aligned = day - (((day % step.count) + step.count) % step.count);
        tick = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(aligned * kDay), QTimeZone::utc());
        break;
    }
    case TimeTicks::Unit::Weeks: {
        QDate monday = date.addDays(1 - date.dayOfWeek());
        if (step.count > 1) {
            // Align on even ISO weeks counted from the Monday 1970-01-05.
            const qint64 weeks = QDate(1970, 1, 5).daysTo(monday) / 7;
            const qint64 offset = ((weeks % step.count) + step.count) % step.count;
            monday = monday.addDays(-7 * offset);
        }
        tick = QDateTime(monday, QTime(0, 0), QTimeZone::utc());
        break;
    }
    case TimeTicks::Unit::Months: {
        const int month0 = (date.month() - 1) / step.count * step.count;
        tick = QDateTime(QDate(date.year(), month0 + 1, 1), QTime(0, 0), QTimeZone::utc());
        break;
    }
    case TimeTicks::Unit::Years: {
        const int year =
            static_cast<int>(std::floor(static_cast<double>(date.year()) / step.count)) * step.count;
        tick = QDateTime(QDate(year == 0 ? 1 : year, 1, 1), QTime(0, 0), QTimeZone::utc());
        break;
    }
    }
    while (tick.toMSecsSinceEpoch() < msecs)
        tick = advance(tick, step);
    return tick;
}

// Short label for a tick, and a longer one used for the first tick, when the enclosing unit changes, and
// whenever the short label would repeat.
QString label(const QDateTime &tick, const QDateTime &previous, TimeTicks::Step step, const QLocale &locale,
              bool forceLong) {
    const QDate date = tick.date();
    const bool first = !previous.isValid();
    switch (step.unit) {
    case TimeTicks::Unit::Hours: {
        const bool newDay = first || previous.date() != date;
        if (newDay || forceLong)
            return locale.toString(date, QStringLiteral("d MMM")) + QLatin1Char(' ') +
                   tick.time().toString(QStringLiteral("HH:mm"));
        return tick.time().toString(QStringLiteral("HH:mm"));
    }
    case TimeTicks::Unit::Days:
    case TimeTicks::Unit::Weeks: {
        const bool newYear = first || previous.date().year() != date.year();
        if (newYear || forceLong)
            return locale.toString(date, QStringLiteral("d MMM yyyy"));
        return locale.toString(date, QStringLiteral("d MMM"));
    }
    case TimeTicks::Unit::Months: {
        const bool newYear = first || previous.date().year() != date.year();
        if (newYear || forceLong)
            return locale.toString(date, QStringLiteral("MMM yyyy"));
        return locale.toString(date, QStringLiteral("MMM"));
    }
    case TimeTicks::Unit::Years:
        return QString::number(date.year());
    }
    return {};
}

} // namespace

double TimeTicks::Step::approxMsecs() const {
    switch (unit) {
    case Unit::Hours:
        return count * kHour;
    case Unit::Days:
        return count * kDay;
    case Unit::Weeks:
        return count * 7 * kDay;
    case Unit::Months:
        return count * 30.44 * kDay;
    case Unit::Years:
        return count * 365.25 * kDay;
    }
    return kDay;
}

TimeTicks::Step TimeTicks::chooseStep(double startMsecs, double endMsecs, int maxTicks) {
    const double span = std::max(endMsecs - startMsecs, 1.0);
    for (const auto &step : kSteps)
        if (span / step.approxMsecs() <= std::max(maxTicks, 1))
            return step;
    const double years = span / (365.25 * kDay) / std::max(maxTicks, 1);
    const int magnitude = static_cast<int>(std::pow(10.0, std::ceil(std::log10(std::max(years, 1.0)))));
    return Step{Unit::Years, magnitude};
}

QList<TimeTicks::Tick> TimeTicks::generate(double startMsecs, double endMsecs, int maxTicks,
                                           const QLocale &locale) {
    return generate(startMsecs, endMsecs, chooseStep(startMsecs, endMsecs, maxTicks), locale);
}

QList<TimeTicks::Tick> TimeTicks::generate(double startMsecs, double endMsecs, Step step,
                                           const QLocale &locale) {
    QList<Tick> ticks;
    if (!(endMsecs > startMsecs))
        return ticks;
    QSet<QString> seen;
    QDateTime previous;
    // Month ticks over more than a year: a month's name alone would come back, so each says its year ("Jul",
    // then "Jul 2020" for the next, reads as two kinds of tick).
    const bool yearly = step.unit == Unit::Months && endMsecs - startMsecs > 365 * kDay;
    for (QDateTime tick = firstTick(startMsecs, step); tick.isValid() && tick.toMSecsSinceEpoch() <= endMsecs;
         tick = advance(tick, step)) {
        QString text = label(tick, previous, step, locale, yearly);
        if (seen.contains(text))
            text = label(tick, previous, step, locale, true);
        seen.insert(text);
        ticks.append(Tick{tick.toMSecsSinceEpoch(), text});
        previous = tick;
        if (ticks.size() > 10'000)
            break; // a guard against a step far too fine for the span
    }
    return ticks;
}

} // namespace kt
