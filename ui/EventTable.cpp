#include "ui/EventTable.h"

#include "ui/EventTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kt {

EventTable::EventTable(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_find(new QLineEdit(this))
    , m_note(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::Date, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows to merge
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring 2,000 rows on every change of view costs more than a
    // frame.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_find->setPlaceholderText(tr("Find in the events in view\u2026"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in the events in view"));
    m_view->setAccessibleName(tr("Events in view"));
    setFocusProxy(m_find);
    m_note->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_find);
    layout->addWidget(m_note);
    layout->addWidget(m_view);

    connect(m_find, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventTable::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_updating || !current.isValid())
                    return;
                Q_EMIT eventSelected(current.data(EventTableModel::IdRole).value<std::int64_t>());
            });
}

void EventTable::setEvents(const QList<Event> &events, qint64 tooManyInView) {
    m_updating = true;
    m_model->setEvents(events);
    m_view->resizeColumnsToContents();
    m_updating = false;
    m_note->setVisible(tooManyInView > 0);
    if (tooManyInView > 0)
        m_note->setText(
            tr("%1 events in view: zoom in to list them here.").arg(QLocale().toString(tooManyInView)));
}

void EventTable::select(std::int64_t eventId) {
    const int row = m_model->rowOf(eventId);
    m_updating = true;
    if (row < 0) {
        m_view->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
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
        ids << current.data(EventTableModel::IdRole).value<std::int64_t>();
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const auto id = row.data(EventTableModel::IdRole).value<std::int64_t>();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace kt
