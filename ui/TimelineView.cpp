#include "ui/TimelineView.h"

#include <QGraphicsScene>

#include "core/DayDate.h"
#include "core/ViewState.h"
#include "ui/TimelineChart.h"

#include <QGraphicsView>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace kt {

namespace {

QString describeDates(const Event &event) {
    QString text = DayDate::spanText(event.dateStart, event.dateEnd);
    const QString precision[] = {QString(), QString(), TimelineView::tr(" (within about a week)"),
                                 TimelineView::tr(" (within about a month)")};
    text += precision[static_cast<int>(event.precision)];
    return text;
}

QString clusterDescription(const TimelineChart &chart, const TimelineChart::Cluster &cluster) {
    const QList<Event> &events = chart.events();
    Day first = events.at(cluster.members.front()).dateStart;
    Day last = events.at(cluster.members.front()).dateEnd;
    for (const qsizetype i : cluster.members) {
        first = std::min(first, events.at(i).dateStart);
        last = std::max(last, events.at(i).dateEnd);
    }
    return TimelineView::tr("<b>%n more event(s)</b> that do not fit the lane", nullptr,
                            static_cast<int>(cluster.members.size())) +
           QStringLiteral("<br>%1<br>").arg(DayDate::spanText(first, last)) +
           TimelineView::tr("Click to list them.");
}

constexpr qsizetype kClusterMenuRows = 40; // a longer list is the table's work

} // namespace

TimelineView::TimelineView(TimelineChart *chart, ViewState *state, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
    , m_state(state) {
    // Grid, bars and axes are whole pixels: antialiasing them costs a third of a repaint and blurs them. The
    // items that draw curves and slants (marks, whiskers, links) turn it on for themselves.
    setRenderHint(QPainter::Antialiasing, false);
    // A few dozen items that change at every frame: a BSP index of them costs more than it saves.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::NoDrag);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("Events by date, one lane per track, faction, type or place. The wheel or + and "
           "\u2212 zoom, the arrows pan, N and P step through the events, Home shows "
           "them all."));
    viewport()->setAccessibleName(accessibleName());
}

void TimelineView::paintEvent(QPaintEvent *event) {
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // The keyboard focus, in the palette's highlight, around the chart.
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void TimelineView::focusInEvent(QFocusEvent *event) {
    QChartView::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event) {
    QChartView::focusOutEvent(event);
    viewport()->update();
}

QRect TimelineView::bandRect(int x1, int x2) const {
    // The band spans the plot's height: it chooses a time span, never lanes.
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    const QRect area = mapFromScene(plot).boundingRect();
    return QRect(QPoint(std::min(x1, x2), area.top()), QPoint(std::max(x1, x2), area.bottom()));
}

QPointF TimelineView::chartPoint(QPoint viewPoint) const {
    return m_chart->mapFromScene(mapToScene(viewPoint));
}

void TimelineView::mousePressEvent(QMouseEvent *event) {
    // Deliberately not QChartView::mousePressEvent (see the class comment).
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = event->position().toPoint();
        m_pressMsecs = m_chart->msecsAt(chartPoint(m_pressPos));
        // Shift+drag: a band across the lanes that zooms to the span it covers (time only).
        m_banding = event->modifiers().testFlag(Qt::ShiftModifier);
        if (m_banding) {
            if (!m_band)
                m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
            m_band->setGeometry(bandRect(m_pressPos.x(), m_pressPos.x()));
            m_band->show();
        }
        event->accept();
        return;
    }
    // Skips QChartView on purpose (see the class comment).
    QGraphicsView::mousePressEvent(event); // NOLINT(bugprone-parent-virtual-call)
}

void TimelineView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressed && m_banding && (event->buttons() & Qt::LeftButton)) {
        m_band->setGeometry(bandRect(m_pressPos.x(), pos.x()));
        event->accept();
        return;
    }
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            const double now = m_chart->msecsAt(chartPoint(pos));
            m_state->panBy(m_pressMsecs - now, ViewState::History::Merge);
            setCursor(Qt::ClosedHandCursor);
        }
        event->accept();
        return;
    }
    const QString tip = toolTipAt(pos);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        unsetCursor();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        setCursor(Qt::PointingHandCursor);
    }
    QChartView::mouseMoveEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event) {
    if (event->type() != QEvent::ToolTip)
        return QChartView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString tip = toolTipAt(help->pos());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, this);
    return true;
}

QString TimelineView::toolTipAt(QPoint viewPoint) const {
    const QPointF at = chartPoint(viewPoint);
    if (const auto bin = m_chart->binAt(at))
        return m_chart->binDescription(bin->first, bin->second);
    if (const auto cluster = m_chart->clusterAt(at))
        return clusterDescription(*m_chart, m_chart->clusters().at(*cluster));
    const auto index = m_chart->eventAt(at);
    if (!index)
        return {};
    const Event &hit = m_chart->events().at(*index);
    QString tip = QStringLiteral("<b>%1</b><br>%2<br>%3")
                      .arg(eventTitle(hit).toHtmlEscaped(), describeDates(hit),
                           hit.factions.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!hit.claimedBy.isEmpty())
        tip += QStringLiteral("<br>claimed by %1").arg(hit.claimedBy.toHtmlEscaped());
    return tip;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && m_pressed && m_banding) {
        m_pressed = false;
        m_banding = false;
        m_band->hide();
        const int x = event->position().toPoint().x();
        if (std::abs(x - m_pressPos.x()) > 4) {
            const double a = m_chart->msecsAt(chartPoint(m_pressPos));
            const double b = m_chart->msecsAt(chartPoint(QPoint(x, m_pressPos.y())));
            m_state->setWindow(std::min(a, b), std::max(a, b), ViewState::History::NewStep);
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            m_state->commit(); // one drag, one step back
            unsetCursor();
        } else if (const auto bin = m_chart->binAt(chartPoint(event->position().toPoint()))) {
            // A bar zooms to its days, with a little room either side.
            const LaneBins &bins = m_chart->bins();
            const double start = static_cast<double>(DayDate::toMsecs(bins.binStart(bin->second)));
            const double end =
                static_cast<double>(DayDate::toMsecs(bins.binStart(bin->second) + bins.binDays));
            const double margin = (end - start) * 0.1;
            m_state->setWindow(start - margin, end + margin, ViewState::History::NewStep);
        } else if (const auto cluster = m_chart->clusterAt(chartPoint(event->position().toPoint()))) {
            showCluster(*cluster, event->globalPosition().toPoint());
        } else if (const auto index = m_chart->eventAt(chartPoint(event->position().toPoint()))) {
            m_state->select(m_chart->events().at(*index).id);
        } else {
            m_state->select(0);
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimelineView::showCluster(qsizetype cluster, QPoint globalPos) {
    // The cluster's events, in time order: picking one selects it (details, table, ring on the "+N"). A
    // popup, not exec(): no event loop of its own, the window goes on (and the click returns).
    const TimelineChart::Cluster &members = m_chart->clusters().at(cluster);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (qsizetype k = 0; k < members.members.size() && k < kClusterMenuRows; ++k) {
        const Event &event = m_chart->events().at(members.members.at(k));
        QAction *action =
            menu->addAction(QStringLiteral("%1 \u2014 %2").arg(describeDates(event), eventTitle(event)));
        action->setData(QVariant::fromValue<qint64>(event.id));
        action->setCheckable(true);
        action->setChecked(event.id == m_state->selectedEvent());
    }
    if (members.members.size() > kClusterMenuRows) {
        menu->addSeparator();
        menu->addAction(tr("%n more: zoom in, or see the table of events", nullptr,
                           static_cast<int>(members.members.size() - kClusterMenuRows)))
            ->setEnabled(false);
    }
    connect(menu, &QMenu::triggered, this, [this](const QAction *chosen) {
        if (chosen->data().isValid())
            m_state->select(chosen->data().value<qint64>());
    });
    menu->popup(globalPos);
}

void TimelineView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const double anchor = m_chart->msecsAt(chartPoint(event->position().toPoint()));
    m_state->zoomBy(std::pow(0.8, steps), anchor, ViewState::History::Merge);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event) {
    const ViewState::Window window = m_state->window();
    const double centre = (window.start + window.end) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_state->zoomBy(0.5, centre, ViewState::History::NewStep);
        break;
    case Qt::Key_Minus:
        m_state->zoomBy(2.0, centre, ViewState::History::NewStep);
        break;
    case Qt::Key_Left:
        m_state->panBy(-window.span() / 5, ViewState::History::Merge);
        break;
    case Qt::Key_Right:
        m_state->panBy(window.span() / 5, ViewState::History::Merge);
        break;
    case Qt::Key_Home:
        m_state->fit();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    m_chart->setWindow(m_state->window().start, m_state->window().end);
}

} // namespace kt
