#include "ui/MainWindow.h"

#include "store/EventStore.h"
#include "ui/ChartRenderer.h"
#include "ui/EventDetails.h"
#include "ui/FilterPanel.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace kt {

namespace {
const QString kDefaultTitle = QStringLiteral("Kidal offensive and MINUSMA withdrawal");
}

MainWindow::MainWindow(EventStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_catalog(store.factionCatalog())
    , m_chart(new TimelineChart(m_catalog))
    , m_view(new TimelineView(m_chart, &m_state, this))
    , m_filterPanel(new FilterPanel(m_catalog, this))
    , m_details(new EventDetails(
          m_catalog, [this](std::int64_t id) { return m_store.document(id); },
          [this](std::int64_t id) -> std::optional<Event> {
              const auto it = m_indexById.constFind(id);
              return it == m_indexById.constEnd() ? std::nullopt : std::optional<Event>(m_all.at(it.value()));
          },
          this)) {
    setWindowTitle(tr("kidal-timeline \u2014 %1").arg(m_store.path()));
    setCentralWidget(m_view);

    auto *filters = new QDockWidget(tr("Filter"), this);
    filters->setObjectName(QStringLiteral("filters"));
    filters->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, filters);
    auto *details = new QDockWidget(tr("Event"), this);
    details->setObjectName(QStringLiteral("details"));
    details->setWidget(m_details);
    details->setMinimumWidth(340);
    addDockWidget(Qt::RightDockWidgetArea, details);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export PNG\u2026"), this, &MainWindow::exportPicture);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigation"));
    QAction *back = view->addAction(tr("&Back"), &m_state, &ViewState::back);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = view->addAction(tr("&Forward"), &m_state, &ViewState::forward);
    forward->setShortcut(QKeySequence::Forward);
    QAction *fit = view->addAction(tr("&Fit all"), &m_state, &ViewState::fit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] {
        m_state.zoomBy(0.5, (m_state.window().start + m_state.window().end) / 2, ViewState::History::NewStep);
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] {
        m_state.zoomBy(2.0, (m_state.window().start + m_state.window().end) / 2, ViewState::History::NewStep);
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    toolbar->addActions({back, forward, fit, zoomIn, zoomOut, exportAction});
    auto syncHistory = [this, back, forward] {
        back->setEnabled(m_state.canGoBack());
        forward->setEnabled(m_state.canGoForward());
    };
    connect(&m_state, &ViewState::historyChanged, this, syncHistory);

    connect(&m_state, &ViewState::windowChanged, this, [this](double start, double end) {
        m_chart->setWindow(start, end);
        updateStatus();
    });
    connect(&m_state, &ViewState::filterChanged, this, [this] {
        m_filterPanel->setCheckedFactions(m_state.filter().factions);
        applyFilter();
    });
    connect(&m_state, &ViewState::selectionChanged, this, &MainWindow::showSelection);
    connect(m_filterPanel, &FilterPanel::factionsChanged, this, [this](const QSet<QString> &factions) {
        Filter filter = m_state.filter();
        filter.factions = factions;
        m_state.setFilter(filter);
    });
    connect(m_details, &EventDetails::eventLinkActivated, &m_state, &ViewState::select);

    reload();
    syncHistory();
    resize(1500, 860);
}

void MainWindow::reload() {
    m_all = m_store.loadEvents();
    m_lanes = m_store.trackNames();
    m_indexById.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        m_indexById.insert(m_all.at(i).id, i);
    m_filterPanel->setEvents(m_all);
    const auto [start, end] = ChartRenderer::fitWindow(m_all);
    m_state.setDataRange(start, end);
    m_state.fit();          // the same view as Home; the chart follows through windowChanged
    m_state.clearHistory(); // Back starts from this view, not from before the data was loaded
    applyFilter();
}

void MainWindow::applyFilter() {
    m_visible.clear();
    for (const Event &event : std::as_const(m_all))
        if (m_state.filter().matches(event))
            m_visible.append(event);
    m_chart->setEvents(m_visible, m_lanes);
    m_chart->setSelected(m_state.selectedEvent());
    updateStatus();
}

void MainWindow::showSelection(std::int64_t eventId) {
    m_chart->setSelected(eventId);
    const auto it = m_indexById.constFind(eventId);
    m_details->setEvent(it == m_indexById.constEnd() ? std::nullopt
                                                     : std::optional<Event>(m_all.at(it.value())));
}

void MainWindow::updateStatus() {
    const QString filter = m_state.filter().describe();
    statusBar()->showMessage(
        tr("%1 of %2 events shown%3 \u00b7 wheel: zoom \u00b7 drag: pan \u00b7 Home: fit")
            .arg(m_visible.size())
            .arg(m_all.size())
            .arg(filter.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + filter));
}

QString MainWindow::exportTo(const QString &path, const QString &title) {
    RenderRequest request;
    request.events = m_visible;
    request.lanes = m_lanes;
    request.startMsecs = m_state.window().start;
    request.endMsecs = m_state.window().end;
    request.title = title;
    request.filterText = m_state.filter().describe();
    return ChartRenderer::save(path, request, m_catalog);
}

void MainWindow::exportPicture() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the timeline"), QStringLiteral("timeline.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Export the timeline"), tr("Title:"),
                                                QLineEdit::Normal, kDefaultTitle, &ok);
    if (!ok)
        return;
    const QString error = exportTo(path, title);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

} // namespace kt
