#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace kt {

// Where the marks of the events in view go, their labels, and which mark a point is on: plain geometry the
// chart turns into items, GUI-free so that tables of windows and events test it.
class TimelineLayout {
public:
    // One event as the layout needs it: times in ms since 1970 UTC, widths in pixels.
    struct Item {
        double markerMsecs = 0;     // where its mark stands (TimelineRules::markerMsecs)
        double fromMsecs = 0;       // its whisker: 00:00 of its first day …
        double toMsecs = 0;         // … to 24:00 of its last
        double labelRightMsecs = 0; // a label on the right starts after this (the whisker's end)
        double labelLeftMsecs = 0;  // a label on the left ends before this (the whisker's start)
        double labelWidth = 0;      // its label's width (px); 0: no label
        int lane = 0;               // from the top
    };
    struct Window {
        double startMsecs = 0;
        double endMsecs = 1;
        double widthPixels = 1000; // of the plot
    };
    static constexpr double kMarkPadding = 8; // px kept free on each side of a mark and its whisker
    static constexpr double kLabelGap = 10;   // px between a mark (or its whisker) and its label
    static constexpr double kLabelPadding = 12;

    // An item's row when none of the first maxRows rows of its lane is free where it stands: it is counted
    // in a "+N" cluster (clusters()) instead of drawn.
    static constexpr int kClustered = -1;

    // Rows inside each lane so that marks, whiskers and labels (when withLabels) do not overlap at this
    // scale: each event, in order of what it covers from the left, takes the first row of its lane free
    // there, or kClustered when that row would be maxRows or beyond. Labels give way first: when with them
    // an item would be clustered, the rows are packed without them. Returns each item's row; rowCounts gets
    // each lane's row count (laneCount lanes, at most maxRows each).
    static std::vector<int> rows(const std::vector<Item> &items, const Window &window, bool withLabels,
                                 int laneCount, std::vector<int> &rowCounts,
                                 int maxRows = std::numeric_limits<int>::max());
    // A mark's place on the lane axis (lane units, the top lane highest, as PlotScale): rows spread evenly
    // inside the lane, the first highest. A lane with clusters has them in one more row, at the bottom
    // (row == rowCount, spread over rowCount + 1 rows).
    static double laneValue(int lane, int row, int rowCount, int laneCount);

    // How many rows of marks fit a lane of this height (px), at least one: rows kMinRowPixels apart (a
    // mark's size and a little), spread as laneValue does. A lane with clusters has one row more, its rows a
    // little closer.
    static constexpr double kMinRowPixels = 14;
    static int maxRows(double laneHeightPixels);

    // The items that found no row, grouped per lane by where their marks stand: a cluster takes the
    // clustered items of its lane whose marks are within kClusterPixels of its first, and sits halfway
    // between its first and last, in the lane's clusters' row (rowCounts[lane]). An item alone in its
    // cluster is drawn there itself: its row becomes that row and no cluster is returned for it. In lane
    // order, then time.
    static constexpr double kClusterPixels = 44;
    struct Cluster {
        int lane = 0;
        double msecs = 0;                 // where its "+N" stands
        std::vector<std::size_t> members; // indices into items, in time order; two or more
    };
    static std::vector<Cluster> clusters(const std::vector<Item> &items, std::vector<int> &rows,
                                         const std::vector<int> &rowCounts, const Window &window);

    // Whether a label goes right of its mark: when it fits there; else left when it fits there; else on the
    // roomier side. Rooms and width in one unit.
    static bool labelGoesRight(double roomRight, double roomLeft, double width);

    // A label to place: its mark and anchors in pixels, its size.
    struct Label {
        QPointF mark;
        double rightAnchorX = 0; // a label on the right starts kLabelGap after this
        double leftAnchorX = 0;  // a label on the left ends kLabelGap before this
        double width = 0;
        double height = 0;
        double fromX = 0; // what the event covers (its whisker, a deadline's dotted lead): while any of it is
        double toX = 0;   // in the plot, the label stays
    };
    struct PlacedLabel {
        bool shown = false; // part of its event is in the plot and it covers no label placed before it
        double room = 0;    // the width it may take (px): narrower than `width`, it is shortened to this
        QRectF rect;        // where it goes (its width: min(width, room))
    };
    // Labels placed in the order given (the selected event's first, then in time order): each is shown
    // while any part of its event (mark or whisker) is in the plot, where it covers none shown before it. A
    // label whose mark has left the plot sits just above the part of its whisker still in view.
    static std::vector<PlacedLabel> labels(const std::vector<Label> &labels,
                                           const std::vector<std::size_t> &order, const QRectF &plot);

    // Counts (personnel gone, camps handed over) drawn as a trend against the right-hand axis: one series per
    // unit that has two values or more in view, its points (ms since 1970 UTC, value) in time order; a lone
    // count is read from its mark and label. Units in name order; `highest` is the largest value of all.
    struct Measure {
        double msecs = 0;
        double value = 0;
        QString unit;
    };
    struct MeasureSeries {
        QString unit;
        std::vector<QPointF> points;
    };
    static std::vector<MeasureSeries> measureSeries(const std::vector<Measure> &measures, double &highest);

    // The mark nearest to a point within radius pixels (of two as near, the later: it is drawn on top), or
    // nothing.
    static std::optional<std::size_t> hit(const std::vector<QPointF> &marks, QPointF at, double radius);
};

} // namespace kt
