#pragma once

namespace kt {

// Maps a time window (milliseconds since the epoch, UTC) onto a pixel range and back. A plain value that
// tests can table-test.
struct TimeScale {
    double startMsecs = 0;
    double endMsecs = 1;
    double left = 0;
    double width = 1;

    double toPixel(double msecs) const;
    double toMsecs(double pixel) const;
    double msecsPerPixel() const;
};

} // namespace kt
