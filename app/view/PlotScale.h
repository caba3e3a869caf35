#pragma once

#include <QPointF>
#include <QRectF>

namespace kt {

// Where a time and a lane land in the plot, and back. The time axis runs left to right over [start, end)
// in ms since 1970 UTC; the lane axis is the chart's: value 0 at the bottom of the plot, laneCount at the
// top, lane i (0: the top lane) covering values [laneCount - 1 - i, laneCount - i]. Pixels are the plot's
// coordinates (the chart's, before any export scale).
struct PlotScale {
    QRectF plot;      // the plot area
    double start = 0; // ms at plot.left()
    double end = 1;   // ms at plot.right()
    int laneCount = 1;

    // An empty window, plot or lane count maps everything to the plot's edge rather than divide by zero.
    double x(double msecs) const {
        return end > start ? plot.left() + (msecs - start) / (end - start) * plot.width() : plot.left();
    }
    double msecs(double x) const {
        return plot.width() > 0 ? start + (x - plot.left()) / plot.width() * (end - start) : start;
    }
    double y(double laneValue) const {
        return laneCount > 0 ? plot.bottom() - laneValue / laneCount * plot.height() : plot.bottom();
    }
    double laneValue(double y) const {
        return plot.height() > 0 ? (plot.bottom() - y) / plot.height() * laneCount : 0;
    }
    QPointF position(QPointF value) const { return {x(value.x()), y(value.y())}; }
    QPointF value(QPointF position) const { return {msecs(position.x()), laneValue(position.y())}; }
    // The lane under a point of the plot (0: the top lane), or -1 outside the plot.
    int laneAt(QPointF position) const;
    // A rectangle of values (ms × lane values) in whole pixels, so that neighbours share their edges
    // exactly when drawn without antialiasing; at least one pixel high and wide.
    QRectF snapped(double fromMsecs, double toMsecs, double lowValue, double highValue) const;
};

} // namespace kt
