#pragma once

#include <QChartView>

#include <cstdint>

class QRubberBand;

namespace kt {

class TimelineChart;
class ViewState;

// The chart's view: wheel zoom centred on the cursor, drag to pan, click to select, hover for a tooltip.
// Mouse presses never reach QChartView::mousePressEvent, which in Qt 6.4 dereferences itemAt() without a
// null check and crashes on a press where no item lies.
class TimelineView : public QChartView {
    Q_OBJECT
public:
    TimelineView(TimelineChart *chart, ViewState *state, QWidget *parent = nullptr);

    TimelineChart *timeline() const { return m_chart; }

protected:
    // Qt asks for a tooltip (QEvent::ToolTip) once the pointer rests; QGraphicsView would pass it to the
    // scene, whose items have none, and the scene would hide the one shown on hover. Answered here.
    bool viewportEvent(QEvent *event) override;
    // A frame in the palette's highlight while the chart has the keyboard focus.
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointF chartPoint(QPoint viewPoint) const;
    // The tooltip for what lies under a point of the view (a bar's breakdown, an event), empty for none.
    QString toolTipAt(QPoint viewPoint) const;
    QRect bandRect(int x1, int x2) const;
    // A menu of a "+N" cluster's events; the one picked is selected.
    void showCluster(qsizetype cluster, QPoint globalPos);

    TimelineChart *m_chart;
    ViewState *m_state;
    QPoint m_pressPos;
    double m_pressMsecs = 0;
    bool m_dragging = false;
    bool m_pressed = false;
    bool m_banding = false;
    QRubberBand *m_band = nullptr;
};

} // namespace kt
