#include "ui/MarkersItem.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace kt {

void MarkersItem::setMarks(QList<Mark> marks, QList<Style> styles) {
    m_marks = std::move(marks);
    m_styles = std::move(styles);
    update();
}

void MarkersItem::setClusters(QList<Cluster> clusters) {
    m_clusters = std::move(clusters);
    update();
}

namespace {

QFont clusterFont() {
    QFont font;
    font.setPointSizeF(8);
    font.setBold(true);
    return font;
}

QString clusterText(qsizetype count) {
    return QStringLiteral("+%1").arg(count);
}

} // namespace

QRectF MarkersItem::clusterRect(QPointF at, qsizetype count) {
    const QFontMetricsF metrics(clusterFont());
    const double width = metrics.horizontalAdvance(clusterText(count)) + 10;
    const double height = metrics.height() + 2;
    return {at.x() - width / 2, at.y() - height / 2, width, height};
}

void MarkersItem::drawCluster(QPainter *painter, const QRectF &box, const QString &text) {
    painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
    painter->setBrush(QColor(0xf2, 0xf2, 0xf2));
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->drawText(box, Qt::AlignCenter, text);
}

void MarkersItem::setSelected(std::optional<QPointF> value) {
    m_selected = value;
    update();
}

QRectF MarkersItem::boundingRect() const {
    return scale().plot.adjusted(-14, -14, 14, 14); // marks on the plot's edge stick out by half their size
}

void MarkersItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_marks.isEmpty() && m_clusters.isEmpty() && !m_selected)
        return;
    const PlotScale scale = this->scale();
    const QRectF shown = boundingRect();
    painter->save();
    painter->setClipRect(shown);
    // On screen at one device pixel per pixel, the marks are blits of images scaled once; an export to a
    // larger image, an SVG or a PDF draws the large images scaled, sharp at any size.
    if (painter->deviceTransform().type() <= QTransform::TxTranslate)
        drawUnscaled(painter, shown);
    else
        drawScaled(painter, shown);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(clusterFont());
    for (const Cluster &cluster : std::as_const(m_clusters)) {
        const QRectF box = clusterRect(scale.position(cluster.value), cluster.count);
        if (!box.intersects(shown))
            continue;
        drawCluster(painter, box, clusterText(cluster.count));
    }
    if (m_selected) {
        painter->setPen(QPen(Qt::black, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(scale.position(*m_selected), 12, 12);
    }
    painter->restore();
}

void MarkersItem::drawScaled(QPainter *painter, const QRectF &shown) {
    const PlotScale scale = this->scale();
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
}

void MarkersItem::drawUnscaled(QPainter *painter, const QRectF &shown) {
    const PlotScale scale = this->scale();
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.style < 0 || mark.style >= m_styles.size())
            continue;
        const QImage &image = deviceImage(m_styles.at(mark.style));
        const QPointF at = scale.position(mark.value);
        const QPoint corner(qRound(at.x() - image.width() / 2.0), qRound(at.y() - image.height() / 2.0));
        if (QRectF(corner, image.size()).intersects(shown))
            painter->drawImage(corner, image);
    }
}

const QImage &MarkersItem::deviceImage(const Style &style) {
    const int size = std::max(1, qRound(style.size));
    const QPair<qint64, int> key(style.image.cacheKey(), size);
    auto found = m_deviceImages.find(key);
    if (found == m_deviceImages.end()) {
        if (m_deviceImages.size() > 64) // styles change with the factions shown; keep a few
            m_deviceImages.clear();
        found = m_deviceImages.insert(
            key, style.image.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                     .convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
    return *found;
}

} // namespace kt
