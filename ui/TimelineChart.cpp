#include "ui/TimelineChart.h"

#include "core/TimelineRules.h"
#include "ui/BarsItem.h"
#include "ui/MarkersItem.h"
#include "ui/TimeAxisItem.h"
#include "view/TimelineLayout.h"

#include "core/DayDate.h"
#include "core/TimeTicks.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <tuple>

namespace kt {

namespace {

constexpr double kDayMsecs = 86'400'000.0;
constexpr int kMaxLabelled = 80;      // labels are drawn while at most this many events are in view
const QMargins kMargins(8, 8, 16, 8); // around the plot, legend and axes; more on top when a note is shown

QString labelText(const Event &event) {
    QString text = eventTitle(event);
    if (!event.contradicts.isEmpty())
        text += QStringLiteral("  [contested]");
    return text.size() > 120 ? text.left(118) + QChar(0x2026) : text;
}

// The words of text on lines no wider than width (a word longer than the width gets a line of its own).
QString wrapToWidth(const QString &text, const QFontMetricsF &metrics, double width) {
    // Each word is measured once: a line's width is its words' and the spaces between.
    const double space = metrics.horizontalAdvance(QLatin1Char(' '));
    QStringList lines;
    QString line;
    double lineWidth = 0;
    for (const QString &word : QString(text)
                                   .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const double wordWidth = metrics.horizontalAdvance(word);
        if (!line.isEmpty() && lineWidth + space + wordWidth > width) {
            lines << line;
            line = word;
            lineWidth = wordWidth;
        } else {
            lineWidth = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

double msecs(Day day) {
    return static_cast<double>(DayDate::toMsecs(day));
}

// Straight segments in chart values (ms, lane units): whiskers, deadline guides, links between contradicting
// claims. One graphics item paints them all, where one line series each would cost a series per event.
class SegmentsItem : public PlotItem {
public:
    struct Segment {
        QPointF from;
        QPointF to;
        QPen pen;
    };
    using PlotItem::PlotItem;
    void setSegments(QList<Segment> segments) {
        m_segments = std::move(segments);
        update();
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override {
        const PlotScale scale = this->scale();
        painter->save();
        painter->setClipRect(scale.plot);
        painter->setRenderHint(QPainter::Antialiasing);
        for (const Segment &segment : std::as_const(m_segments)) {
            painter->setPen(segment.pen);
            painter->drawLine(scale.position(segment.from), scale.position(segment.to));
        }
        painter->restore();
    }

private:
    QList<Segment> m_segments;
};

// The shape of an ACLED event type's marks.
int shapeOf(const QString &eventType) {
    static const QList<std::pair<QString, int>> shapes{
        {QStringLiteral("battles"), QScatterSeries::MarkerShapeCircle},
        {QStringLiteral("explosions/remote violence"), QScatterSeries::MarkerShapeStar},
        {QStringLiteral("violence against civilians"), QScatterSeries::MarkerShapeTriangle},
        {QStringLiteral("protests"), QScatterSeries::MarkerShapeRectangle},
        {QStringLiteral("riots"), QScatterSeries::MarkerShapePentagon},
        {QStringLiteral("strategic developments"), QScatterSeries::MarkerShapeRotatedRectangle}};
    for (const auto &[name, shape] : shapes)
        if (name.compare(eventType, Qt::CaseInsensitive) == 0)
            return shape;
    return QScatterSeries::MarkerShapeRotatedRectangle;
}

// A star's arms are thin: it needs more room than a disc to read as large.
double markerSize(int shape, bool hollow) {
    if (shape == QScatterSeries::MarkerShapeStar)
        return 17;
    return hollow ? 15 : 13;
}

// A regular polygon (or star, with an inner radius) inside a box, point upwards.
QPolygonF polygon(const QRectF &box, int corners, double inner) {
    QPolygonF points;
    const int steps = inner > 0 ? corners * 2 : corners;
    for (int i = 0; i < steps; ++i) {
        const double radius = (inner > 0 && i % 2 == 1 ? inner : 1.0) * box.width() / 2;
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / steps;
        points << box.center() + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return points;
}

// A marker drawn once as an image: Qt Charts then paints the image at each point instead of making one
// graphics item per point, which is what keeps a couple of thousand markers cheap to show and to replace.
// An uncertain initiator ("A and/or B") is drawn in both colours: the left half A's, the right half B's.
QImage markerImage(int shape, const QColor &fill, const QColor &border, double borderWidth, double size,
                   const QColor &secondFill = QColor()) {
    // Drawn at four times the size: Qt Charts scales the image into the marker's box, smoothly.
    constexpr double kScale = 4;
    const int side = static_cast<int>(std::ceil(size * kScale));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    size = side / kScale;
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(border);
    pen.setWidthF(borderWidth);
    painter.setPen(pen);
    painter.setBrush(fill);
    const double inset = borderWidth / 2 + 0.25;
    const QRectF box(inset, inset, size - 2 * inset, size - 2 * inset);
    switch (shape) {
    case QScatterSeries::MarkerShapeRotatedRectangle:
        painter.drawPolygon(
            QPolygonF{QPointF(box.center().x(), box.top()), QPointF(box.right(), box.center().y()),
                      QPointF(box.center().x(), box.bottom()), QPointF(box.left(), box.center().y())});
        break;
    case QScatterSeries::MarkerShapeTriangle:
        painter.drawPolygon(
            QPolygonF{QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()});
        break;
    case QScatterSeries::MarkerShapeRectangle:
        painter.drawRect(
            box.adjusted(box.width() * 0.08, box.height() * 0.08, -box.width() * 0.08, -box.height() * 0.08));
        break;
    case QScatterSeries::MarkerShapeStar:
        painter.drawPolygon(polygon(box, 5, 0.45));
        break;
    case QScatterSeries::MarkerShapePentagon:
        painter.drawPolygon(polygon(box, 5, 0));
        break;
    default:
        painter.drawEllipse(box);
    }
    if (secondFill.isValid()) {
        // Paint the shape again in the second colour, clipped to its right half, border included.
        painter.setClipRect(QRectF(size / 2, 0, size / 2, size));
        QImage half = markerImage(shape, secondFill, border, borderWidth, size);
        painter.resetTransform();
        painter.drawImage(QPointF(0, 0), half);
    }
    return image;
}

QPen segmentPen(const QColor &color, double width, Qt::PenStyle style) {
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QFont labelFont() {
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

} // namespace

TimelineChart::TimelineChart(const FactionCatalog &catalog, QGraphicsItem *parent)
    : QChart(parent)
    , m_catalog(catalog)
    , m_timeAxis(new QValueAxis(this))
    , m_laneAxis(new QCategoryAxis(this)) {
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    // Plain white: the theme's white-to-white gradient looks the same and takes a third of a repaint.
    setBackgroundBrush(Qt::white);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setGridLinePen(QPen(QColor(0x99, 0x99, 0x99), 1));
    m_laneAxis->setTruncateLabels(false);
    QFont laneFont;
    laneFont.setPointSizeF(10);
    laneFont.setBold(true);
    m_laneAxis->setLabelsFont(laneFont);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_laneAxis, Qt::AlignLeft);
    // The time axis holds the window for Qt Charts' series and is drawn by TimeAxisItem, in the theme's
    // font and colours.
    m_timeAxisItem = new TimeAxisItem(this, [this] { return plotScale(); },
                                      {m_timeAxis->labelsFont(), m_timeAxis->labelsBrush(),
                                       m_timeAxis->linePen(), QPen(QColor(0xdd, 0xdd, 0xdd), 1)});
    m_timeAxisItem->setZValue(1); // under the bars, marks and whiskers
    m_timeAxis->setVisible(false);
    setMargins(baseMargins());
    // The key is a LegendStrip beside the chart (legendEntries()): Qt's legend cuts names short.
    legend()->setVisible(false);
    // The note over the bars sits on a pale card so that it reads over them.
    m_binCard = new QGraphicsRectItem(this);
    m_binCard->setBrush(QColor(255, 255, 255, 225));
    m_binCard->setPen(QPen(QColor(0xcc, 0xcc, 0xcc)));
    m_binCard->setZValue(19);
    m_binCard->setVisible(false);
    m_binNote = new QGraphicsSimpleTextItem(this);
    m_binNote->setFont(labelFont());
    m_binNote->setBrush(QColor(0x44, 0x44, 0x44));
    m_binNote->setZValue(20);
    m_binNote->setVisible(false);
    m_segments = new SegmentsItem(this, [this] { return plotScale(); });
    m_segments->setZValue(4);
    m_barsItem = new BarsItem(this, [this] { return plotScale(); });
    m_barsItem->setFont(labelFont());
    m_barsItem->setZValue(4); // over the grid, as series are
    m_markersItem = new MarkersItem(this, [this] { return plotScale(); });
    m_markersItem->setZValue(5); // over the whiskers
    connect(this, &QChart::plotAreaChanged, this, [this] {
        // A new width can pack the rows differently: the markers must move with their labels. Rebuilding
        // the series can change the plot area again; the guard keeps that from recursing.
        if (m_relayout)
            return;
        m_timeAxisItem->refresh();
        if (m_binsShown) {
            updateTimeAxis();
            placeBinNote();
            m_barsItem->refresh();
            return;
        }
        m_relayout = true;
        const QList<int> before = m_rows;
        layoutRows();
        if (m_rows != before)
            rebuildSeries();
        updateLabels();
        static_cast<SegmentsItem *>(m_segments)->refresh();
        m_markersItem->refresh();
        m_relayout = false;
    });
}

double TimelineChart::labelAnchor(const Event &event) const {
    // A label starts after the whisker of an event known within a range, so it does not cover it.
    return std::max(markerMsecs(event), event.status == EventStatus::Planned
                                            ? markerMsecs(event)
                                            : msecs(event.dateEnd) + kDayMsecs);
}

double TimelineChart::labelLeftAnchor(const Event &event) const {
    // A label left of its marker ends before the whisker.
    return event.status == EventStatus::Planned ? markerMsecs(event) : msecs(event.dateStart);
}

double TimelineChart::markerMsecs(const Event &event) const {
    return TimelineRules::markerMsecs(event.dateStart, event.dateEnd, event.status);
}

void TimelineChart::setEvents(const QList<Event> &events, const QStringList &lanes,
                              const QStringList &laneOfEvent) {
    m_events = events;
    m_lanes = lanes;
    m_laneOfEvent = laneOfEvent;
    if (m_laneOfEvent.size() != m_events.size()) {
        m_laneOfEvent.clear();
        for (const Event &event : m_events)
            m_laneOfEvent << event.track;
    }
    for (const QString &lane : std::as_const(m_laneOfEvent))
        if (!m_lanes.contains(lane))
            m_lanes.append(lane);
    m_indexById.clear();
    for (qsizetype i = 0; i < m_events.size(); ++i)
        m_indexById.insert(m_events.at(i).id, i);
    // Labels are written and measured when first drawn: most frames with many events draw none.
    m_labelTexts = QStringList(m_events.size());
    m_labelWidths = QList<double>(m_events.size(), -1);

    updateLaneAxis();
    if (m_binsShown) {
        clearSeries(); // from bins to markers: the bars go
        m_barsItem->clear();
        m_barKey.clear();
    }
    m_binsShown = false;
    m_binNote->setVisible(false);
    m_binCard->setVisible(false);
    setMargins(baseMargins());
    m_rows = QList<int>(m_events.size(), 0);
    m_positions = QList<QPointF>(m_events.size());
    layoutRows();
    rebuildSeries();
    updateTimeAxis();
    updateLabels();
    Q_EMIT legendChanged();
}

void TimelineChart::updateLaneAxis() {
    if (m_laneAxis->categoriesLabels().size() == m_lanes.size()) {
        bool same = true;
        for (qsizetype i = 0; i < m_lanes.size() && same; ++i)
            same = m_laneAxis->categoriesLabels().at(m_lanes.size() - 1 - i) == m_lanes.at(i);
        if (same)
            return;
    }
    const auto labels = m_laneAxis->categoriesLabels();
    for (const QString &label : labels)
        m_laneAxis->remove(label);
    m_laneAxis->setStartValue(0);
    const auto laneCount = static_cast<double>(std::max<qsizetype>(1, m_lanes.size()));
    for (qsizetype i = m_lanes.size() - 1; i >= 0; --i)
        m_laneAxis->append(m_lanes.at(i), static_cast<double>(m_lanes.size() - i));
    m_laneAxis->setRange(0, laneCount);
}

void TimelineChart::setBins(const LaneBins &bins, const QStringList &lanes, const QStringList &factionNames) {
    if (!m_binsShown) {
        // From markers to bins: the marker series, labels and segments go.
        clearSeries();
        m_events.clear();
        m_positions.clear();
        m_rows.clear();
        m_indexById.clear();
        static_cast<SegmentsItem *>(m_segments)->setSegments({});
        m_markersItem->clear();
        m_markersItem->setSelected(std::nullopt);
        if (m_valueAxis)
            m_valueAxis->setVisible(false);
        updateLabels();
        m_binsShown = true;
    }
    m_bins = bins;
    m_binFactionNames = factionNames;
    m_lanes = lanes;
    updateLaneAxis();

    // Stacked in the catalogue's faction order; the key lists the factions drawn, in that order.
    std::vector<int> order(static_cast<std::size_t>(bins.factionSlots));
    std::iota(order.begin(), order.end(), 0);
    const auto nameOf = [&factionNames](int faction) {
        return faction > 0 && faction < factionNames.size() && !factionNames.at(faction).isEmpty()
                   ? factionNames.at(faction)
                   : FactionCatalog::otherFactionName();
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_catalog.order(nameOf(a)) < m_catalog.order(nameOf(b)); });
    BinStack stack = BinStack::of(bins, order, m_barScale);
    QList<QColor> colors(bins.factionSlots);
    std::vector<bool> drawn(static_cast<std::size_t>(bins.factionSlots), false);
    for (const BinBar &bar : stack.bars)
        drawn[static_cast<std::size_t>(bar.faction)] = true;
    m_barKey.clear();
    for (const int faction : order) {
        const QString name = nameOf(faction);
        colors[faction] = QColor(m_catalog.color(name));
        if (drawn[static_cast<std::size_t>(faction)] &&
            std::none_of(m_barKey.cbegin(), m_barKey.cend(),
                         [&](const auto &key) { return key.first == name; }))
            m_barKey.append({name, colors[faction]});
    }
    // Each lane's count scale: the line its tallest bin reaches, and how many events that is.
    const QLocale locale; // the language of the window (QLocale::setDefault)
    QList<BarsItem::ScaleMark> marks;
    for (int lane = 0; lane < bins.laneCount; ++lane)
        if (std::any_of(stack.bars.cbegin(), stack.bars.cend(),
                        [lane](const BinBar &bar) { return bar.lane == lane; }))
            marks.append({stack.valueOf(lane, stack.fullHeight(lane), bins.laneCount),
                          locale.toString(stack.fullHeight(lane))});
    m_barsItem->setBars(std::move(stack.bars), std::move(colors), std::move(marks));
    m_stack = std::move(stack);
    markSelectedBar();

    const QString width = bins.binDays == 1   ? tr("1 day")
                          : bins.binDays == 7 ? tr("1 week (Monday to Sunday)")
                                              : tr("%1 days").arg(bins.binDays);
    m_binNoteText =
        (m_barScale == BarScale::PerLane
             ? tr("%1 events in view, too many to draw one by one: each bar covers %2, stacked by "
                  "faction,\neach lane on its own scale (its dotted line: its tallest bar's count).")
             : tr("%1 events in view, too many to draw one by one: each bar covers %2, stacked by "
                  "faction,\nall lanes on one scale (the dotted lines: the tallest bar's count)."))
            .arg(locale.toString(static_cast<qlonglong>(bins.total)), width);
    if (m_interactive) // a picture cannot be zoomed nor clicked
        m_binNoteText += QLatin1Char(' ') + tr("Zoom in, or click a bar, to draw its events; the table lists "
                                               "them all.");
    m_binNote->setVisible(true);
    m_binCard->setVisible(true);
    updateTimeAxis();
    placeBinNote();
    Q_EMIT legendChanged();
}

void TimelineChart::setBarScale(BarScale scale) {
    if (scale == m_barScale)
        return;
    m_barScale = scale;
    if (m_binsShown)
        setBins(LaneBins(m_bins), QStringList(m_lanes),
                QStringList(m_binFactionNames)); // copies: setBins sets them
}

PlotScale TimelineChart::plotScale() const {
    return {plotArea(), m_timeAxis->min(), m_timeAxis->max(),
            static_cast<int>(std::max<qsizetype>(1, m_lanes.size()))};
}

std::optional<std::pair<int, int>> TimelineChart::binAt(QPointF chartPosition) const {
    if (!m_binsShown || m_bins.binCount == 0 || !plotArea().contains(chartPosition))
        return std::nullopt;
    const PlotScale scale = plotScale();
    const int lane = scale.laneAt(chartPosition);
    const double day = std::floor(scale.msecs(chartPosition.x()) / kDayMsecs);
    const int bin = static_cast<int>(std::floor((day - m_bins.firstDay) / m_bins.binDays));
    if (lane < 0 || lane >= m_bins.laneCount || bin < 0 || bin >= m_bins.binCount)
        return std::nullopt;
    return std::pair{lane, bin};
}

QString TimelineChart::binDescription(int lane, int bin) const {
    const QLocale locale; // the language of the window (QLocale::setDefault)
    const Day first = m_bins.binStart(bin);
    const Day last = first + m_bins.binDays - 1;
    const auto date = [&locale](Day day) { return DayDate::text(day, locale); };
    QStringList parts;
    std::vector<std::pair<std::uint32_t, QString>> counts;
    for (int faction = 0; faction < m_bins.factionSlots; ++faction)
        if (const std::uint32_t count = m_bins.count(lane, bin, faction); count > 0)
            counts.emplace_back(count, faction > 0 && faction < m_binFactionNames.size()
                                           ? m_binFactionNames.at(faction)
                                           : FactionCatalog::otherFactionName());
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[count, name] : counts)
        parts << QStringLiteral("%1: %2").arg(name.toHtmlEscaped(), locale.toString(count));
    return QStringLiteral("<b>%1</b> \u00b7 %2%3<br>%4 events<br>%5<br><i>%6</i>")
        .arg(m_lanes.value(lane).toHtmlEscaped(), date(first),
             last > first ? QStringLiteral(" \u2013 ") + date(last) : QString(),
             locale.toString(m_bins.binTotal(lane, bin)), parts.join(QStringLiteral("<br>")),
             tr("click to zoom in"));
}

QRectF TimelineChart::binNoteRect() const {
    return m_binNote->isVisible() ? m_binNote->mapRectToParent(m_binNote->boundingRect()) : QRectF();
}

void TimelineChart::placeBinNote() {
    const QRectF area = plotArea();
    // The note sits above the plot, wrapped to its width, in room made for it: it never covers the bars.
    const double width = std::max(120.0, area.width() - 10);
    if (m_binNoteWrapped != std::pair{m_binNoteText, width}) {
        m_binNoteWrapped = {m_binNoteText, width};
        m_binNote->setText(wrapToWidth(m_binNoteText, QFontMetricsF(m_binNote->font()), width));
    }
    const QMargins wanted =
        baseMargins() +
        QMargins(0, static_cast<int>(std::ceil(m_binNote->boundingRect().height())) + 10, 0, 0);
    if (margins() != wanted)
        setMargins(wanted); // the plot moves down; plotAreaChanged places the note again
    m_binNote->setPos(area.left() + 5, area.top() - m_binNote->boundingRect().height() - 7);
    m_binCard->setRect(m_binNote->mapRectToParent(m_binNote->boundingRect()).adjusted(-5, -3, 5, 3));
}

void TimelineChart::setWindow(double startMsecs, double endMsecs, bool layOut) {
    if (!(endMsecs > startMsecs))
        return;
    m_windowStart = startMsecs;
    m_windowEnd = endMsecs;
    if (!layOut)
        return;
    if (m_binsShown) {
        updateTimeAxis();
        placeBinNote();
        m_barsItem->update();
        return;
    }
    const QList<int> before = m_rows;
    layoutRows();
    if (m_rows != before)
        rebuildSeries();
    updateTimeAxis();
    updateLabels();
    static_cast<SegmentsItem *>(m_segments)->refresh();
    m_markersItem->refresh();
}

void TimelineChart::setSelected(std::int64_t eventId) {
    if (eventId == m_selected)
        return; // the marks and labels drawn already show it
    m_selected = eventId;
    ringSelected();
    updateLabels();
}

void TimelineChart::ringSelected() {
    // The selected event's mark, or the "+N" that counts it.
    const auto it = m_indexById.constFind(m_selected);
    m_markersItem->setSelected(it == m_indexById.constEnd() || m_binsShown
                                   ? std::nullopt
                                   : std::optional<QPointF>(m_positions.at(it.value())));
}

void TimelineChart::setSelectedBar(std::optional<ViewportQuery::BarPlace> place) {
    m_selectedBar = place;
    markSelectedBar();
}

void TimelineChart::markSelectedBar() {
    const LaneBins &bins = m_bins;
    if (!m_binsShown || !m_selectedBar || m_selectedBar->lane >= bins.laneCount || bins.binDays <= 0) {
        m_barsItem->setMarked(std::nullopt);
        return;
    }
    const int bin =
        static_cast<int>(std::floor(static_cast<double>(m_selectedBar->day - bins.firstDay) / bins.binDays));
    if (bin < 0 || bin >= bins.binCount) {
        m_barsItem->setMarked(std::nullopt);
        return;
    }
    BinBar bar;
    bar.lane = m_selectedBar->lane;
    bar.fromMsecs = static_cast<double>(DayDate::toMsecs(bins.binStart(bin)));
    bar.toMsecs = bar.fromMsecs + bins.binDays * 86'400'000.0;
    bar.low = m_stack.valueOf(bar.lane, 0, bins.laneCount);
    bar.high = m_stack.valueOf(bar.lane, bins.binTotal(bar.lane, bin), bins.laneCount);
    m_barsItem->setMarked(bar);
}

void TimelineChart::setLabelsVisible(bool visible) {
    m_labelsVisible = visible;
    updateLabels();
}

// Rows inside each lane so that markers, whiskers and labels do not overlap at the current scale.
void TimelineChart::layoutRows() {
    const double plotWidth = plotArea().width() > 10 ? plotArea().width() : 1000;
    qsizetype visible = 0;
    for (const Event &event : std::as_const(m_events)) {
        const double x = markerMsecs(event);
        visible += x >= m_windowStart && x <= m_windowEnd;
    }
    const bool withLabels = m_labelsVisible && visible <= kMaxLabelled;
    const int laneCount = static_cast<int>(m_lanes.size());
    std::vector<TimelineLayout::Item> items(static_cast<std::size_t>(m_events.size()));
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &event = m_events.at(i);
        TimelineLayout::Item &item = items[static_cast<std::size_t>(i)];
        item.markerMsecs = markerMsecs(event);
        item.fromMsecs = msecs(event.dateStart);
        item.toMsecs = msecs(event.dateEnd) + kDayMsecs;
        item.labelRightMsecs = labelAnchor(event);
        item.labelLeftMsecs = labelLeftAnchor(event);
        item.labelWidth = withLabels ? labelWidth(i) : 0; // measured only when labels are drawn
        item.lane = static_cast<int>(m_lanes.indexOf(m_laneOfEvent.at(i)));
    }
    // Rows at least TimelineLayout::kMinRowPixels apart: the events of a day that do not fit their lane are
    // counted in a "+N" cluster at its bottom.
    const double laneHeight = plotArea().height() > 10 ? plotArea().height() / std::max(1, laneCount) : 0;
    const int maxRows =
        laneHeight > 0 ? TimelineLayout::maxRows(laneHeight) : std::numeric_limits<int>::max();
    std::vector<int> rowCounts;
    const TimelineLayout::Window window{m_windowStart, m_windowEnd, plotWidth};
    std::vector<int> rows = TimelineLayout::rows(items, window, withLabels, laneCount, rowCounts, maxRows);
    m_clusters.clear();
    const std::vector<TimelineLayout::Cluster> clusters =
        TimelineLayout::clusters(items, rows, rowCounts, window);
    m_rows = QList<int>(rows.cbegin(), rows.cend());
    const auto rowsOf = [&](int lane) {
        return lane >= 0 && lane < laneCount ? rowCounts[static_cast<std::size_t>(lane)] : 1;
    };
    // A lane with events in its clusters' row spreads its rows over one more.
    QList<bool> laneClustered(laneCount, false);
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const int lane = items[static_cast<std::size_t>(i)].lane;
        if (lane >= 0 && lane < laneCount &&
            (m_rows.at(i) == TimelineLayout::kClustered || m_rows.at(i) >= rowsOf(lane)))
            laneClustered[lane] = true;
    }
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const int lane = items[static_cast<std::size_t>(i)].lane;
        const int count = rowsOf(lane) + (lane >= 0 && lane < laneCount && laneClustered[lane] ? 1 : 0);
        m_positions[i] = QPointF(items[static_cast<std::size_t>(i)].markerMsecs,
                                 TimelineLayout::laneValue(lane, m_rows.at(i), count, laneCount));
    }
    // A clustered event stands where its cluster does: its selection ring and links go there.
    for (const TimelineLayout::Cluster &cluster : clusters) {
        const QPointF value(cluster.msecs, TimelineLayout::laneValue(cluster.lane, rowsOf(cluster.lane),
                                                                     rowsOf(cluster.lane) + 1, laneCount));
        Cluster drawn{value, {}};
        for (const std::size_t member : cluster.members) {
            drawn.members.append(static_cast<qsizetype>(member));
            m_positions[static_cast<qsizetype>(member)] = value;
        }
        m_clusters.append(drawn);
    }
    QList<MarkersItem::Cluster> badges;
    for (const Cluster &cluster : std::as_const(m_clusters))
        badges.append({cluster.value, static_cast<int>(cluster.members.size())});
    m_markersItem->setClusters(std::move(badges));
    ringSelected(); // a cluster that counts the selected event may have moved
}

bool TimelineChart::clustered(qsizetype index) const {
    return m_rows.value(index) == TimelineLayout::kClustered;
}

void TimelineChart::clearSeries() {
    removeAllSeries();
    m_measureSeries.clear();
    m_legendKeys.clear();
    m_keyEntries.clear();
    m_keyLineEntries.clear();
}

void TimelineChart::rebuildSeries() {
    // The marks' series are kept and refilled, and the legend's keys are made again only when they change,
    // which is what keeps a frame with a couple of thousand markers cheap.
    const double laneCount = static_cast<double>(std::max<qsizetype>(1, m_lanes.size()));

    // Guides, whiskers and links under the markers.
    QList<SegmentsItem::Segment> segments;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &event = m_events.at(i);
        QColor color(m_catalog.color(event.factions.value(0, FactionCatalog::otherFactionName())));
        if (event.status == EventStatus::Planned) {
            QColor guide = color;
            guide.setAlphaF(0.55);
            // At the deadline's time, also when the event is counted in a cluster.
            const double due = markerMsecs(event);
            segments.append({QPointF(due, 0), QPointF(due, laneCount), segmentPen(guide, 1.2, Qt::DashLine)});
        }
        if (clustered(i))
            continue; // counted in its cluster's "+N"
        if (event.dateEnd > event.dateStart) {
            color.setAlphaF(event.status == EventStatus::Planned ? 0.35 : 0.6);
            segments.append(
                {QPointF(msecs(event.dateStart), m_positions.at(i).y()),
                 QPointF(msecs(event.dateEnd) + kDayMsecs, m_positions.at(i).y()),
                 segmentPen(color, 3, event.status == EventStatus::Planned ? Qt::DotLine : Qt::SolidLine)});
        }
        for (const auto other : event.contradicts) {
            const auto j = m_indexById.value(other, -1);
            if (j > i && !clustered(j))
                segments.append({m_positions.at(i), m_positions.at(j),
                                 segmentPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine)});
        }
    }
    static_cast<SegmentsItem *>(m_segments)->setSegments(segments);

    // The colour says the initiating side, the shape the ACLED event type, a hollow diamond a deadline; a
    // marker in two colours, an initiator the source is unsure of ("A and/or B"). One series per faction,
    // alternative, shape and fill; the legend keys colours and shapes apart, so the data series carry no
    // legend entry of their own.
    struct Group {
        QString faction;
        QString alternative;
        int shape;
        bool hollow;
        QList<QPointF> points;
    };
    QMap<std::tuple<int, int, int, bool>, Group> groups;
    QStringList factions;
    QStringList types;
    bool anyPlanned = false;
    bool anyUncertain = false;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &event = m_events.at(i);
        const QString faction = event.factions.value(0, FactionCatalog::otherFactionName());
        const QString alternative = event.initiatorAlternatives.value(0);
        const bool hollow = event.status == EventStatus::Planned;
        // A deadline is always a hollow diamond, whatever its type: milestones read alike across the chart.
        const int shape =
            hollow ? static_cast<int>(QScatterSeries::MarkerShapeRotatedRectangle) : shapeOf(event.eventType);
        anyPlanned = anyPlanned || hollow;
        anyUncertain = anyUncertain || (!hollow && !alternative.isEmpty());
        Group &group = groups[{m_catalog.order(faction),
                               alternative.isEmpty() ? -1 : m_catalog.order(alternative), shape, hollow}];
        group.faction = faction;
        group.alternative = alternative;
        group.shape = shape;
        group.hollow = hollow;
        if (!clustered(i))
            group.points.append(m_positions.at(i));
        for (const QString &side : {faction, alternative})
            if (!side.isEmpty() && !factions.contains(side))
                factions.append(side);
        if (!hollow && !types.contains(event.eventType))
            types.append(event.eventType);
    }
    QList<MarkersItem::Mark> marks;
    QList<MarkersItem::Style> styles;
    m_drawnStyles.clear();
    for (const Group &group : std::as_const(groups)) {
        const QString key =
            QStringLiteral("%1|%2|%3|%4")
                .arg(m_catalog.color(group.faction),
                     group.alternative.isEmpty() ? QString() : m_catalog.color(group.alternative))
                .arg(group.shape)
                .arg(group.hollow);
        auto style = m_styles.constFind(key);
        if (style == m_styles.constEnd()) {
            const QColor color(m_catalog.color(group.faction));
            const double size = markerSize(group.shape, group.hollow);
            const QColor white(255, 255, 255);
            style = m_styles.insert(
                key,
                MarkersItem::Style{markerImage(group.shape, group.hollow ? white : color,
                                               group.hollow ? color : white, group.hollow ? 2.5 : 1.2, size,
                                               group.alternative.isEmpty() || group.hollow
                                                   ? QColor()
                                                   : QColor(m_catalog.color(group.alternative))),
                                   size});
        }
        const auto index = static_cast<int>(styles.size());
        styles.append(style.value());
        m_drawnStyles.append({group.faction, group.shape, group.hollow});
        for (const QPointF &point : group.points)
            marks.append({point, index});
    }
    m_markersItem->setMarks(std::move(marks), std::move(styles));
    // Legend: the factions' colours, then the event types' shapes and the kinds of mark, in grey.
    std::sort(factions.begin(), factions.end(),
              [this](const QString &a, const QString &b) { return m_catalog.order(a) < m_catalog.order(b); });
    std::sort(types.begin(), types.end(),
              [](const QString &a, const QString &b) { return shapeOf(a) < shapeOf(b); });
    const bool anyRange = std::any_of(m_events.cbegin(), m_events.cend(),
                                      [](const Event &e) { return e.dateEnd > e.dateStart; });
    const bool anyContested = std::any_of(m_events.cbegin(), m_events.cend(),
                                          [](const Event &e) { return !e.contradicts.isEmpty(); });
    QStringList legendKeys = factions;
    legendKeys << QString() << types << QString::number(anyPlanned) << QString::number(anyUncertain)
               << QString::number(anyRange) << QString::number(anyContested)
               << QString::number(!m_clusters.isEmpty());
    for (const QString &faction : std::as_const(factions))
        legendKeys << m_catalog.color(faction); // a colour changed in the faction editor
    if (legendKeys != m_legendKeys) {
        m_legendKeys = legendKeys;
        rebuildLegend(factions, types,
                      {anyPlanned, anyUncertain, anyRange, anyContested, !m_clusters.isEmpty()});
    }
    updateMeasures();
    ringSelected();
}

namespace {

constexpr int kKeySide = 28; // key symbols are drawn at twice the size the strip shows, for sharp edges

QPixmap keySymbol(const QImage &marker) {
    QPixmap symbol(kKeySide, kKeySide);
    symbol.fill(Qt::transparent);
    QPainter painter(&symbol);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF size = QSizeF(marker.size()).scaled(QSizeF(kKeySide, kKeySide) * 0.8, Qt::KeepAspectRatio);
    painter.drawImage(QRectF(QPointF((kKeySide - size.width()) / 2, (kKeySide - size.height()) / 2), size),
                      marker);
    return symbol;
}

QPixmap keySymbol(QPen pen) {
    QPixmap symbol(kKeySide, kKeySide);
    symbol.fill(Qt::transparent);
    QPainter painter(&symbol);
    painter.setRenderHint(QPainter::Antialiasing);
    pen.setWidthF(std::max(3.0, pen.widthF() * 2));
    painter.setPen(pen);
    painter.drawLine(QPointF(2, kKeySide / 2.0), QPointF(kKeySide - 2, kKeySide / 2.0));
    return symbol;
}

QPixmap clusterKeySymbol() {
    // The key's symbols are squares: the cluster's mark with its "+" only, the entry's text says "+N".
    QPixmap symbol(kKeySide, kKeySide);
    symbol.fill(Qt::transparent);
    QPainter painter(&symbol);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setPixelSize(kKeySide * 2 / 3);
    font.setBold(true);
    painter.setFont(font);
    MarkersItem::drawCluster(&painter, QRectF(1, kKeySide / 6.0, kKeySide - 2, kKeySide * 2 / 3.0),
                             QStringLiteral("+"));
    return symbol;
}

} // namespace

void TimelineChart::rebuildLegend(const QStringList &factions, const QStringList &types,
                                  const LegendMarks &marks) {
    // The key is drawn by the window's strip and the export's, not by Qt Charts' legend: plain entries.
    m_keyEntries.clear();
    m_keyLineEntries.clear();
    // The key's symbols are drawn once: the key is rebuilt with every change of the events in view.
    const auto symbol = [this](const QString &name, const std::function<QPixmap()> &draw) {
        auto found = m_keySymbols.constFind(name);
        if (found == m_keySymbols.constEnd())
            found = m_keySymbols.insert(name, draw());
        return found.value();
    };
    const QColor white(255, 255, 255);
    for (const QString &faction : factions) {
        const QColor color(m_catalog.color(faction));
        m_keyEntries.append({symbol(QStringLiteral("faction|") + color.name(),
                                    [&] {
                                        return keySymbol(markerImage(QScatterSeries::MarkerShapeCircle, color,
                                                                     white, 1.2, 13));
                                    }),
                             faction});
    }
    const QColor key(0x55, 0x55, 0x55);
    for (const QString &type : types) {
        const int shape = shapeOf(type);
        m_keyEntries.append({symbol(QStringLiteral("type|%1").arg(shape),
                                    [&] { return keySymbol(markerImage(shape, key, white, 1.2, 12)); }),
                             type});
    }
    if (marks.planned)
        m_keyEntries.append(
            {symbol(QStringLiteral("planned"),
                    [&] {
                        return keySymbol(
                            markerImage(QScatterSeries::MarkerShapeRotatedRectangle, white, key, 2.5, 13));
                    }),
             tr("planned (deadline)")});
    if (marks.uncertain)
        m_keyEntries.append({symbol(QStringLiteral("uncertain"),
                                    [&] {
                                        return keySymbol(markerImage(QScatterSeries::MarkerShapeCircle, key,
                                                                     white, 1.2, 13,
                                                                     QColor(0xcc, 0xcc, 0xcc)));
                                    }),
                             tr("initiator uncertain (A and/or B)")});
    if (marks.clustered)
        m_keyEntries.append({clusterKeySymbol(),
                             m_interactive ? tr("+N: more events than the lane holds (click to list them)")
                                           : tr("+N: more events than the lane holds")});
    if (marks.range)
        m_keyLineEntries.append(
            {keySymbol(segmentPen(key, 3, Qt::SolidLine)), tr("date known within a range")});
    if (marks.contested)
        m_keyLineEntries.append({keySymbol(segmentPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine)),
                                 tr("contested (contradicting claims)")});
}

QList<LegendStrip::Entry> TimelineChart::legendEntries() const {
    QList<LegendStrip::Entry> entries;
    QStringList seen;
    const auto add = [&](const LegendStrip::Entry &entry) {
        if (entry.text.isEmpty() || seen.contains(entry.text))
            return;
        seen.append(entry.text);
        entries.append(entry);
    };
    for (const LegendStrip::Entry &entry : m_keyEntries)
        add(entry);
    for (const QLineSeries *series : m_measureSeries)
        add({keySymbol(series->pen()), series->name()});
    for (const LegendStrip::Entry &entry : m_keyLineEntries)
        add(entry);
    for (const auto &[name, color] : m_barKey) {
        QPixmap symbol(kKeySide, kKeySide);
        symbol.fill(color);
        add({symbol, name});
    }
    return entries;
}

void TimelineChart::updateMeasures() {
    // Counts (MINUSMA personnel gone, …) as a small series of their values against a right-hand axis, one
    // per unit, when a unit has two values or more in view: a trend to read. A lone count is read from its
    // mark and label in the lane.
    std::vector<TimelineLayout::Measure> measures;
    for (const Event &event : std::as_const(m_events))
        if (event.status == EventStatus::Measure && event.value)
            measures.push_back(
                {markerMsecs(event), *event.value, event.unit.isEmpty() ? tr("count") : event.unit});
    double highest = 0;
    const std::vector<TimelineLayout::MeasureSeries> trends =
        TimelineLayout::measureSeries(measures, highest);
    for (QLineSeries *series : std::as_const(m_measureSeries)) {
        removeSeries(series);
        delete series;
    }
    m_measureSeries.clear();
    if (trends.empty()) {
        if (m_valueAxis)
            m_valueAxis->setVisible(false);
        return;
    }
    if (!m_valueAxis) {
        m_valueAxis = new QValueAxis(this);
        m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        m_valueAxis->setGridLineVisible(false);
        m_valueAxis->setTickCount(3);
        QFont font;
        font.setPointSizeF(8);
        m_valueAxis->setLabelsFont(font);
        m_valueAxis->setTitleFont(font);
        addAxis(m_valueAxis, Qt::AlignRight);
    }
    m_valueAxis->setVisible(true);
    QStringList units;
    const QColor color(0x44, 0x44, 0x44);
    for (const TimelineLayout::MeasureSeries &trend : trends) {
        units << trend.unit;
        auto *values = new QLineSeries();
        QPen pen(color);
        pen.setWidthF(1.2);
        pen.setStyle(Qt::DotLine);
        values->setPen(pen);
        values->setPointsVisible(true);
        values->setMarkerSize(7);
        values->replace(QList<QPointF>(trend.points.cbegin(), trend.points.cend()));
        values->setName(tr("%1 (right axis)").arg(trend.unit));
        addSeries(values);
        m_measureSeries << values;
        values->attachAxis(m_timeAxis);
        values->attachAxis(m_valueAxis);
    }
    // Headroom above the largest value so that its point sits below the top lane's title.
    m_valueAxis->setRange(0, highest * 1.25);
    m_valueAxis->setTitleText(units.join(QStringLiteral(", ")));
}

void TimelineChart::updateTimeAxis() {
    const double plotWidth = plotArea().width() > 10 ? plotArea().width() : 1000;
    const int maxTicks = std::max(2, static_cast<int>(plotWidth / 95));
    const auto ticks = TimeTicks::generate(m_windowStart, m_windowEnd, maxTicks, QLocale());
    // A label is centred on its tick: one that would cross the chart's edge is left out, not cut.
    const QFontMetricsF metrics(m_timeAxisItem->font());
    const QRectF area = plotArea().width() > 10 ? plotArea() : QRectF(0, 0, plotWidth, 1);
    QList<TimeAxisItem::Tick> kept;
    for (const auto &tick : ticks) {
        const double x = area.left() + (static_cast<double>(tick.msecs) - m_windowStart) /
                                           (m_windowEnd - m_windowStart) * area.width();
        const double half = metrics.horizontalAdvance(tick.label) / 2 + 1;
        if (size().width() > 10 && (x - half < 0 || x + half > size().width() - 1))
            continue;
        kept.append({static_cast<double>(tick.msecs), tick.label});
    }
    if (m_timeAxis->min() != m_windowStart || m_timeAxis->max() != m_windowEnd)
        m_timeAxis->setRange(m_windowStart, m_windowEnd);
    m_timeAxisItem->setTicks(std::move(kept));
}

QMargins TimelineChart::baseMargins() const {
    return kMargins + QMargins(0, 0, 0, static_cast<int>(std::ceil(m_timeAxisItem->height())));
}

void TimelineChart::updateLabels() {
    qsizetype visible = 0;
    for (const QPointF &position : std::as_const(m_positions))
        visible += position.x() >= m_windowStart && position.x() <= m_windowEnd;
    const bool show = m_labelsVisible && visible <= kMaxLabelled && plotArea().width() > 10;
    while (m_labels.size() < m_events.size()) {
        auto *item = new QGraphicsSimpleTextItem(this);
        item->setFont(labelFont());
        item->setBrush(QColor(0x22, 0x22, 0x22));
        item->setZValue(20);
        m_labels.append(item);
    }
    const QRectF area = plotArea();
    const PlotScale scale = plotScale();
    const QFont normalFont = labelFont();
    QFont boldFont = normalFont;
    boldFont.setBold(true);
    const QFontMetricsF normalMetrics(normalFont);
    const QFontMetricsF boldMetrics(boldFont);
    // Where rows are closer than a line of text, labels would cover each other: each is drawn only where it
    // covers no label already drawn, the selected event's first, then in time order. Zooming in shows the
    // rest.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_events.size() && i < m_labels.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const bool aSelected = m_selected != 0 && m_events.at(a).id == m_selected;
        const bool bSelected = m_selected != 0 && m_events.at(b).id == m_selected;
        if (aSelected != bSelected)
            return aSelected;
        return m_positions.at(a).x() < m_positions.at(b).x();
    });
    for (qsizetype i = m_events.size(); i < m_labels.size(); ++i)
        m_labels.at(i)->setVisible(false);
    if (!show) {
        for (const qsizetype i : std::as_const(order))
            m_labels.at(i)->setVisible(false);
        return;
    }
    // Where each label goes (TimelineLayout), then its text, shortened to the room it has.
    std::vector<TimelineLayout::Label> requests(static_cast<std::size_t>(order.size()));
    const double height = normalMetrics.height();
    for (const qsizetype i : std::as_const(order)) {
        TimelineLayout::Label &label = requests[static_cast<std::size_t>(i)];
        label.mark = scale.position(m_positions.at(i));
        label.rightAnchorX = scale.x(labelAnchor(m_events.at(i)));
        label.leftAnchorX = scale.x(labelLeftAnchor(m_events.at(i)));
        label.fromX = scale.x(msecs(m_events.at(i).dateStart));
        label.toX = scale.x(msecs(m_events.at(i).dateEnd) + kDayMsecs);
        if (std::max({label.mark.x(), label.rightAnchorX, label.toX}) < area.left() ||
            std::min({label.mark.x(), label.leftAnchorX, label.fromX}) > area.right())
            continue; // no part of it in view: not placed, no need to write it
        const bool bold = m_events.at(i).id == m_selected && m_selected != 0;
        const double normalWidth = labelWidth(i); // writes the label the first time
        label.width = bold ? boldMetrics.horizontalAdvance(m_labelTexts.at(i)) : normalWidth;
        label.height = height;
    }
    std::vector<std::size_t> placingOrder; // a clustered event has no label: its cluster stands for it
    placingOrder.reserve(static_cast<std::size_t>(order.size()));
    for (const qsizetype i : std::as_const(order))
        if (!clustered(i))
            placingOrder.push_back(static_cast<std::size_t>(i));
    const std::vector<TimelineLayout::PlacedLabel> placed =
        TimelineLayout::labels(requests, placingOrder, area);
    for (const qsizetype i : std::as_const(order)) {
        QGraphicsSimpleTextItem *item = m_labels.at(i);
        const TimelineLayout::PlacedLabel &place = placed[static_cast<std::size_t>(i)];
        if (!place.shown) {
            item->setVisible(false);
            continue;
        }
        const bool bold = m_events.at(i).id == m_selected && m_selected != 0;
        if (item->font().bold() != bold) // a new font lays the text out again: only when it changes
            item->setFont(bold ? boldFont : normalFont);
        const QString &text = m_labelTexts.at(i);
        const double width = requests[static_cast<std::size_t>(i)].width;
        const QString shown =
            place.room >= width
                ? text
                : (bold ? boldMetrics : normalMetrics).elidedText(text, Qt::ElideRight, place.room);
        if (item->text() != shown)
            item->setText(shown);
        item->setPos(place.rect.topLeft());
        item->setVisible(true);
    }
}

double TimelineChart::labelWidth(qsizetype index) {
    if (m_labelWidths.at(index) < 0) {
        m_labelTexts[index] = labelText(m_events.at(index));
        m_labelWidths[index] = QFontMetricsF(labelFont()).horizontalAdvance(m_labelTexts.at(index));
    }
    return m_labelWidths.at(index);
}

double TimelineChart::msecsAt(QPointF chartPosition) const {
    const QRectF area = plotArea();
    if (area.width() <= 0)
        return m_windowStart;
    return m_windowStart + (chartPosition.x() - area.left()) / area.width() * (m_windowEnd - m_windowStart);
}

QPointF TimelineChart::markerPosition(qsizetype index) const {
    return plotScale().position(m_positions.at(index));
}

QList<TimelineChart::DrawnMark> TimelineChart::drawnMarks() const {
    QList<DrawnMark> drawn;
    for (const MarkersItem::Mark &mark : m_markersItem->marks())
        drawn.append({m_drawnStyles.at(mark.style).faction, m_drawnStyles.at(mark.style).shape,
                      m_drawnStyles.at(mark.style).hollow, mark.value});
    return drawn;
}

std::optional<qsizetype> TimelineChart::eventAt(QPointF chartPosition, double radius) const {
    const PlotScale scale = plotScale();
    std::vector<QPointF> marks;
    marks.reserve(static_cast<std::size_t>(m_positions.size()));
    for (qsizetype i = 0; i < m_positions.size(); ++i) // a clustered event is reached through its cluster
        marks.push_back(clustered(i) ? QPointF(qInf(), qInf()) : scale.position(m_positions.at(i)));
    const std::optional<std::size_t> hit = TimelineLayout::hit(marks, chartPosition, radius);
    return hit ? std::optional<qsizetype>(static_cast<qsizetype>(*hit)) : std::nullopt;
}

std::optional<qsizetype> TimelineChart::clusterAt(QPointF chartPosition) const {
    const PlotScale scale = plotScale();
    for (qsizetype k = 0; k < m_clusters.size(); ++k)
        if (MarkersItem::clusterRect(scale.position(m_clusters.at(k).value), m_clusters.at(k).members.size())
                .adjusted(-2, -2, 2, 2)
                .contains(chartPosition))
            return k;
    return std::nullopt;
}

} // namespace kt
