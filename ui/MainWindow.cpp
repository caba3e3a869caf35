#include "ui/MainWindow.h"

#include "ui/LegendStrip.h"

#include "core/DayDate.h"
#include "core/InputError.h"
#include "store/EventStore.h"
#include "store/StoreError.h"
#include "ui/Application.h"
#include "ui/ChartRenderer.h"
#include "ui/EventDetails.h"
#include "ui/EventTable.h"
#include "ui/FilterPanel.h"
#include "ui/LegendStrip.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <tuple>

namespace kt {

namespace {
const QString kDefaultTitle = QStringLiteral("Kidal offensive and MINUSMA withdrawal");
}

MainWindow::MainWindow(EventStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_catalog(store.factionCatalog())
    , m_query(store)
    , m_chart(new TimelineChart(m_catalog))
    , m_view(new TimelineView(m_chart, &m_state, this))
    , m_legend(new LegendStrip(this))
    , m_filterPanel(new FilterPanel(m_catalog, this))
    , m_table(new EventTable(this))
    , m_details(new EventDetails(
          m_catalog, [this](std::int64_t id) { return m_store.document(id); },
          [this](std::int64_t id) { return m_query.event(id); }, this)) {
    setWindowTitle(tr("kidal-timeline \u2014 %1").arg(m_store.path()));
    // The key under the timeline wraps onto more lines in a narrow window; the chart's own stays hidden.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_legend);
    setCentralWidget(centre);
    m_chart->legend()->setVisible(false);
    connect(m_chart, &TimelineChart::legendChanged, this,
            [this] { m_legend->setEntries(m_chart->legendEntries()); });

    auto *filters = new QDockWidget(tr("Filter"), this);
    filters->setObjectName(QStringLiteral("filters"));
    filters->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, filters);
    auto *details = new QDockWidget(tr("Event"), this);
    details->setObjectName(QStringLiteral("details"));
    details->setWidget(m_details);
    details->setMinimumWidth(340);
    addDockWidget(Qt::RightDockWidgetArea, details);
    auto *table = new QDockWidget(tr("Events in view"), this);
    table->setObjectName(QStringLiteral("table"));
    table->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, table);
    connect(m_table, &EventTable::eventSelected, &m_state, &ViewState::select);

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
    view->addSeparator();
    // Presets: a window of that span around the current centre.
    QList<QAction *> presets;
    for (const auto &[label, days, key] :
         {std::tuple{tr("Day"), 1.0, Qt::Key_1}, std::tuple{tr("Week"), 7.0, Qt::Key_2},
          std::tuple{tr("Month"), 30.5, Qt::Key_3}, std::tuple{tr("Year"), 365.25, Qt::Key_4}}) {
        QAction *preset =
            view->addAction(label, this, [this, days = days] { m_state.showSpan(days * 86'400'000.0); });
        preset->setShortcut(QKeySequence(Qt::CTRL | key));
        presets << preset;
    }
    QAction *all = view->addAction(tr("All"), &m_state, &ViewState::fit);
    presets << all;
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next event"), this, [this] { stepSelection(+1); });
    next->setShortcut(QKeySequence(Qt::Key_N));
    QAction *previous = view->addAction(tr("&Previous event"), this, [this] { stepSelection(-1); });
    previous->setShortcut(QKeySequence(Qt::Key_P));
    QMenu *lanes = view->addMenu(tr("&Lanes by"));
    auto *laneModes = new QActionGroup(this);
    for (const auto &[label, mode] :
         {std::pair{tr("&Track"), LaneKey::Track}, std::pair{tr("&Faction"), LaneKey::Faction},
          std::pair{tr("Event &type"), LaneKey::Type}}) {
        QAction *action = lanes->addAction(label, this, [this, mode = mode] {
            m_query.setLaneMode(mode);
            m_visible.clear();
            refresh();
        });
        action->setCheckable(true);
        action->setChecked(mode == m_query.laneMode());
        laneModes->addAction(action);
    }
    QAction *hideEmpty = view->addAction(tr("&Hide empty lanes"));
    hideEmpty->setCheckable(true);
    hideEmpty->setChecked(m_query.hidesEmptyLanes());
    connect(hideEmpty, &QAction::toggled, this, [this](bool hide) {
        m_query.setHideEmptyLanes(hide);
        m_visible.clear();
        refresh();
    });
    toolbar->addActions({back, forward, fit, zoomIn, zoomOut});
    toolbar->addSeparator();
    toolbar->addActions(presets);
    toolbar->addSeparator();
    toolbar->addActions({previous, next, exportAction});
    auto syncHistory = [this, back, forward] {
        back->setEnabled(m_state.canGoBack());
        forward->setEnabled(m_state.canGoForward());
    };
    connect(&m_state, &ViewState::historyChanged, this, syncHistory);

    connect(&m_state, &ViewState::windowChanged, this, [this] { refresh(); });
    // A wider or narrower plot holds more or fewer bars.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_bins && !m_refreshing)
            refresh();
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

    if (Application *application = Application::instance())
        connect(application, &Application::errorCaught, this, &MainWindow::reportError);
    if (m_store.isReadOnly())
        setWindowTitle(windowTitle() + tr(" (read-only)"));
    guarded([this] { showStore(); });
    syncHistory();
    resize(1500, 860);
}

template <typename Action> bool MainWindow::guarded(Action &&action) {
    try {
        action();
        return true;
    } catch (const StoreError &error) {
        reportError(QString::fromStdString(error.what()));
    } catch (const InputError &error) {
        reportError(QString::fromStdString(error.what()));
    }
    return false;
}

void MainWindow::reportError(const QString &message) {
    m_refreshing = false;
    statusBar()->showMessage(tr("Error: %1").arg(message));
    if (message == m_lastError)
        return; // already shown; the status bar keeps it
    m_lastError = message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("kidal-timeline"), message, QMessageBox::Ok, this);
    box->setInformativeText(tr("The window shows what it showed before. Nothing in the store was changed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the application: the window stays usable
}

void MainWindow::showStore() {
    // m_query read the index when it was made: this only shows it.
    m_filterPanel->setCounts(m_query.factionCounts());
    const auto [start, end] = m_query.fitWindow();
    m_state.setDataRange(start, end);
    m_state.fit();          // the same view as Home; the chart follows through windowChanged
    m_state.clearHistory(); // Back starts from this view, not from before the data was loaded
    applyFilter();
}

void MainWindow::applyFilter() {
    m_query.setFilter(m_state.filter());
    m_visible.clear(); // the same ids may now be other events' neighbours: draw afresh
    refresh();
}

void MainWindow::refresh() {
    guarded([this] { refreshNow(); });
}

void MainWindow::refreshNow() {
    m_refreshing = true;
    const ViewState::Window window = m_state.window();
    // About one bar per six pixels of plot.
    const double plotWidth =
        m_chart->plotArea().width() > 50 ? m_chart->plotArea().width() : m_view->viewport()->width() * 0.75;
    const int targetBins = std::max(20, static_cast<int>(plotWidth / 6));
    ViewportQuery::Frame frame = m_query.query(window.start, window.end, targetBins);
    m_shown = frame.shown;
    if (frame.bins) {
        m_visible.clear();
        m_bins = std::move(frame.bins);
        m_chart->setWindow(window.start, window.end);
        m_chart->setBins(*m_bins, m_query.lanes(), m_query.index().factionNames);
        m_table->setEvents({}, m_shown);
    } else {
        const bool sameEvents = !m_bins && frame.events.size() == m_visible.size() &&
                                std::equal(frame.events.cbegin(), frame.events.cend(), m_visible.cbegin(),
                                           [](const Event &a, const Event &b) { return a.id == b.id; });
        m_bins.reset();
        m_chart->setWindow(window.start, window.end);
        if (!sameEvents || m_chart->showsBins()) {
            m_visible = std::move(frame.events);
            m_chart->setEvents(m_visible, m_query.lanes(), m_query.lanesOf(m_visible));
            m_chart->setSelected(m_state.selectedEvent());
            m_table->setEvents(m_visible);
            m_table->select(m_state.selectedEvent());
        }
    }
    m_refreshing = false;
    updateStatus();
}

void MainWindow::stepSelection(int direction) {
    const std::int64_t current = m_state.selectedEvent();
    std::optional<std::int64_t> target;
    if (current != 0) {
        target = m_query.neighbour(current, direction);
    } else if (!m_visible.isEmpty()) {
        target = direction > 0 ? m_visible.first().id : m_visible.last().id;
    }
    if (!target)
        return;
    m_state.select(*target);
    // Bring it into view when it is outside the window, keeping the zoom.
    std::optional<Event> event;
    if (!guarded([&] { event = m_query.event(*target); }))
        return;
    if (event) {
        const double at = static_cast<double>(
                              DayDate::toMsecs(event->dateStart + (event->dateEnd - event->dateStart) / 2)) +
                          43'200'000.0;
        const ViewState::Window window = m_state.window();
        if (at < window.start || at > window.end)
            m_state.setWindow(at - window.span() / 2, at + window.span() / 2, ViewState::History::NewStep);
    }
}

void MainWindow::showSelection(std::int64_t eventId) {
    m_chart->setSelected(eventId);
    m_table->select(eventId);
    guarded([this, eventId] { m_details->setEvent(eventId == 0 ? std::nullopt : m_query.event(eventId)); });
}

void MainWindow::updateStatus() {
    const QString filter = m_state.filter().describe();
    const QLocale english(QLocale::English);
    statusBar()->showMessage(
        tr("%1 of %2 events in view%3%4 \u00b7 wheel: zoom \u00b7 drag: pan \u00b7 Home: fit")
            .arg(english.toString(m_shown), english.toString(static_cast<qlonglong>(m_query.index().size())))
            .arg(m_bins ? tr(" (as bars)") : QString())
            .arg(filter.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + filter));
}

QString MainWindow::exportTo(const QString &path, const QString &title) {
    RenderRequest request;
    request.events = m_visible;
    request.laneOfEvent = m_query.lanesOf(m_visible);
    request.bins = m_bins;
    request.factionNames = m_query.index().factionNames;
    request.shown = m_shown;
    request.lanes = m_query.lanes();
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
