#include "view/PlotScale.h"

#include <algorithm>
#include <cmath>

namespace kt {

int PlotScale::laneAt(QPointF position) const {
    if (!plot.contains(position) || laneCount <= 0)
        return -1;
    const int lane = laneCount - 1 - static_cast<int>(std::floor(laneValue(position.y())));
    return std::clamp(lane, 0, laneCount - 1);
}

QRectF PlotScale::snapped(double fromMsecs, double toMsecs, double lowValue, double highValue) const {
    const double left = std::round(x(fromMsecs));
    const double right = std::max(left + 1, std::round(x(toMsecs)));
    const double bottom = std::round(y(lowValue));
    const double top = std::min(bottom - 1, std::round(y(highValue)));
    return {QPointF(left, top), QPointF(right, bottom)};
}

} // namespace kt
