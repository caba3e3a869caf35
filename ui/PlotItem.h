#pragma once

#include "view/PlotScale.h"

#include <QGraphicsItem>

#include <functional>
#include <utility>

namespace kt {

// An item the chart draws over its plot in chart values (ms, lane units): bars, marks, whiskers. It asks for
// the plot's scale at each paint, as the plot area and the axes move.
class PlotItem : public QGraphicsItem {
public:
    PlotItem(QGraphicsItem *parent, std::function<PlotScale()> scale)
        : QGraphicsItem(parent)
        , m_scale(std::move(scale)) {}

    // The plot area or the axes moved: the same contents land elsewhere.
    void refresh() {
        prepareGeometryChange();
        update();
    }
    QRectF boundingRect() const override { return scale().plot; }

protected:
    PlotScale scale() const { return m_scale(); }

private:
    std::function<PlotScale()> m_scale;
};

} // namespace kt
