#include "ui/MarkersItem.h"

#include <QPainter>
#include <QPen>

namespace kt {

void MarkersItem::setMarks(QList<Mark> marks, QList<Style> styles) {
    m_marks = std::move(marks);
    m_styles = std::move(styles);
    update();
}

void MarkersItem::setSelected(std::optional<QPointF> value) {
    m_selected = value;
    update();
}

QRectF MarkersItem::boundingRect() const {
    return scale().plot.adjusted(-14, -14, 14, 14); // marks on the plot's edge stick out by half their size
}

void MarkersItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_marks.isEmpty() && !m_selected)
        return;
    const PlotScale scale = this->scale();
    const QRectF shown = boundingRect();
    painter->save();
    painter->setClipRect(shown);
    painter->setRenderHint(QPainter::SmoothPixmapTransform); // the images are drawn at four times the size
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.style < 0 || mark.style >= m_styles.size())
            continue;
        const Style &style = m_styles.at(mark.style);
        const QPointF at = scale.position(mark.value);
        const QRectF box(at.x() - style.size / 2, at.y() - style.size / 2, style.size, style.size);
        if (box.intersects(shown))
            painter->drawImage(box, style.image);
    }
    if (m_selected) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::black, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(scale.position(*m_selected), 12, 12);
    }
    painter->restore();
}

} // namespace kt
