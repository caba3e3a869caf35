#include "ui/BarsItem.h"

#include <QPainter>

namespace kt {

BarsItem::BarsItem(QGraphicsItem *parent, std::function<PlotScale()> scale)
    : QGraphicsItem(parent)
    , m_scale(std::move(scale)) {}

void BarsItem::setBars(std::vector<BinBar> bars, QList<QColor> colors) {
    m_bars = std::move(bars);
    m_colors = std::move(colors);
    update();
}

void BarsItem::refresh() {
    prepareGeometryChange();
    update();
}

QRectF BarsItem::boundingRect() const {
    return m_scale().plot;
}

void BarsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_bars.empty())
        return;
    const PlotScale scale = m_scale();
    painter->save();
    painter->setClipRect(scale.plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const BinBar &bar : m_bars) {
        if (bar.toMsecs <= scale.start || bar.fromMsecs >= scale.end)
            continue;
        painter->fillRect(scale.snapped(bar.fromMsecs, bar.toMsecs, bar.low, bar.high),
                          m_colors.value(bar.faction, Qt::gray));
    }
    painter->restore();
}

} // namespace kt
