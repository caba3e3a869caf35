#include "ui/TimeAxisItem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kt {

TimeAxisItem::TimeAxisItem(QGraphicsItem *parent, std::function<PlotScale()> scale, Look look)
    : PlotItem(parent, std::move(scale))
    , m_look(std::move(look)) {}

void TimeAxisItem::setTicks(QList<Tick> ticks) {
    m_ticks = std::move(ticks);
    update();
}

double TimeAxisItem::height() const {
    return kMarkLength + kLabelGap + QFontMetricsF(m_look.font).height() + 2;
}

QRectF TimeAxisItem::boundingRect() const {
    // The labels may stick out of the plot's sides by half their width.
    return scale().plot.adjusted(-200, 0, 200, height());
}

void TimeAxisItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const PlotScale scale = this->scale();
    const QRectF plot = scale.plot;
    if (plot.width() <= 0)
        return;
    const QFontMetricsF metrics(m_look.font);
    painter->save();
    painter->setFont(m_look.font);
    for (const Tick &tick : std::as_const(m_ticks)) {
        const double x = scale.x(tick.msecs);
        if (x < plot.left() || x > plot.right())
            continue;
        painter->setPen(m_look.grid);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(m_look.line);
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + kMarkLength));
        const double width = metrics.horizontalAdvance(tick.label);
        painter->setPen(m_look.labels.color());
        painter->drawText(
            QRectF(x - width / 2 - 1, plot.bottom() + kMarkLength + kLabelGap, width + 2, metrics.height()),
            Qt::AlignCenter, tick.label);
    }
    painter->setPen(m_look.line);
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
    painter->restore();
}

} // namespace kt
