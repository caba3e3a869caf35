#include "view/TimelineLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kt {

bool TimelineLayout::labelGoesRight(double roomRight, double roomLeft, double width) {
    return width <= roomRight || (width > roomLeft && roomRight >= roomLeft);
}

std::vector<int> TimelineLayout::rows(const std::vector<Item> &items, const Window &window, bool withLabels,
                                      int laneCount, std::vector<int> &rowCounts, int maxRows) {
    const double msecsPerPixel = (window.endMsecs - window.startMsecs) / std::max(1.0, window.widthPixels);
    // What each item covers: its whisker, its mark and its label on the side the label will take.
    std::vector<std::pair<double, double>> extents(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        double start = std::min(item.fromMsecs, item.markerMsecs) - kMarkPadding * msecsPerPixel;
        double end = std::max(item.toMsecs, item.markerMsecs) + kMarkPadding * msecsPerPixel;
        if (withLabels && item.labelWidth > 0) {
            const double anchor = std::max(item.markerMsecs, item.labelRightMsecs);
            const double leftAnchor = std::min(item.markerMsecs, item.labelLeftMsecs);
            const double width = (item.labelWidth + kLabelPadding) * msecsPerPixel;
            const double gap = kLabelGap * msecsPerPixel;
            if (labelGoesRight(window.endMsecs - anchor - gap, leftAnchor - gap - window.startMsecs, width))
                end = std::max(end, anchor + gap + width);
            else
                start = std::min(start, leftAnchor - gap - width);
        }
        extents[i] = {start, end};
    }
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&extents](std::size_t a, std::size_t b) {
        return extents[a].first < extents[b].first;
    });
    std::vector<int> rows(items.size(), 0);
    std::vector<std::vector<double>> rowEnds(static_cast<std::size_t>(std::max(0, laneCount)));
    for (const std::size_t i : order) {
        const int lane = items[i].lane;
        if (lane < 0 || lane >= laneCount)
            continue;
        std::vector<double> &ends = rowEnds[static_cast<std::size_t>(lane)];
        std::size_t row = 0;
        while (row < ends.size() && ends[row] > extents[i].first)
            ++row;
        if (row >= static_cast<std::size_t>(std::max(1, maxRows))) {
            rows[i] = kClustered;
            continue;
        }
        if (row == ends.size())
            ends.push_back(extents[i].second);
        else
            ends[row] = extents[i].second;
        rows[i] = static_cast<int>(row);
    }
    // Labels give way to marks: when with them some event would find no row, the rows are packed for the
    // marks alone (the labels are then drawn where they fit).
    if (withLabels && std::find(rows.cbegin(), rows.cend(), kClustered) != rows.cend())
        return TimelineLayout::rows(items, window, false, laneCount, rowCounts, maxRows);
    rowCounts.assign(rowEnds.size(), 1);
    for (std::size_t lane = 0; lane < rowEnds.size(); ++lane)
        rowCounts[lane] = std::max<int>(1, static_cast<int>(rowEnds[lane].size()));
    return rows;
}

double TimelineLayout::laneValue(int lane, int row, int rowCount, int laneCount) {
    const double base = static_cast<double>(laneCount - 1 - lane);
    const int count = std::max(1, rowCount);
    return base + 1.0 - (row + 1.0) / (count + 1.0);
}

int TimelineLayout::maxRows(double laneHeightPixels) {
    return std::max(1, static_cast<int>(std::floor(laneHeightPixels / kMinRowPixels)) - 1);
}

std::vector<TimelineLayout::Cluster> TimelineLayout::clusters(const std::vector<Item> &items,
                                                              std::vector<int> &rows,
                                                              const std::vector<int> &rowCounts,
                                                              const Window &window) {
    std::vector<std::size_t> clustered;
    for (std::size_t i = 0; i < items.size() && i < rows.size(); ++i)
        if (rows[i] == kClustered)
            clustered.push_back(i);
    std::stable_sort(clustered.begin(), clustered.end(), [&items](std::size_t a, std::size_t b) {
        return std::pair(items[a].lane, items[a].markerMsecs) <
               std::pair(items[b].lane, items[b].markerMsecs);
    });
    const double reach =
        kClusterPixels * (window.endMsecs - window.startMsecs) / std::max(1.0, window.widthPixels);
    std::vector<Cluster> clusters;
    for (const std::size_t i : clustered) {
        const Item &item = items[i];
        if (clusters.empty() || clusters.back().lane != item.lane ||
            item.markerMsecs - items[clusters.back().members.front()].markerMsecs > reach)
            clusters.push_back({item.lane, item.markerMsecs, {}});
        Cluster &cluster = clusters.back();
        cluster.members.push_back(i);
        cluster.msecs = (items[cluster.members.front()].markerMsecs + item.markerMsecs) / 2;
    }
    std::vector<Cluster> kept;
    for (Cluster &cluster : clusters) {
        if (cluster.members.size() > 1) {
            kept.push_back(std::move(cluster));
            continue;
        }
        const auto lane = static_cast<std::size_t>(cluster.lane);
        rows[cluster.members.front()] = lane < rowCounts.size() ? rowCounts[lane] : 1;
    }
    return kept;
}

std::vector<TimelineLayout::PlacedLabel> TimelineLayout::labels(const std::vector<Label> &labels,
                                                                const std::vector<std::size_t> &order,
                                                                const QRectF &plot) {
    std::vector<PlacedLabel> placed(labels.size());
    std::vector<QRectF> shown;
    for (const std::size_t i : order) {
        if (i >= labels.size())
            continue;
        const Label &label = labels[i];
        const double spanLeft = std::min(label.mark.x(), label.leftAnchorX);
        const double spanRight = std::max(label.mark.x(), label.rightAnchorX);
        const double coversLeft = std::min({spanLeft, label.fromX, label.toX});
        const double coversRight = std::max({spanRight, label.fromX, label.toX});
        if (label.mark.y() < plot.top() || label.mark.y() > plot.bottom() || coversRight < plot.left() ||
            coversLeft > plot.right())
            continue; // no part of the event in view
        PlacedLabel &out = placed[i];
        if (plot.contains(label.mark)) {
            const double rightX = spanRight + kLabelGap;
            const double leftX = spanLeft - kLabelGap;
            const double roomRight = plot.right() - rightX;
            const double roomLeft = leftX - plot.left();
            const bool onRight = labelGoesRight(roomRight, roomLeft, label.width);
            out.room = label.width <= std::max(roomRight, roomLeft)
                           ? label.width
                           : std::max(0.0, onRight ? roomRight : roomLeft);
            const double width = std::min(label.width, out.room);
            out.rect = QRectF(onRight ? rightX : leftX - width, label.mark.y() - label.height / 2, width,
                              label.height);
        } else {
            // Its mark is out of the plot, part of its whisker in: the label stays, over that part, just
            // above the whisker, from the plot's edge.
            out.room = std::max(0.0, plot.width() - 2 * kLabelGap);
            const double width = std::min(label.width, out.room);
            const double x =
                label.mark.x() < plot.left() ? plot.left() + kLabelGap : plot.right() - kLabelGap - width;
            out.rect = QRectF(x, label.mark.y() - label.height - 2, width, label.height);
        }
        const QRectF padded = out.rect.adjusted(-2, 0, 2, 0);
        out.shown = std::none_of(shown.cbegin(), shown.cend(),
                                 [&padded](const QRectF &other) { return other.intersects(padded); });
        if (out.shown)
            shown.push_back(padded);
    }
    return placed;
}

std::vector<TimelineLayout::MeasureSeries> TimelineLayout::measureSeries(const std::vector<Measure> &measures,
                                                                         double &highest) {
    std::vector<MeasureSeries> series;
    for (const Measure &measure : measures) {
        auto it = std::lower_bound(series.begin(), series.end(), measure.unit,
                                   [](const MeasureSeries &s, const QString &unit) { return s.unit < unit; });
        if (it == series.end() || it->unit != measure.unit)
            it = series.insert(it, MeasureSeries{measure.unit, {}});
        it->points.emplace_back(measure.msecs, measure.value);
    }
    std::erase_if(series, [](const MeasureSeries &s) { return s.points.size() < 2; });
    highest = 0;
    for (MeasureSeries &s : series) {
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (const QPointF &point : s.points)
            highest = std::max(highest, point.y());
    }
    return series;
}

std::optional<std::size_t> TimelineLayout::hit(const std::vector<QPointF> &marks, QPointF at, double radius) {
    std::optional<std::size_t> best;
    double bestDistance = radius;
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const double distance = std::hypot(marks[i].x() - at.x(), marks[i].y() - at.y());
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace kt
