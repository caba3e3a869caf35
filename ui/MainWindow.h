#pragma once

#include "core/FactionCatalog.h"
#include "core/SavedView.h"
#include "core/ViewState.h"
#include "core/data.h"
#include "ui/ChartRenderer.h"
#include "view/EventRecord.h"
#include "view/StoreReader.h"
#include "view/ViewportQuery.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;

#include <memory>
#include <optional>

namespace kt {

class CorrectionActions;
class EventDetails;
class EventTable;
class EventStore;
class FilterChips;
class FilterPanel;
class ImportDialog;
class LegendStrip;
class TimelineChart;
class TimelineView;

// The program's window: the timeline in the middle, factions on the left, the selected event on the right.
// Files dropped on it or chosen with File → Import are imported in a worker; File → Open and New show
// another store in a new window, which takes this one's place.
// When a window reads off the GUI thread (StoreReader): the index of a store of `indexFrom` events or more
// (its largest id) when it opens, shown empty and busy until then; a filter's rows over an index of
// `selectionFrom` events or more. 0: always (a store on a slow disk; the tests of those paths).
struct OffThreadReads {
    std::int64_t indexFrom = 200'000;
    std::size_t selectionFrom = ViewportQuery::kSelectAtOnce;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Shows a store the caller keeps.
    explicit MainWindow(EventStore &store, OffThreadReads offThread = {}, QWidget *parent = nullptr);
    // Shows a store the window owns (and closes with it).
    explicit MainWindow(std::unique_ptr<EventStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the store at path (made when `create` and it does not exist) in a new window that takes this
    // one's place; returns it, or nothing when the store cannot be opened (said in a dialog).
    MainWindow *openStore(const QString &path, bool create = false);
    // Imports the files in a worker with a progress dialog; the window stays usable and shows the new events
    // when it ends. Refused (said) on a read-only store or while another import runs.
    void importFiles(const QStringList &files, bool skipBadRows = false);
    bool isImporting() const { return m_import != nullptr; }

    TimelineView *timelineView() const { return m_view; }
    LegendStrip *legendStrip() const { return m_legend; }
    ViewState *viewState() { return &m_state; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    EventTable *eventTable() const { return m_table; }
    EventStore &store() const { return m_store; }
    CorrectionActions *corrections() const { return m_corrections; }
    // The events of the store the window knows of (its index).
    qint64 indexedEvents() const { return static_cast<qint64>(m_query.index().size()); }
    // A filter's selection is under way off the GUI thread (until its rows are shown or it is superseded).
    bool isSelecting() const { return m_selecting; }
    // The store's events are shown (at once, or once its index is read).
    bool isStoreShown() const { return m_storeShown; }
    // What File → Export draws of the current view at a layout size: its events or bars for that width,
    // lanes, window, filters, sources and title (the saved view's, else the one the data says). The same
    // request as `export --view` of this view saved (ChartRenderer::requestFor).
    RenderRequest renderRequest(QSize size = {1600, 900});
    // Writes the current view with its title, legend and filters; returns an error message or nothing.
    QString exportTo(const QString &path, const QString &title, QSize size = {1600, 900});
    // Writes the events the filters let through in the current window as ACLED CSV (a path ending in .csv)
    // or events JSON; returns an error message or nothing. A failure leaves an earlier file as it was.
    QString exportEvents(const QString &path);

    // The view shown: filters, window, lanes, title.
    SavedView currentView() const;
    // Shows a saved view: its lanes, filters and window as one step of Back/Forward; its title becomes the
    // export's.
    void openView(const SavedView &view);
    // Keeps the current view in the store under `name` (replacing a view of that name) with `title` (empty:
    // the data's); returns an error message or nothing.
    QString saveView(const QString &name, const QString &title);

Q_SIGNALS:
    // An import ended: whether it wrote anything, and its report or why it failed.
    void importFinished(bool imported, const QString &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QMenu *createFileMenu();
    // Undo, redo and the corrections of events; a history panel.
    void createEditMenu();
    QToolBar *createViewMenu(QAction *exportAction);
    void createLaneMenu(QMenu *view);
    void createLanguageMenu(QMenu *view);
    void createHelpMenu();
    void chooseStore(bool create);
    void chooseImport();
    // The clipboard's text as an article, with its title, source and day, imported as a file would be.
    void pasteArticle();
    void importEnded();
    // Reads the store again after an import (and shows all of it when `fit`) or a change of factions.
    void reloadStore(bool fit);
    void showShortcuts();
    void showAbout();

    // The faction counts, the whole span as the first view, and no history before it.
    void showStore();
    // A large store's index, read off the GUI thread when the window opens; then showStore().
    void readIndex();
    void indexRead();
    void applyFilter();
    // The filter's rows of a large index, selected off the GUI thread; a newer filter supersedes it.
    void selectFiltered();
    void filterSelected();
    // The filter's rows are in use: counts, then the frame.
    void showFiltered();
    void updateLegend();
    void showSelection(std::int64_t eventId);
    // The details of an event, read off the GUI thread; a newer request supersedes it.
    void readDetails(std::int64_t eventId);
    void detailsRead();
    // Selects the next (+1) or previous (-1) event in time order among those the filter lets through.
    void stepSelection(int direction);
    void exportPicture();
    void chooseEventsExport();
    void createSavedViewsMenu(QMenu *view);
    void askToSaveView();
    void setLaneMode(LaneKey mode);
    void updateStatus();

    // Asks the store what the current window shows: markers or bins.
    void refresh();
    void refreshNow();
    // Runs what reads the store; a store fault or bad input is shown (status bar and a dialog) and the
    // window keeps what it showed. Returns whether it ran through.
    template <typename Action> bool guarded(Action &&action);
    void reportError(const QString &message);
    // With bars shown: the selected event's bar is outlined.
    void markSelectedBar();
    // The filter panel's counts per faction under the filter's other criteria.
    void updateCounts();

    std::unique_ptr<EventStore> m_ownedStore; // when the window owns its store
    EventStore &m_store;
    ImportDialog *m_import = nullptr; // the import running, if any
    QAction *m_exportAction = nullptr;
    QMenu *m_recent = nullptr;
    QMenu *m_panels = nullptr;
    QMenu *m_savedViews = nullptr;
    QList<QAction *> m_laneActions; // by LaneKey
    QAction *m_hideEmptyLanes = nullptr;
    QAction *m_sharedBarScale = nullptr; // View → Bars on one scale for all lanes
    QString m_viewTitle;                 // the title of the view opened or exported last; empty: the data's
    QString m_viewName;                  // the saved view opened or saved last
    FactionCatalog m_catalog;
    ViewState m_state;
    ViewportQuery m_query;
    StoreReader m_reader; // the store read off the GUI thread, through its own connection
    std::shared_ptr<StoreReader::Ticket> m_detailsTicket = StoreReader::ticket();
    QFutureWatcher<StoreReader::Result<std::optional<EventRecord>>> m_detailsWatcher;
    QTimer m_detailsSlow; // a read of the details that takes long greys them
    std::shared_ptr<StoreReader::Ticket> m_filterTicket = StoreReader::ticket();
    QFutureWatcher<StoreReader::Result<ViewportQuery::Selection>> m_filterWatcher;
    QTimer m_filterSlow; // a selection that takes long says so in the status bar
    OffThreadReads m_offThread;
    std::shared_ptr<StoreReader::Ticket> m_indexTicket = StoreReader::ticket();
    QFutureWatcher<StoreReader::Result<std::shared_ptr<const EventIndex>>> m_indexWatcher;
    QProgressBar *m_readingBar = nullptr; // busy while the index is read
    bool m_storeShown = false;            // the store's index is in and shown (see isStoreShown)
    bool m_indexFailed = false;           // … or it could not be read
    bool m_selecting = false;             // see isSelecting
    QList<Event> m_visible;               // the events drawn, when markers are shown
    std::optional<LaneBins> m_bins;       // the bins drawn, when too many events are in view
    qint64 m_shown = 0;
    bool m_refreshing = false;
    bool m_painted = false; // the timeline has been painted once
    bool m_redraw = true;   // the filter or the lanes changed: the next frame is drawn even with the same ids
    QLabel *m_summary = nullptr;  // the status bar's "N of M events in view"
    bool m_errorInStatus = false; // the status bar shows an error until the view is drawn again
    QString m_lastError;          // shown in a dialog once, until a different one comes
    TimelineChart *m_chart;
    TimelineView *m_view;
    LegendStrip *m_legend;
    FilterPanel *m_filterPanel;
    FilterChips *m_chips;
    EventTable *m_table;
    EventDetails *m_details;
    CorrectionActions *m_corrections;
};

} // namespace kt
