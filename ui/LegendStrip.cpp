#include "ui/LegendStrip.h"

#include <QPainter>

#include <algorithm>

namespace kt {

namespace {

constexpr int kMargin = 6;
constexpr int kSymbol = 14;     // a symbol's side, in pixels
constexpr int kSymbolGap = 5;   // between a symbol and its text
constexpr int kEntryGap = 16;   // between entries on a line
constexpr int kLineSpacing = 4; // between lines

} // namespace

LegendStrip::LegendStrip(QWidget *parent)
    : QWidget(parent) {
    QFont small = font();
    small.setPointSizeF(8.5);
    setFont(small);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Legend"));
    // On the chart's white, as one piece with it.
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    setPalette(white);
    setAutoFillBackground(true);
}

void LegendStrip::setEntries(const QList<Entry> &entries) {
    m_entries = entries;
    updateGeometry();
    update();
}

QList<QRect> LegendStrip::entryRects(int width) const {
    const QFontMetrics metrics(font());
    const int lineHeight = std::max(kSymbol, metrics.height());
    QList<QRect> rects;
    int x = kMargin;
    int y = kMargin;
    for (const Entry &entry : m_entries) {
        const int entryWidth = kSymbol + kSymbolGap + metrics.horizontalAdvance(entry.text);
        if (x > kMargin && x + entryWidth > width - kMargin) {
            x = kMargin;
            y += lineHeight + kLineSpacing;
        }
        rects.append(QRect(x, y, entryWidth, lineHeight));
        x += entryWidth + kEntryGap;
    }
    return rects;
}

int LegendStrip::heightForWidth(int width) const {
    const QList<QRect> rects = entryRects(width);
    return rects.isEmpty() ? 0 : rects.last().bottom() + 1 + kMargin;
}

QSize LegendStrip::sizeHint() const {
    const int width = std::max(400, this->width());
    return {width, heightForWidth(width)};
}

QSize LegendStrip::minimumSizeHint() const {
    return {100, heightForWidth(std::max(100, width()))};
}

void LegendStrip::resizeEvent(QResizeEvent *) {
    // A new width can take more or fewer lines.
    if (heightForWidth(width()) != height())
        updateGeometry();
}

void LegendStrip::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    const QList<QRect> rects = entryRects(width());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QRect &rect = rects.at(i);
        const Entry &entry = m_entries.at(i);
        const QRect symbol(rect.left(), rect.center().y() - kSymbol / 2, kSymbol, kSymbol);
        painter.drawPixmap(symbol, entry.symbol);
        painter.drawText(QRect(symbol.right() + 1 + kSymbolGap, rect.top(), rect.width(), rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

} // namespace kt
