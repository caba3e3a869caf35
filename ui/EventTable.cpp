#include "ui/EventTable.h"

#include "ui/EventTableModel.h"

#include <QCollator>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace kt {

namespace {

// The column's order as the index holds it; nothing for the columns only the events' text has.
std::optional<TableRows::Key> keyOf(int column) {
    switch (column) {
    case EventTableModel::Date:
        return TableRows::Key::Date;
    case EventTableModel::Type:
        return TableRows::Key::Type;
    case EventTableModel::Factions:
        return TableRows::Key::Factions;
    case EventTableModel::Place:
        return TableRows::Key::Place;
    case EventTableModel::Precision:
        return TableRows::Key::Precision;
    case EventTableModel::Status:
        return TableRows::Key::Status;
    case EventTableModel::Track:
        return TableRows::Key::Track;
    default:
        return std::nullopt;
    }
}

} // namespace

EventTable::EventTable(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventTableModel(this))
    , m_view(new QTableView(this))
    , m_find(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
    , m_listDelay(new QTimer(this)) {
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true); // a header click asks the model, which asks this table
    m_view->horizontalHeader()->setSortIndicator(EventTableModel::Date, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows to merge
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Every row is one line high: the view need not measure rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: a window may hold a million.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_find->setPlaceholderText(tr("Find in the events in view\u2026"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in the events in view"));
    m_view->setAccessibleName(tr("Events in view"));
    setFocusProxy(m_find);
    m_note->setVisible(false);
    m_note->setWordWrap(true);
    m_busy->setRange(0, 0); // busy, with no measure of how far
    m_busy->setMaximumHeight(m_find->sizeHint().height() / 2);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Listing the events in view"));
    m_busy->setVisible(false);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    m_listDelay->setSingleShot(true);
    m_listDelay->setInterval(kRestMsecs);
    connect(m_listDelay, &QTimer::timeout, this, &EventTable::startListing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_find);
    layout->addWidget(m_busy);
    layout->addWidget(m_note);
    layout->addWidget(m_view);

    connect(m_model, &EventTableModel::sortRequested, this, &EventTable::sortBy);
    connect(m_model, &EventTableModel::loadFailed, this, &EventTable::failed, Qt::QueuedConnection);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(m_listing.isRunning()); });
    connect(&m_listing, &QFutureWatcherBase::finished, this, [this] {
        // Only the latest listing is watched; one cancelled by a later window ends with nothing.
        if (!m_listing.isFinished() || m_listing.isCanceled() || m_listing.future().resultCount() == 0)
            return;
        std::optional<std::vector<std::uint32_t>> rows = m_listing.result();
        m_listing.setFuture({}); // delivered once
        if (rows)
            showListed(std::move(*rows));
    });
    connect(m_find, &QLineEdit::textChanged, this, &EventTable::applyFind);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventTable::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_updating || !current.isValid())
                    return;
                m_selected = m_model->idAt(current.row());
                Q_EMIT eventSelected(m_selected);
            });
}

void EventTable::showWindow(TableRows::Request request) {
    // A window that moves over the same rows (a pan, a zoom step) is listed once it rests; new rows (a
    // filter, an import) or an empty table at once.
    const bool moved = m_request.index == request.index && m_request.selection == request.selection &&
                       m_model->rowCount() > 0;
    m_request = std::move(request);
    if (moved) {
        m_listDelay->start();
        return;
    }
    m_listDelay->stop();
    startListing();
}

void EventTable::sortBy(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    startListing();
}

void EventTable::startListing() {
    if (!m_request.index || !m_request.selection)
        return;
    if (m_cancel)
        m_cancel->store(true); // the listing under way, if any, stops and is not shown
    m_cancel = std::make_shared<std::atomic_bool>(false);
    TableRows::Request request = m_request;
    const std::optional<TableRows::Key> key = keyOf(m_sortColumn);
    request.key = key.value_or(TableRows::Key::Date);
    request.descending = key && m_sortOrder == Qt::DescendingOrder;
    const auto [first, last] = request.index->overlapping(request.from, request.to);
    if (last - first <= kListAtOnce) {
        m_listing.setFuture({});
        showListed(TableRows::list(request, *m_cancel).value_or(std::vector<std::uint32_t>{}));
        return;
    }
    m_listing.setFuture(
        QtConcurrent::run([request, cancel = m_cancel] { return TableRows::list(request, *cancel); }));
    m_busyDelay->start();
}

bool EventTable::sortByText(std::vector<std::uint32_t> &rows) const {
    if (rows.size() > kTextRowsLimit)
        return false;
    const QList<Event> events = m_model->eventsOf(rows);
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Event &x = events.at(static_cast<qsizetype>(descending ? b : a));
        const Event &y = events.at(static_cast<qsizetype>(descending ? a : b));
        if (m_sortColumn == EventTableModel::Sources)
            return x.sourceCount < y.sourceCount;
        return collator.compare(EventTableModel::text(x, m_sortColumn),
                                EventTableModel::text(y, m_sortColumn)) < 0;
    });
    std::vector<std::uint32_t> sorted;
    sorted.reserve(rows.size());
    for (const std::size_t at : order)
        sorted.push_back(rows[at]);
    rows = std::move(sorted);
    return true;
}

void EventTable::showListed(std::vector<std::uint32_t> rows) {
    m_busyDelay->stop();
    m_busy->setVisible(false);
    m_listed = std::move(rows);
    m_listedEvents.clear();
    m_sortNote.clear();
    if (!keyOf(m_sortColumn)) {
        bool sorted = false;
        try {
            sorted = sortByText(m_listed);
        } catch (const std::exception &error) {
            Q_EMIT failed(QString::fromStdString(error.what()));
        }
        if (!sorted) { // by date, and the header and a note say so
            m_sortNote = tr("Sorted by date: sorting by \u201c%1\u201d reads every event, at most %2, and %3 "
                            "are in view. Zoom in to sort by it.")
                             .arg(m_model->headerData(m_sortColumn, Qt::Horizontal).toString(),
                                  QLocale().toString(static_cast<qulonglong>(kTextRowsLimit)),
                                  QLocale().toString(static_cast<qulonglong>(m_listed.size())));
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(EventTableModel::Date, Qt::AscendingOrder);
            m_sortColumn = EventTableModel::Date;
            m_sortOrder = Qt::AscendingOrder;
            std::sort(m_listed.begin(), m_listed.end());
        }
    }
    applyFind();
    Q_EMIT listed();
}

void EventTable::applyFind() {
    const QString text = m_find->text().trimmed();
    std::vector<std::uint32_t> shown;
    QStringList notes;
    if (!m_sortNote.isEmpty())
        notes << m_sortNote;
    if (text.isEmpty() || m_listed.size() > kTextRowsLimit) {
        shown = m_listed;
        if (!text.isEmpty())
            notes << tr("Find looks through at most %1 events and %2 are in view: zoom in, or use the "
                        "filter\u2019s Text box.")
                         .arg(QLocale().toString(static_cast<qulonglong>(kTextRowsLimit)),
                              QLocale().toString(static_cast<qulonglong>(m_listed.size())));
    } else {
        try {
            if (m_listedEvents.size() != static_cast<qsizetype>(m_listed.size()))
                m_listedEvents = m_model->eventsOf(m_listed); // once per listing, not per key typed
            const QList<Event> &events = m_listedEvents;
            for (std::size_t at = 0; at < m_listed.size(); ++at)
                for (int column = 0; column < EventTableModel::ColumnCount; ++column)
                    if (EventTableModel::text(events.at(static_cast<qsizetype>(at)), column)
                            .contains(text, Qt::CaseInsensitive)) {
                        shown.push_back(m_listed[at]);
                        break;
                    }
        } catch (const std::exception &error) {
            Q_EMIT failed(QString::fromStdString(error.what()));
            shown = m_listed;
        }
    }
    m_updating = true;
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setRows(m_request.index, std::move(shown));
    if (wasEmpty) // widths from the first rows shown; a moving window does not make the columns jump
        m_view->resizeColumnsToContents();
    m_updating = false;
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    select(m_selected);
}

void EventTable::select(std::int64_t eventId) {
    m_selected = eventId;
    const int row = eventId == 0 ? -1 : m_model->rowOf(eventId);
    m_updating = true;
    if (row < 0) {
        m_view->clearSelection();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        // The row the user just made current (a Ctrl+click adding it to others) keeps the selection the view
        // is making; a row among several selected ones becomes current without undoing the others.
        QItemSelectionModel *selection = m_view->selectionModel();
        if (selection->currentIndex().row() != index.row()) {
            const bool amongSelected = selection->isRowSelected(index.row(), {});
            selection->setCurrentIndex(index, amongSelected ? QItemSelectionModel::NoUpdate
                                                            : QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        }
        m_view->scrollTo(index);
    }
    m_updating = false;
}

QList<std::int64_t> EventTable::selectedEventIds() const {
    QList<std::int64_t> ids;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        ids << m_model->idAt(current.row());
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const std::int64_t id = m_model->idAt(row.row());
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace kt
