#pragma once

#include "ui/PlotItem.h"

#include <QBrush>
#include <QFont>
#include <QList>
#include <QPen>
#include <QString>

namespace kt {

// The time axis under the plot: a grid line over the plot at each tick, the axis' line along the plot's
// bottom, a short mark under it and the tick's label centred below. Qt Charts' category axis lays its labels
// out as rich text again at every change of range, which was a tenth of a zoom step; here a change of range
// is one repaint and a new set of ticks one list.
class TimeAxisItem : public PlotItem {
public:
    struct Tick {
        double msecs = 0; // ms since 1970 UTC
        QString label;
    };
    struct Look {
        QFont font;
        QBrush labels;
        QPen line;
        QPen grid;
    };

    TimeAxisItem(QGraphicsItem *parent, std::function<PlotScale()> scale, Look look);

    // Ticks outside the window are not drawn.
    void setTicks(QList<Tick> ticks);
    const QList<Tick> &ticks() const { return m_ticks; }
    const QFont &font() const { return m_look.font; }
    // Room the axis takes under the plot (px): the marks, the labels and a gap.
    double height() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static constexpr double kMarkLength = 5;
    static constexpr double kLabelGap = 3; // between the mark and the label

    QList<Tick> m_ticks;
    Look m_look;
};

} // namespace kt
