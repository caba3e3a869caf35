#include "core/TimeScale.h"

namespace kt {

double TimeScale::toPixel(double msecs) const {
    const double span = endMsecs - startMsecs;
    if (span <= 0 || width <= 0)
        return left;
    return left + (msecs - startMsecs) / span * width;
}

double TimeScale::toMsecs(double pixel) const {
    if (width <= 0)
        return startMsecs;
    return startMsecs + (pixel - left) / width * (endMsecs - startMsecs);
}

double TimeScale::msecsPerPixel() const {
    return width > 0 ? (endMsecs - startMsecs) / width : 0;
}

} // namespace kt
