#pragma once

#include <QPointF>
#include <QRectF>

#include <cstddef>
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

    // Rows inside each lane so that marks, whiskers and labels (when withLabels) do not overlap at this
    // scale: each event, in order of what it covers from the left, takes the first row of its lane free
    // there. Returns each item's row; rowCounts gets each lane's row count (laneCount lanes).
    static std::vector<int> rows(const std::vector<Item> &items, const Window &window, bool withLabels,
                                 int laneCount, std::vector<int> &rowCounts);
    // A mark's place on the lane axis (lane units, the top lane highest, as PlotScale): rows spread evenly
    // inside the lane, the first highest.
    static double laneValue(int lane, int row, int rowCount, int laneCount);

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

    // The mark nearest to a point within radius pixels (of two as near, the later: it is drawn on top), or
    // nothing.
    static std::optional<std::size_t> hit(const std::vector<QPointF> &marks, QPointF at, double radius);
};

} // namespace kt
