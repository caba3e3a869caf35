#pragma once

#include "view/BinStack.h"
#include "view/PlotScale.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

#include <functional>
#include <vector>

namespace kt {

// The bars of the bins, painted as filled rectangles in whole pixels (no antialiasing: neighbouring slices
// share their edges exactly), in one item: tens of thousands of slices paint in a few milliseconds, where
// one Qt Charts area series per lane and faction took tens.
class BarsItem : public QGraphicsItem {
public:
    // scale: where the plot and its axes are now (asked at each paint, as the plot moves).
    BarsItem(QGraphicsItem *parent, std::function<PlotScale()> scale);

    // colors: by faction id of the bars.
    void setBars(std::vector<BinBar> bars, QList<QColor> colors);
    void clear() { setBars({}, {}); }
    // The plot area or the axes moved: the same bars land elsewhere.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::function<PlotScale()> m_scale;
    std::vector<BinBar> m_bars;
    QList<QColor> m_colors;
};

} // namespace kt
