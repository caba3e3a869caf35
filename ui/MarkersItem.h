#pragma once

#include "view/PlotScale.h"

#include <QGraphicsItem>
#include <QImage>
#include <QList>
#include <QPointF>

#include <functional>
#include <optional>

namespace kt {

// The events' markers, painted from a few images in one item: a couple of thousand markers move with the
// window at the cost of one paint, where a Qt Charts scatter series keeps one graphics item per point and
// moves each of them at every change of range.
class MarkersItem : public QGraphicsItem {
public:
    struct Mark {
        QPointF value; // ms since 1970 UTC, lane units (PlotScale)
        int style = 0; // index in the styles given with the marks
    };
    struct Style {
        QImage image; // drawn at `size` pixels, centred on the mark
        double size = 12;
    };

    // scale: where the plot and its axes are now (asked at each paint, as the plot moves).
    MarkersItem(QGraphicsItem *parent, std::function<PlotScale()> scale);

    void setMarks(QList<Mark> marks, QList<Style> styles);
    void clear() { setMarks({}, {}); }
    const QList<Mark> &marks() const { return m_marks; }
    // A ring around the selected event's mark (nothing: none).
    void setSelected(std::optional<QPointF> value);
    // The plot area or the axes moved: the same marks land elsewhere.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::function<PlotScale()> m_scale;
    QList<Mark> m_marks;
    QList<Style> m_styles;
    std::optional<QPointF> m_selected;
};

} // namespace kt
