#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace kt {

// Calendar-aligned ticks for a time axis, in UTC: on the hour, at midnight, on Mondays, on the first of a
// month or of a year, depending on the span. Labels adapt to the scale and are unique within one call.
class TimeTicks {
public:
    enum class Unit { Hours, Days, Weeks, Months, Years };
    struct Step {
        Unit unit;
        int count;
        double approxMsecs() const;
    };
    struct Tick {
        qint64 msecs;
        QString label;
    };

    // The finest step that puts at most maxTicks ticks into [startMsecs, endMsecs].
    static Step chooseStep(double startMsecs, double endMsecs, int maxTicks);
    static QList<Tick> generate(double startMsecs, double endMsecs, int maxTicks,
                                const QLocale &locale = QLocale(QLocale::English));
    static QList<Tick> generate(double startMsecs, double endMsecs, Step step,
                                const QLocale &locale = QLocale(QLocale::English));
};

} // namespace kt
