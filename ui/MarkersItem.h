#pragma once

#include "ui/PlotItem.h"

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

class QPainter;

#include <functional>
#include <optional>

namespace kt {

// The events' markers, painted from a few images in one item: a couple of thousand markers move with the
// window at the cost of one paint, where a Qt Charts scatter series keeps one graphics item per point and
// moves each of them at every change of range.
class MarkersItem : public PlotItem {
public:
    struct Mark {
        QPointF value; // ms since 1970 UTC, lane units (PlotScale)
        int style = 0; // index in the styles given with the marks
    };
    struct Style {
        QImage image; // drawn at `size` pixels, centred on the mark
        double size = 12;
    };

    // Events that do not fit their lane, drawn as one "+N" mark (TimelineLayout::clusters).
    struct Cluster {
        QPointF value; // ms since 1970 UTC, lane units
        int count = 0;
    };

    using PlotItem::PlotItem;

    void setMarks(QList<Mark> marks, QList<Style> styles);
    void setClusters(QList<Cluster> clusters);
    void clear() {
        setMarks({}, {});
        setClusters({});
    }
    // Where a cluster's "+N" is drawn around its place (px), in its small bold font.
    static QRectF clusterRect(QPointF at, qsizetype count);
    // Draws a cluster's mark with its text ("+N") in a box: the plot's and the key's.
    static void drawCluster(QPainter *painter, const QRectF &box, const QString &text);
    const QList<Cluster> &clusters() const { return m_clusters; }
    const QList<Mark> &marks() const { return m_marks; }
    // A ring around the selected event's mark (nothing: none).
    void setSelected(std::optional<QPointF> value);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // A style's image scaled once to its size in device pixels: drawn unscaled, a mark is a blit.
    const QImage &deviceImage(const Style &style);
    void drawScaled(QPainter *painter, const QRectF &shown);
    void drawUnscaled(QPainter *painter, const QRectF &shown);

    QList<Mark> m_marks;
    QList<Style> m_styles;
    QHash<QPair<qint64, int>, QImage> m_deviceImages; // by image's cacheKey and size in px
    QList<Cluster> m_clusters;
    std::optional<QPointF> m_selected;
};

} // namespace kt
