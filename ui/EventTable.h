#pragma once

#include "core/data.h"
#include "view/TableRows.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace kt {

class EventTableModel;

// Every event in view as a table, at any scale: sorted by date unless a column's header says otherwise,
// with a find box. The rows of a large window are listed on a worker thread (a new window cancels the
// listing under way, whose rows are then never shown) while a busy bar shows; the text of a row is read
// from the store when it scrolls into view. Selecting a row selects the event on the timeline, and the
// timeline's selection selects the row.
class EventTable : public QWidget {
    Q_OBJECT
public:
    // Sorting by a column the index does not hold (title, claimant, sources) and finding text read the
    // events themselves: up to this many.
    static constexpr std::size_t kTextRowsLimit = 20'000;
    // Windows spanning fewer positions of the index are listed at once, on the calling thread.
    static constexpr std::size_t kListAtOnce = 65'536;

    // A moving window's rows are listed this long after it last moved (ms).
    static constexpr int kRestMsecs = 80;

    explicit EventTable(QWidget *parent = nullptr);

    // Lists the events of a window (request.key and descending are the table's own): at once when the
    // filter or the store changed, else once the window has rested kRestMsecs.
    void showWindow(TableRows::Request request);
    void select(std::int64_t eventId);
    // The events whose rows are selected (several with Ctrl or Shift), the current one first.
    QList<std::int64_t> selectedEventIds() const;
    // A listing is waiting or under way.
    bool isBusy() const { return m_listDelay->isActive() || m_listing.isRunning(); }
    EventTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void eventSelected(std::int64_t eventId);
    // The selected rows changed (one or several).
    void selectionChanged();
    // The rows of the latest window are in the table.
    void listed();
    // Reading events for the table failed.
    void failed(const QString &message);

private:
    void sortBy(int column, Qt::SortOrder order);
    void startListing();
    void showListed(std::vector<std::uint32_t> rows);
    // The rows the find box lets through, with the note it needs.
    void applyFind();
    // Sorts by a column the index does not hold; false when there are too many rows to read.
    bool sortByText(std::vector<std::uint32_t> &rows) const;

    EventTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_find;
    QLabel *m_note;
    QProgressBar *m_busy;
    QTimer *m_busyDelay; // fast listings show no busy bar
    QTimer *m_listDelay; // a moving window is listed when it rests
    QFutureWatcher<std::optional<std::vector<std::uint32_t>>> m_listing;
    std::shared_ptr<std::atomic_bool> m_cancel; // the listing under way's
    TableRows::Request m_request;               // the latest window
    std::vector<std::uint32_t> m_listed;        // its rows, sorted, before the find box
    QList<Event> m_listedEvents;                // their events, once the find box needed them
    QString m_sortNote;                         // why they are not in the order asked for
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::int64_t m_selected = 0;
    bool m_updating = false;
};

} // namespace kt
