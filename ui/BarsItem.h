#pragma once

#include "ui/PlotItem.h"
#include "view/BinStack.h"
#include "view/PlotScale.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kt {

// The bars of the bins, painted as filled rectangles in whole pixels (no antialiasing: neighbouring slices
// share their edges exactly), in one item: tens of thousands of slices paint in a few milliseconds, where
// one Qt Charts area series per lane and faction took tens.
class BarsItem : public PlotItem {
public:
    using PlotItem::PlotItem;

    // A lane's count scale: a faint line across the lane at `value` (lane-axis units) labelled, under its
    // right end, with the count it stands for.
    struct ScaleMark {
        double value = 0;
        QString label;
    };

    // colors: by faction id of the bars.
    void setBars(std::vector<BinBar> bars, QList<QColor> colors, QList<ScaleMark> marks = {});
    void clear() {
        setBars({}, {});
        setMarked(std::nullopt);
    }
    // The bar of the selected event, outlined (fromMsecs, toMsecs: its bin; low, high: its stack).
    void setMarked(std::optional<BinBar> bar);
    void setFont(const QFont &font) { m_font = font; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintMarks(QPainter *painter, const PlotScale &scale) const;

    std::vector<BinBar> m_bars;
    QList<QColor> m_colors;
    QList<ScaleMark> m_marks;
    std::optional<BinBar> m_marked;
    QFont m_font;
};

} // namespace kt
