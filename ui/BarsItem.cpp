#include "ui/BarsItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace kt {

void BarsItem::setBars(std::vector<BinBar> bars, QList<QColor> colors, QList<ScaleMark> marks) {
    m_bars = std::move(bars);
    m_colors = std::move(colors);
    m_marks = std::move(marks);
    update();
}

void BarsItem::setMarked(std::optional<BinBar> bar) {
    m_marked = bar;
    update();
}

void BarsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_bars.empty())
        return;
    const PlotScale scale = this->scale();
    painter->save();
    painter->setClipRect(scale.plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const BinBar &bar : m_bars) {
        if (bar.toMsecs <= scale.start || bar.fromMsecs >= scale.end)
            continue;
        painter->fillRect(scale.snapped(bar.fromMsecs, bar.toMsecs, bar.low, bar.high),
                          m_colors.value(bar.faction, Qt::gray));
    }
    paintMarks(painter, scale);
    if (m_marked && m_marked->toMsecs > scale.start && m_marked->fromMsecs < scale.end) {
        // Two pixels outside the bar, dark on white, light on the bar: seen over any colour.
        const QRectF bar =
            scale.snapped(m_marked->fromMsecs, m_marked->toMsecs, m_marked->low, m_marked->high);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::black, 2));
        painter->drawRect(bar.adjusted(-2, -2, 2, 2));
        painter->setPen(QPen(Qt::white, 1));
        painter->drawRect(bar.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    painter->restore();
}

void BarsItem::paintMarks(QPainter *painter, const PlotScale &scale) const {
    const QFontMetricsF metrics(m_font);
    painter->setFont(m_font);
    for (const ScaleMark &mark : m_marks) {
        const double y = std::round(scale.y(mark.value)) + 0.5; // a crisp one-pixel line
        painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DotLine));
        painter->drawLine(QPointF(scale.plot.left(), y), QPointF(scale.plot.right(), y));
        // The count just under the line's right end, inside its lane, on a pale card that bars do not hide.
        const QRectF text(QPointF(scale.plot.right() - metrics.horizontalAdvance(mark.label) - 6, y + 1),
                          QSizeF(metrics.horizontalAdvance(mark.label) + 4, metrics.height()));
        painter->fillRect(text, QColor(255, 255, 255, 215));
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->drawText(text, Qt::AlignCenter, mark.label);
    }
}

} // namespace kt
