#pragma once

#include "core/FactionCatalog.h"
#include "core/LevelOfDetail.h"
#include "core/data.h"
#include "ui/LegendStrip.h"
#include "ui/MarkersItem.h"
#include "ui/TimeAxisItem.h"
#include "view/BinStack.h"
#include "view/PlotScale.h"
#include "view/ViewportQuery.h"

#include <QChart>
#include <QHash>
#include <QList>
#include <QStringList>

#include <cstdint>
#include <optional>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace kt {

class BarsItem;

// The timeline drawn with Qt Charts: time across (UTC, calendar-aligned ticks), one lane per track, one
// marker per event coloured by faction; a whisker for an event known only within a range, a hollow diamond
// and a dashed guide for a deadline, a triangle for a measure, a dashed link between contradicting claims,
// and a short label beside each marker while few are visible.
class TimelineChart : public QChart {
    Q_OBJECT
public:
    explicit TimelineChart(const FactionCatalog &catalog, QGraphicsItem *parent = nullptr);

    // The events to draw (already filtered) and the lanes, top to bottom; laneOfEvent names each event's
    // lane (by default its track).
    void setEvents(const QList<Event> &events, const QStringList &lanes, const QStringList &laneOfEvent = {});
    // Bins instead of markers, when too many events are in view: per lane, stacked by faction, each lane
    // scaled to its tallest bar. factionNames: by store faction id, as in the index.
    void setBins(const LaneBins &bins, const QStringList &lanes, const QStringList &factionNames);
    // Bars: each lane scaled to its own tallest bin (default), or every lane to the tallest of all.
    void setBarScale(BarScale scale);
    BarScale barScale() const { return m_barScale; }
    const QStringList &lanes() const { return m_lanes; }
    // Where the note about bars is (chart coordinates), empty when markers are shown.
    QRectF binNoteRect() const;
    bool showsBins() const { return m_binsShown; }
    const LaneBins &bins() const { return m_bins; }
    // Where times and lanes are in the chart now.
    PlotScale plotScale() const;
    // The time axis' ticks drawn now, in time order.
    const QList<TimeAxisItem::Tick> &timeTicks() const { return m_timeAxisItem->ticks(); }
    const QFont &timeFont() const { return m_timeAxisItem->font(); }
    // The lane and bin under a point of the chart, when bins are shown.
    std::optional<std::pair<int, int>> binAt(QPointF chartPosition) const;
    // A tooltip for a bin: its dates and events per faction.
    QString binDescription(int lane, int bin) const;
    // layOut false: only remember the window, for a setEvents() or setBins() that follows at once and lays
    // the chart out for it.
    void setWindow(double startMsecs, double endMsecs, bool layOut = true);
    void setSelected(std::int64_t eventId);
    // A chart drawn for a picture says nothing of clicks and zooming (default: interactive).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // With bars shown: outline the bar the selected event is counted in (nothing: none).
    void setSelectedBar(std::optional<ViewportQuery::BarPlace> place);
    void setLabelsVisible(bool visible);

    const QList<Event> &events() const { return m_events; }
    double windowStart() const { return m_windowStart; }
    double windowEnd() const { return m_windowEnd; }
    // The time under a point of the chart, and the event whose marker is within radius pixels of it.
    double msecsAt(QPointF chartPosition) const;
    std::optional<qsizetype> eventAt(QPointF chartPosition, double radius = 9) const;
    // The events of a day or hour that do not fit their lane, counted in a "+N" mark at its bottom: where
    // it stands (ms, lane units) and its events (indices into events(), in time order).
    struct Cluster {
        QPointF value;
        QList<qsizetype> members;
    };
    const QList<Cluster> &clusters() const { return m_clusters; }
    // The cluster whose "+N" mark is under a point of the chart (an index into clusters()).
    std::optional<qsizetype> clusterAt(QPointF chartPosition) const;
    QPointF markerPosition(qsizetype index) const;
    // Where each event's marker sits, in time (x, ms) and lane units (y).
    QPointF markerValue(qsizetype index) const { return m_positions.value(index); }
    // The marks drawn: whose colour, what shape (QScatterSeries::MarkerShape), hollow (a deadline), where
    // (ms, lane units).
    struct DrawnMark {
        QString faction;
        int shape = 0;
        bool hollow = false;
        QPointF value;
    };
    QList<DrawnMark> drawnMarks() const;
    // The key of what is drawn: one entry per colour, shape and line style in use, in the legend's order.
    QList<LegendStrip::Entry> legendEntries() const;

Q_SIGNALS:
    // The drawn series changed: the key may have new entries.
    void legendChanged();

private:
    void layoutRows();
    void updateLaneAxis();
    void updateMeasures();
    void placeBinNote();
    void rebuildSeries();
    struct LegendMarks {
        bool planned = false;
        bool uncertain = false;
        bool range = false;
        bool contested = false;
        bool clustered = false;
    };
    // The legend's keys, in order: factions, event types, then the kinds of mark.
    void rebuildLegend(const QStringList &factions, const QStringList &types, const LegendMarks &marks);
    void clearSeries();
    void updateTimeAxis();
    // The chart's margins without a note: room for the time axis under the plot (px).
    QMargins baseMargins() const;
    void updateLabels();
    // `secondColor`, when valid, fills the right half of each marker: an uncertain initiator.
    double markerMsecs(const Event &event) const;
    double labelLeftAnchor(const Event &event) const;
    double labelAnchor(const Event &event) const;

    const FactionCatalog &m_catalog;
    QValueAxis *m_timeAxis = nullptr; // hidden: the window, for the series
    TimeAxisItem *m_timeAxisItem = nullptr;
    QCategoryAxis *m_laneAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr; // right-hand axis for measures, when some are in view
    QList<Event> m_events;
    QStringList m_lanes;
    QStringList m_laneOfEvent;
    QList<QPointF> m_positions; // per event: x in ms, y in lane units
    bool m_relayout = false;
    QList<int> m_rows; // per event: its row inside its lane, TimelineLayout::kClustered in a cluster
    bool clustered(qsizetype index) const;
    void ringSelected();
    QList<Cluster> m_clusters;
    QList<QGraphicsSimpleTextItem *> m_labels;
    // An event's label width in the label font (px), writing and measuring its label the first time.
    double labelWidth(qsizetype index);
    QStringList m_labelTexts;    // per event: its label, in full, once written
    QList<double> m_labelWidths; // per event: that label's width; -1 until measured
    QHash<std::int64_t, qsizetype> m_indexById;
    QGraphicsItem *m_segments = nullptr; // whiskers, guides and links, painted in one item
    bool m_binsShown = false;
    bool m_interactive = true;
    LaneBins m_bins;
    QStringList m_binFactionNames;
    void markSelectedBar();
    std::optional<ViewportQuery::BarPlace> m_selectedBar;
    BinStack m_stack;               // the scale of the bars drawn (their slices are in m_barsItem)
    BarsItem *m_barsItem = nullptr; // the bins' bars
    QList<std::pair<QString, QColor>> m_barKey; // the factions the bars show, in stacking order
    BarScale m_barScale = BarScale::PerLane;
    MarkersItem *m_markersItem = nullptr; // the events' marks
    struct MarkStyle {
        QString faction;
        int shape = 0;
        bool hollow = false;
    };
    QList<MarkStyle> m_drawnStyles; // per style of the marks drawn
    // Marker images by colours, shape and fill, made once.
    QHash<QString, MarkersItem::Style> m_styles;
    QHash<QString, QPixmap> m_keySymbols;       // the key's symbols by what they show, drawn once
    QList<QLineSeries *> m_measureSeries;       // counts against the right-hand axis
    QList<LegendStrip::Entry> m_keyEntries;     // the key: factions, event types, kinds of mark
    QList<LegendStrip::Entry> m_keyLineEntries; // … and kinds of line, after the measures
    QStringList m_legendKeys;                   // what they were made for
    QGraphicsSimpleTextItem *m_binNote = nullptr;
    QString m_binNoteText;                       // unwrapped; placeBinNote wraps it to the plot's width
    std::pair<QString, double> m_binNoteWrapped; // the text and width the note was last wrapped for
    QGraphicsRectItem *m_binCard = nullptr;
    double m_windowStart = 0;
    double m_windowEnd = 86'400'000;
    std::int64_t m_selected = 0;
    bool m_labelsVisible = true;
};

} // namespace kt
