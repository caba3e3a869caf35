#include "ui/MainWindow.h"

#include "ui/LegendStrip.h"

#include "core/DayDate.h"
#include "core/InputError.h"
#include "store/EventCorrections.h"
#include "store/EventStore.h"
#include "store/StoreError.h"
#include "ui/Application.h"
#include "ui/ChartRenderer.h"
#include "ui/CorrectionActions.h"
#include "ui/EventDetails.h"
#include "ui/EventTable.h"
#include "ui/EventTableModel.h"
#include "ui/FilterChips.h"
#include "ui/FilterPanel.h"
#include "ui/LegendStrip.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include "extract/Gazetteer.h"
#include "io/EventExport.h"
#include "io/FileImport.h"
#include "store/SavedViews.h"
#include "ui/ExportDialog.h"
#include "ui/FactionEditor.h"
#include "ui/ImportDialog.h"
#include "ui/PasteArticleDialog.h"
#include "ui/SavedViewsDialog.h"
#include "ui/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <tuple>

namespace kt {

MainWindow::MainWindow(EventStore &store, OffThreadReads offThread, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_catalog(store.factionCatalog())
    , m_query(store, store.largestEventId() >= offThread.indexFrom ? ViewportQuery::Load::Later
                                                                   : ViewportQuery::Load::Now)
    , m_reader(store.path(),
               store.isReadOnly() ? EventStore::Access::ReadOnly : EventStore::Access::ReadWrite, m_catalog)
    , m_chart(new TimelineChart(m_catalog))
    , m_view(new TimelineView(m_chart, &m_state, this))
    , m_legend(new LegendStrip(this))
    , m_filterPanel(new FilterPanel(m_catalog, this))
    , m_chips(new FilterChips(this))
    , m_table(new EventTable(this))
    , m_details(new EventDetails(m_catalog, this))
    , m_corrections(new CorrectionActions(
          store, m_catalog,
          [this] {
              return m_table->selectedEventIds().isEmpty() && m_state.selectedEvent() != 0
                         ? QList<std::int64_t>{m_state.selectedEvent()}
                         : m_table->selectedEventIds();
          },
          [this](std::int64_t id) {
              std::optional<Event> event;
              guarded([&] { event = m_query.event(id); });
              return event;
          },
          this)) {
    m_offThread = offThread;
    setWindowTitle(tr("kidal-timeline \u2014 %1").arg(m_store.path()));
    // The key under the timeline wraps onto more lines in a narrow window; the chart's own stays hidden.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_chips);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_legend);
    setCentralWidget(centre);
    connect(m_chart, &TimelineChart::legendChanged, this, &MainWindow::updateLegend);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addWidget(m_summary, 1); // hidden while a message shows
    m_readingBar = new QProgressBar(this);
    m_readingBar->setRange(0, 0); // busy, for as long as it takes
    m_readingBar->setMaximumWidth(160);
    m_readingBar->setAccessibleName(tr("Reading the store"));
    m_readingBar->hide();
    statusBar()->addPermanentWidget(m_readingBar);

    auto *filters = new QDockWidget(tr("Filter"), this);
    filters->setObjectName(QStringLiteral("filters"));
    filters->setWidget(m_filterPanel);
    filters->setMinimumWidth(280);
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
    m_table->model()->setLoader([this](const std::vector<std::int64_t> &ids) { return m_query.events(ids); });
    connect(m_table, &EventTable::failed, this, &MainWindow::reportError);

    createFileMenu();
    createEditMenu();
    QToolBar *toolbar = createViewMenu(m_exportAction);
    auto *history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("history"));
    auto *undoView = new QUndoView(m_corrections->undoStack(), history);
    undoView->setEmptyLabel(tr("<as opened>"));
    history->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    for (QDockWidget *dock : {filters, details, table, history})
        m_panels->addAction(dock->toggleViewAction());
    m_panels->addAction(toolbar->toggleViewAction());
    createHelpMenu();
    setAcceptDrops(true);
    m_view->setAcceptDrops(false); // files dropped on the chart go to the window
    // Tab walks the window as it reads: the factions (list, All, None), the chart, the table (its find box,
    // then its rows), the details.
    QList<QWidget *> chain{m_filterPanel->focusProxy()};
    for (QPushButton *button : m_filterPanel->findChildren<QPushButton *>())
        chain << button;
    chain << m_view << m_table->focusProxy() << m_table->view() << m_details;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));

    connect(&m_state, &ViewState::windowChanged, this, [this] { refresh(); });
    // A wider or narrower plot holds more or fewer bars.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (m_bins && !m_refreshing)
            refresh();
    });
    connect(&m_state, &ViewState::filterChanged, this, [this] {
        m_filterPanel->setFilter(m_state.filter());
        m_chips->setFilter(m_state.filter());
        applyFilter();
        updateLegend();
    });
    connect(&m_state, &ViewState::selectionChanged, this, &MainWindow::showSelection);
    connect(m_filterPanel, &FilterPanel::filterChanged, &m_state,
            [this](const Filter &filter) { m_state.setFilter(filter); });
    connect(m_chips, &FilterChips::filterChanged, &m_state,
            [this](const Filter &filter) { m_state.setFilter(filter); });
    // "Use current zoom": the days the window shows become the date range.
    connect(m_filterPanel, &FilterPanel::currentZoomRequested, this, [this] {
        const ViewState::Window window = m_state.window();
        Filter filter = m_state.filter();
        filter.from = static_cast<Day>(std::floor(DayDate::msecsToDays(window.start)));
        filter.to = static_cast<Day>(std::ceil(DayDate::msecsToDays(window.end))) - 1;
        m_state.setFilter(filter);
    });
    connect(m_details, &EventDetails::eventLinkActivated, &m_state, &ViewState::select);
    m_detailsSlow.setSingleShot(true);
    m_detailsSlow.setInterval(150);
    connect(&m_detailsSlow, &QTimer::timeout, m_details, &EventDetails::setReading);
    connect(&m_detailsWatcher, &QFutureWatcherBase::finished, this, &MainWindow::detailsRead);
    m_filterSlow.setSingleShot(true);
    m_filterSlow.setInterval(150);
    connect(&m_filterSlow, &QTimer::timeout, this, [this] {
        statusBar()->showMessage(
            tr("Filtering %1 events\u2026")
                .arg(QLocale().toString(static_cast<qlonglong>(m_query.index().size()))));
    });
    connect(&m_filterWatcher, &QFutureWatcherBase::finished, this, &MainWindow::filterSelected);
    connect(&m_indexWatcher, &QFutureWatcherBase::finished, this, &MainWindow::indexRead);

    if (Application *application = Application::instance())
        connect(application, &Application::errorCaught, this, &MainWindow::reportError);
    if (m_store.isReadOnly())
        setWindowTitle(windowTitle() + tr(" (read-only)"));
    m_view->viewport()->installEventFilter(this); // the first paint (eventFilter)
    if (m_query.awaitsIndex())                    // a large store: decided when m_query was made
        readIndex();
    else
        guarded([this] { showStore(); });
    Q_EMIT m_state.historyChanged();
    // A first window fits the screen it opens on (at 200 % a 1600-pixel-wide screen is 800 wide).
    QSize size(1500, 860);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    const Settings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
}

MainWindow::MainWindow(std::unique_ptr<EventStore> store, QWidget *parent)
    : MainWindow(*store, {}, parent) {
    m_ownedStore = std::move(store);
}

MainWindow::~MainWindow() {
    delete m_import; // waits for its worker, which cancels
}

QMenu *MainWindow::createFileMenu() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New store\u2026"), QKeySequence::New, this, [this] { chooseStore(true); });
    file->addAction(tr("&Open store\u2026"), QKeySequence::Open, this, [this] { chooseStore(false); });
    m_recent = file->addMenu(tr("Open &recent"));
    connect(m_recent, &QMenu::aboutToShow, this, [this] {
        m_recent->clear();
        const QStringList stores = Settings().recentStores();
        for (const QString &path : stores)
            m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { openStore(path); });
        if (stores.isEmpty())
            m_recent->addAction(tr("(none yet)"))->setEnabled(false);
    });
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import\u2026"), this, &MainWindow::chooseImport);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    import->setEnabled(!m_store.isReadOnly());
    import->setToolTip(m_store.isReadOnly() ? tr("This store is read-only") : QString());
    QAction *paste = file->addAction(tr("&Paste article\u2026"), this, &MainWindow::pasteArticle);
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    paste->setEnabled(!m_store.isReadOnly());
    file->addAction(tr("&Factions and actors\u2026"), this, [this] {
        auto *editor = new FactionEditor(m_store, m_catalog, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(editor, &FactionEditor::actorsMapped, this, [this](int moved) {
            guarded([this] { reloadStore(false); });
            statusBar()->showMessage(tr("%1 events moved to their factions").arg(QLocale().toString(moved)));
        });
        // Factions made, renamed or recoloured: the window is made again with them, on the same store.
        connect(editor, &QDialog::finished, this, [this, editor] {
            if (editor->factionsChanged())
                QMetaObject::invokeMethod(
                    this, [this] { openStore(m_store.path()); }, Qt::QueuedConnection);
        });
        editor->open();
    });
    m_exportAction = file->addAction(tr("&Export picture\u2026"), this, &MainWindow::exportPicture);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export e&vents\u2026"), this, &MainWindow::chooseEventsExport)
        ->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    file->addAction(tr("&Close window"), QKeySequence::Close, this, &QWidget::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    return file;
}

void MainWindow::createEditMenu() {
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_corrections->fillMenu(edit);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->view()->addActions(m_corrections->eventActions());
    connect(m_table->view(), &QAbstractItemView::doubleClicked, this, [this] {
        const QList<QAction *> actions = m_corrections->eventActions();
        if (actions.constFirst()->isEnabled())
            actions.constFirst()->trigger();
    });
    connect(m_table, &EventTable::selectionChanged, m_corrections, &CorrectionActions::updateActions);
    connect(&m_state, &ViewState::selectionChanged, m_corrections, &CorrectionActions::updateActions);
    connect(m_corrections, &CorrectionActions::failed, this, &MainWindow::reportError);
    connect(m_corrections, &CorrectionActions::storeChanged, this, [this] {
        guarded([this] { reloadStore(false); });
        const std::int64_t selected = m_state.selectedEvent();
        std::optional<Event> event;
        if (selected != 0 && guarded([&] { event = m_query.event(selected); }) && !event)
            m_state.select(0); // deleted or merged away
        else
            showSelection(selected);
        m_corrections->updateActions();
        statusBar()->showMessage(m_corrections->undoStack()->undoText().isEmpty()
                                     ? QString()
                                     : tr("Done: %1").arg(m_corrections->undoStack()->undoText()),
                                 5000);
    });
}

QToolBar *MainWindow::createViewMenu(QAction *exportAction) {
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
    createLaneMenu(view);
    createSavedViewsMenu(view);
    m_panels = view->addMenu(tr("P&anels"));
    createLanguageMenu(view);
    toolbar->addActions({back, forward, fit, zoomIn, zoomOut});
    toolbar->addSeparator();
    toolbar->addActions(presets);
    toolbar->addSeparator();
    toolbar->addActions({previous, next, exportAction});
    connect(&m_state, &ViewState::historyChanged, this, [this, back, forward] {
        back->setEnabled(m_state.canGoBack());
        forward->setEnabled(m_state.canGoForward());
    });
    return toolbar;
}

void MainWindow::createLaneMenu(QMenu *view) {
    QMenu *lanes = view->addMenu(tr("&Lanes by"));
    auto *laneModes = new QActionGroup(this);
    m_query.setLaneMode(static_cast<LaneKey>(std::clamp(Settings().laneMode(static_cast<int>(LaneKey::Track)),
                                                        0, static_cast<int>(LaneKey::Place))));
    for (const auto &[label, mode] :
         {std::pair{tr("&Track"), LaneKey::Track}, std::pair{tr("&Faction"), LaneKey::Faction},
          std::pair{tr("Event &type"), LaneKey::Type}, std::pair{tr("&Place"), LaneKey::Place}}) {
        QAction *action = lanes->addAction(label, this, [this, mode = mode] { setLaneMode(mode); });
        action->setCheckable(true);
        action->setChecked(mode == m_query.laneMode());
        laneModes->addAction(action);
        m_laneActions << action;
    }
    m_hideEmptyLanes = view->addAction(tr("&Hide empty lanes"));
    m_hideEmptyLanes->setCheckable(true);
    m_hideEmptyLanes->setChecked(m_query.hidesEmptyLanes());
    connect(m_hideEmptyLanes, &QAction::toggled, this, [this](bool hide) {
        m_query.setHideEmptyLanes(hide);
        m_redraw = true;
        refresh();
    });
    // Bars compare within a lane by default; on one scale, across lanes too.
    QAction *sharedScale = view->addAction(tr("Bars on &one scale for all lanes"));
    m_sharedBarScale = sharedScale;
    sharedScale->setObjectName(QStringLiteral("sharedBarScale"));
    sharedScale->setCheckable(true);
    connect(sharedScale, &QAction::toggled, this,
            [this](bool shared) { m_chart->setBarScale(shared ? BarScale::Shared : BarScale::PerLane); });
}

void MainWindow::setLaneMode(LaneKey mode) {
    m_laneActions.value(static_cast<int>(mode))->setChecked(true);
    if (mode == m_query.laneMode())
        return;
    m_query.setLaneMode(mode);
    Settings().setLaneMode(static_cast<int>(mode));
    m_redraw = true;
    refresh();
}

void MainWindow::createLanguageMenu(QMenu *view) {
    QMenu *languages = view->addMenu(tr("Lan&guage"));
    auto *group = new QActionGroup(this);
    const QString current = Settings().language();
    for (const auto &[label, code] :
         {std::pair{tr("&System"), QString()}, std::pair{QStringLiteral("&English"), QStringLiteral("en")},
          std::pair{QStringLiteral("&Fran\u00e7ais"), QStringLiteral("fr")}}) {
        QAction *action = languages->addAction(label, this, [this, code = code] {
            Settings().setLanguage(code);
            // The window is made again in the new language, on the same store.
            if (Application *application = Application::instance()) {
                application->installTranslations(code);
                openStore(m_store.path());
            }
        });
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }
}

void MainWindow::createHelpMenu() {
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About kidal-timeline"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    Settings().setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

// Files that import reads, dropped from a file manager: imported as File → Import does.
void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool importable = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.isLocalFile() &&
               QDir::match(FileImport::nameFilters(), QFileInfo(url.toLocalFile()).fileName());
    });
    if (importable && !m_store.isReadOnly())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        files << url.toLocalFile();
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::chooseStore(bool create) {
    const QString folder = QFileInfo(m_store.path()).absolutePath();
    const QString filter = tr("Event stores (*.sqlite *.db);;All files (*)");
    const QString path =
        create
            ? QFileDialog::getSaveFileName(this, tr("New store"), folder + QStringLiteral("/timeline.sqlite"),
                                           filter, nullptr, QFileDialog::DontConfirmOverwrite)
            : QFileDialog::getOpenFileName(this, tr("Open store"), folder, filter);
    if (!path.isEmpty())
        openStore(path, create);
}

MainWindow *MainWindow::openStore(const QString &path, bool create) {
    std::unique_ptr<EventStore> store;
    try {
        // An existing file is opened, never replaced: a "new" store at its path shows what it holds.
        store = create && !QFileInfo::exists(path)
                    ? std::make_unique<EventStore>(path, EventStore::Access::Create)
                    : EventStore::openForViewing(path);
    } catch (const StoreError &error) {
        reportError(QString::fromStdString(error.what()));
        return nullptr;
    }
    Settings().addRecentStore(path);
    Settings().setWindow(saveGeometry(), saveState());
    auto *window = new MainWindow(std::move(store));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
    return window;
}

void MainWindow::chooseImport() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import into %1").arg(QFileInfo(m_store.path()).fileName()), QString(),
        tr("Articles and datasets (%1);;Articles (*.txt *.md);;ACLED or UCDP exports (*.csv);;"
           "ACLED API answers or events JSON (*.json)")
            .arg(FileImport::nameFilters().join(QLatin1Char(' '))));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::pasteArticle() {
    auto *dialog = new PasteArticleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Kept where the user's data is, so that the store's document points at a file that stays.
        const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/pasted"));
        folder.mkpath(QStringLiteral("."));
        QString path = folder.filePath(dialog->fileName());
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = folder.filePath(QFileInfo(dialog->fileName()).completeBaseName() +
                                   QStringLiteral("-%1.md").arg(n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(dialog->articleText().toUtf8()) < 0) {
            reportError(tr("%1: cannot save the pasted article: %2").arg(path, file.errorString()));
            return;
        }
        file.close();
        importFiles({path});
    });
    dialog->open();
}

void MainWindow::importFiles(const QStringList &files, bool skipBadRows) {
    if (m_store.isReadOnly()) {
        reportError(tr("%1 is read-only: nothing can be imported into it. Open or make another store "
                       "(File \u2192 New store).")
                        .arg(m_store.path()));
        return;
    }
    if (m_import) {
        statusBar()->showMessage(tr("An import is running: wait for it, or cancel it."), 5000);
        return;
    }
    m_import = new ImportDialog(m_store.path(), files, skipBadRows, this);
    connect(m_import, &ImportDialog::imported, this, [this](const FileImport::Result &result) {
        const QString report = ImportDialog::reportText(result);
        importEnded();
        guarded([this] { reloadStore(true); });
        statusBar()->showMessage(
            tr("Imported: %1 events added").arg(QLocale().toString(result.eventsAdded())));
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import"), tr("The import is done."),
                                    QMessageBox::Ok, this);
        box->setInformativeText(report);
        box->setStyleSheet(QStringLiteral("QLabel { min-width: 460px; }")); // one line per file
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT importFinished(true, report);
    });
    connect(m_import, &ImportDialog::failed, this, [this, files](const QString &message, bool badRow) {
        importEnded();
        Q_EMIT importFinished(false, message);
        if (!badRow) {
            reportError(message);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), message, QMessageBox::Cancel, this);
        QPushButton *skip = box->addButton(tr("Skip bad rows and import the rest"), QMessageBox::AcceptRole);
        box->setInformativeText(tr("Nothing was imported. The rows that cannot be read can be skipped; the "
                                   "report lists each one with its line."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(skip, &QPushButton::clicked, this, [this, files] { importFiles(files, true); });
        box->open();
    });
    m_import->start();
}

void MainWindow::importEnded() {
    m_import->deleteLater();
    m_import = nullptr;
}

void MainWindow::reloadStore(bool fit) {
    StoreReader::supersede(*m_indexTicket); // an index still being read at opening is older than this one
    m_readingBar->hide();
    m_store.reloadNames(); // an import wrote through its own connection
    m_query.reload();
    m_filterPanel->setChoices(m_store.trackNames(), m_store.eventTypes());
    const auto [start, end] = m_query.fitWindow();
    m_state.setDataRange(start, end);
    if (fit)
        m_state.fit();
    applyFilter();
}

void MainWindow::showShortcuts() {
    QStringList rows;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         action->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    rows.removeDuplicates();
    rows << tr("<tr><td><b>Wheel</b></td><td>Zoom around the pointer</td></tr>")
         << tr("<tr><td><b>Drag</b></td><td>Pan</td></tr>")
         << tr("<tr><td><b>Home</b></td><td>Fit all</td></tr>")
         << tr("<tr><td><b>Click</b></td><td>Select an event, or zoom into a bar</td></tr>");
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                QStringLiteral("<table cellspacing=4>%1</table>").arg(rows.join(QString())),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About kidal-timeline"),
        tr("<h3>kidal-timeline %1</h3>"
           "<p>A zoomable timeline of the war in northern Mali, from news reports and conflict datasets.</p>"
           "<p>Built with Qt %2 (LGPL v3) and SQLite %3 (public domain).</p>"
           "<p>Data: ACLED, the Armed Conflict Location &amp; Event Data Project (acleddata.com), used under "
           "its terms of use; UCDP Georeferenced Event Dataset, Uppsala Conflict Data Program (ucdp.uu.se), "
           "CC BY 4.0. News articles belong to their publishers.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(sqlite3_libversion())));
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
    m_errorInStatus = true;
    if (message == m_lastError)
        return; // already shown; the status bar keeps it
    m_lastError = message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("kidal-timeline"), message, QMessageBox::Ok, this);
    box->setInformativeText(tr("The window shows what it showed before. Nothing in the store was changed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the application: the window stays usable
}

void MainWindow::readIndex() {
    m_indexWatcher.setFuture(
        m_reader.read<std::shared_ptr<const EventIndex>>(m_indexTicket, [](EventStore &store) {
            return std::make_shared<const EventIndex>(store.loadIndex());
        }));
    updateStatus();
    m_readingBar->show();
}

void MainWindow::indexRead() {
    m_readingBar->hide();
    const StoreReader::Result<std::shared_ptr<const EventIndex>> result = m_indexWatcher.result();
    if (!result.error.isEmpty()) {
        m_indexFailed = true;
        updateStatus();
        reportError(result.error);
        return;
    }
    if (!result.value) // superseded by a reload, which read it on the GUI thread
        return;
    m_query.setIndex(*result.value);
    guarded([this] { showStore(); });
}

void MainWindow::showStore() {
    // m_query read the index when it was made, or was given it: this only shows it.
    m_storeShown = true;
    m_filterPanel->setChoices(m_store.trackNames(), m_store.eventTypes());
    const auto [start, end] = m_query.fitWindow();
    m_state.setDataRange(start, end);
    m_state.fit();          // the same view as Home; the chart follows through windowChanged
    m_state.clearHistory(); // Back starts from this view, not from before the data was loaded
    applyFilter();
}

void MainWindow::updateLegend() {
    // The key says what a colour means, and how the factions are filtered.
    QList<LegendStrip::Entry> entries{
        {QPixmap(), m_state.filter().factionRole == FactionRole::Initiator
                        ? tr("Colour: the side that acted \u00b7 factions filtered as the side that acted")
                        : tr("Colour: the side that acted \u00b7 factions filtered in any role")}};
    entries += m_chart->legendEntries();
    m_legend->setEntries(entries);
}

void MainWindow::applyFilter() {
    if (m_query.index().size() >= m_offThread.selectionFrom && !m_query.hasSelected(m_state.filter())) {
        selectFiltered();
        return;
    }
    StoreReader::supersede(*m_filterTicket); // a large index's selection under way is for an older filter
    m_selecting = false;
    m_query.setFilter(m_state.filter());
    showFiltered();
}

void MainWindow::selectFiltered() {
    const ViewportQuery::SelectionRequest request = m_query.selectionRequest(m_state.filter());
    m_filterWatcher.setFuture(
        m_reader.read<ViewportQuery::Selection>(m_filterTicket, [request](EventStore &store) {
            ViewportQuery::Selection selection = ViewportQuery::select(request, store);
            selection.rows->factionCounts(); // counted here rather than on the GUI thread
            return selection;
        }));
    m_selecting = true;
    m_filterSlow.start();
}

void MainWindow::filterSelected() {
    m_selecting = false;
    m_filterSlow.stop();
    statusBar()->clearMessage();
    const StoreReader::Result<ViewportQuery::Selection> result = m_filterWatcher.result();
    if (!result.error.isEmpty()) {
        reportError(result.error);
        return;
    }
    if (!result.value) // superseded: a newer selection follows
        return;
    if (!m_query.setSelection(*result.value)) {
        selectFiltered(); // the store was read again meanwhile: select over its new index
        return;
    }
    showFiltered();
}

void MainWindow::showFiltered() {
    // The counts under the other criteria once the chart is drawn: counting by faction makes the index's
    // bitmaps the first time, tens of milliseconds on a million events that the first picture need not wait
    // for (see eventFilter).
    if (m_painted)
        QTimer::singleShot(0, this, &MainWindow::updateCounts);
    m_redraw = true; // the same ids may now be other events' neighbours, or none may pass: draw afresh
    refresh();
}

void MainWindow::updateCounts() {
    guarded([this] { m_filterPanel->setCounts(m_query.factionCounts()); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (!m_painted && m_storeShown && watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_painted = true; // the first picture is on its way: now the filter panel's counts
        m_view->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::updateCounts);
    }
    return QMainWindow::eventFilter(watched, event);
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
        m_redraw = false;
        m_bins = std::move(frame.bins);
        m_chart->setWindow(window.start, window.end, false); // setBins lays the chart out
        m_chart->setBins(*m_bins, m_query.lanes(), m_query.index().factionNames);
        markSelectedBar();
        m_table->showWindow(m_query.tableRequest(window.start, window.end));
    } else {
        const bool sameEvents = !m_bins && frame.events.size() == m_visible.size() &&
                                std::equal(frame.events.cbegin(), frame.events.cend(), m_visible.cbegin(),
                                           [](const Event &a, const Event &b) { return a.id == b.id; });
        m_bins.reset();
        const bool redraw = m_redraw || !sameEvents || m_chart->showsBins();
        m_chart->setWindow(window.start, window.end, !redraw); // else setEvents lays the chart out
        if (redraw) {
            m_redraw = false;
            m_visible = std::move(frame.events);
            m_chart->setEvents(m_visible, m_query.lanes(), m_query.lanesOf(m_visible));
            m_chart->setSelected(m_state.selectedEvent());
            m_table->showWindow(m_query.tableRequest(window.start, window.end));
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
    } else { // the first or last event in view, at any scale
        const ViewState::Window window = m_state.window();
        target = m_query.firstInWindow(window.start, window.end, direction);
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

void MainWindow::markSelectedBar() {
    const std::int64_t selected = m_state.selectedEvent();
    std::optional<ViewportQuery::BarPlace> place;
    if (m_bins && selected != 0)
        guarded([&] { place = m_query.barOf(selected); });
    m_chart->setSelectedBar(place);
}

void MainWindow::showSelection(std::int64_t eventId) {
    m_chart->setSelected(eventId);
    markSelectedBar();
    m_table->select(eventId);
    readDetails(eventId);
}

void MainWindow::readDetails(std::int64_t eventId) {
    m_detailsSlow.stop();
    if (eventId == 0) {
        StoreReader::supersede(*m_detailsTicket);
        m_details->setRecord(std::nullopt);
        return;
    }
    m_detailsWatcher.setFuture(m_reader.read<std::optional<EventRecord>>(
        m_detailsTicket, [eventId](EventStore &store) { return EventRecord::read(store, eventId); }));
    m_detailsSlow.start();
}

void MainWindow::detailsRead() {
    m_detailsSlow.stop();
    const StoreReader::Result<std::optional<EventRecord>> result = m_detailsWatcher.result();
    if (!result.error.isEmpty()) {
        m_details->setRecord(std::nullopt);
        reportError(result.error);
        return;
    }
    if (result.value) // else superseded: a newer read follows
        m_details->setRecord(*result.value);
}

void MainWindow::updateStatus() {
    if (!m_storeShown) {
        m_summary->setText(m_indexFailed ? tr("The store could not be read.")
                                         : tr("Reading the store\u2026"));
        return;
    }
    const QString filter = m_state.filter().describe();
    const QLocale locale;  // the language of the window (QLocale::setDefault)
    if (m_errorInStatus) { // the view is drawn again: the error is over
        m_errorInStatus = false;
        statusBar()->clearMessage();
    }
    // A label (repainted with the rest of the window) rather than a message (repainted at once).
    m_summary->setText(
        tr("%1 of %2 events in view%3%4 \u00b7 wheel: zoom \u00b7 drag: pan \u00b7 Home: fit")
            .arg(locale.toString(m_shown), locale.toString(static_cast<qlonglong>(m_query.index().size())))
            .arg(m_bins ? tr(" (as bars)") : QString())
            .arg(filter.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + filter));
}

RenderRequest MainWindow::renderRequest(QSize size) {
    const ViewState::Window window = m_state.window();
    RenderRequest request =
        ChartRenderer::requestFor(m_store, m_query, window.start, window.end, m_viewTitle, size);
    request.barScale = m_chart->barScale(); // as the window shows them
    return request;
}

QString MainWindow::exportTo(const QString &path, const QString &title, QSize size) {
    RenderRequest request = renderRequest(size);
    request.title = title;
    return ChartRenderer::save(path, request, m_catalog);
}

QString MainWindow::exportEvents(const QString &path) {
    // The events of the chart and the table: the filters, and the days the window shows.
    const SavedView view = currentView();
    Filter filter = view.filter;
    const Day first = static_cast<Day>(std::floor(DayDate::msecsToDays(view.startMsecs)));
    const Day last = static_cast<Day>(std::ceil(DayDate::msecsToDays(view.endMsecs))) - 1;
    filter.from = std::max(filter.from.value_or(first), first);
    filter.to = std::min(filter.to.value_or(last), last);
    // Written in a worker on a connection of its own, so that the window keeps painting; a progress dialog
    // (shown after half a second) cancels it, leaving any earlier file as it was.
    const QString storePath = m_store.path();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<std::pair<qint64, QString>> watcher;
    QProgressDialog progress(tr("Writing the events to %1\u2026").arg(QDir::toNativeSeparators(path)),
                             tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    // Cancelling stops the worker at its next row or SQLite step; the dialog stays until it has.
    connect(&progress, &QProgressDialog::canceled, this, [cancelled, &progress] {
        *cancelled = true;
        progress.setLabelText(tr("Cancelling\u2026"));
        progress.setCancelButton(nullptr);
        progress.show();
    });
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([storePath, filter, path, cancelled]() -> std::pair<qint64, QString> {
        try {
            EventStore store(storePath, EventStore::Access::ReadOnly);
            store.interruptWhen([cancelled] { return cancelled->load(); });
            return {EventExport::write(store, filter, EventExport::formatOf(path), Gazetteer::bundled(), path,
                                       [cancelled] { return cancelled->load(); }),
                    QString()};
        } catch (const std::exception &error) {
            if (cancelled->load())
                return {-1, QString()}; // interrupted: cancelled, nothing written
            return {-1, QString::fromStdString(error.what())};
        }
    }));
    loop.exec();
    progress.reset();
    const auto [count, error] = watcher.result();
    if (!error.isEmpty())
        return error;
    statusBar()->showMessage(count < 0 ? tr("Export of the events cancelled: nothing was written")
                                       : tr("%1 events written to %2").arg(QLocale().toString(count), path),
                             5000);
    return {};
}

SavedView MainWindow::currentView() const {
    SavedView view;
    view.name = m_viewName;
    view.filter = m_state.filter();
    view.startMsecs = m_state.window().start;
    view.endMsecs = m_state.window().end;
    view.lanes = m_query.laneMode();
    view.hideEmptyLanes = m_query.hidesEmptyLanes();
    view.barScale = m_chart->barScale();
    view.title = m_viewTitle;
    return view;
}

void MainWindow::openView(const SavedView &view) {
    m_viewName = view.name;
    m_viewTitle = view.title;
    m_hideEmptyLanes->setChecked(view.hideEmptyLanes);               // toggled: the query follows
    m_sharedBarScale->setChecked(view.barScale == BarScale::Shared); // toggled: the chart follows
    setLaneMode(view.lanes);
    m_state.show(view.startMsecs, view.endMsecs, view.filter);
    statusBar()->showMessage(tr("View \u201c%1\u201d").arg(view.name), 5000);
}

QString MainWindow::saveView(const QString &name, const QString &title) {
    SavedView view = currentView();
    view.name = name;
    view.title = title;
    try {
        SavedViews(m_store).save(view);
    } catch (const StoreError &error) {
        return QString::fromStdString(error.what());
    }
    m_viewName = name.simplified();
    m_viewTitle = title;
    return {};
}

void MainWindow::askToSaveView() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save view"),
                              tr("Name of the view (its filters, time window, lanes and title):"),
                              QLineEdit::Normal, m_viewName, &ok)
            .simplified();
    if (!ok || name.isEmpty())
        return;
    bool exists = false;
    if (!guarded([&] { exists = SavedViews(m_store).find(name).has_value(); }))
        return;
    if (exists &&
        QMessageBox::question(this, tr("Save view"),
                              tr("A view \u201c%1\u201d exists. Replace it with this one?").arg(name)) !=
            QMessageBox::Yes)
        return;
    if (const QString error = saveView(name, m_viewTitle); !error.isEmpty())
        reportError(error);
    else
        statusBar()->showMessage(tr("View saved as \u201c%1\u201d").arg(name), 5000);
}

void MainWindow::createSavedViewsMenu(QMenu *view) {
    m_savedViews = view->addMenu(tr("&Saved views"));
    connect(m_savedViews, &QMenu::aboutToShow, this, [this] {
        m_savedViews->clear();
        QAction *save = m_savedViews->addAction(tr("&Save view\u2026"), this, &MainWindow::askToSaveView);
        save->setEnabled(!m_store.isReadOnly());
        m_savedViews->addAction(tr("&Manage views\u2026"), this, [this] {
            auto *dialog = new SavedViewsDialog(m_store, m_query.factionsPresent(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &SavedViewsDialog::openRequested, this, &MainWindow::openView);
            dialog->open();
        });
        m_savedViews->addSeparator();
        QList<SavedView> views;
        guarded([&] { views = SavedViews(m_store).list(); });
        for (const SavedView &saved : std::as_const(views))
            m_savedViews->addAction(saved.name, this, [this, saved] { openView(saved); })
                ->setToolTip(SavedViewsDialog::describe(saved, m_query.factionsPresent()));
        if (views.isEmpty())
            m_savedViews->addAction(tr("(none yet)"))->setEnabled(false);
    });
}

void MainWindow::chooseEventsExport() {
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the events"),
        QDir(Settings().exportChoice().folder).filePath(QStringLiteral("events.csv")),
        tr("ACLED CSV (*.csv);;Events JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (QFileInfo(path).suffix().isEmpty())
        chosen += filter.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (const QString error = exportEvents(chosen); !error.isEmpty())
        QMessageBox::warning(this, tr("Export the events"), error);
}

void MainWindow::exportPicture() {
    auto *dialog = new ExportDialog([this](QSize size) { return renderRequest(size); }, m_catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The title the dialog offers: the view's, or the one the data gives (the dialog's request, built once).
    const QString offered = dialog->request().title;
    connect(dialog, &QDialog::accepted, this, [this, dialog, offered] {
        // A title written for this export stays with the view (and a view saved next keeps it).
        if (const QString title = dialog->request().title; title != offered)
            m_viewTitle = title;
        statusBar()->showMessage(tr("Exported to %1").arg(dialog->path()), 5000);
    });
    dialog->open();
}

} // namespace kt
