#pragma once

#include "core/EventIndex.h"
#include "core/data.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace kt {

// The events in view as a table, at any scale: one row per position of the index, given in the order shown.
// The rows are only numbers; an event's text is read (through the loader, from the store) when its row is
// first painted, a page of rows at a time, and kept for a few thousand rows.
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        Title,
        Factions,
        Type,
        Place,
        ClaimedBy,
        Sources,
        Status,
        Precision,
        Track,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageRows = 128;      // events read at once
    static constexpr int kCachedEvents = 4096; // events kept

    // The events of these ids, in any order; those it cannot find it leaves out. May throw (StoreError).
    using Loader = std::function<QList<Event>(const std::vector<std::int64_t> &ids)>;

    explicit EventTableModel(QObject *parent = nullptr);

    void setLoader(Loader loader) { m_loader = std::move(loader); }
    // rows: positions in index, in the order shown. Keeps the events already read.
    void setRows(std::shared_ptr<const EventIndex> index, std::vector<std::uint32_t> rows);
    const std::vector<std::uint32_t> &rows() const { return m_rows; }
    const std::shared_ptr<const EventIndex> &eventIndex() const { return m_index; }
    std::int64_t idAt(int row) const;
    // The row of an event, or -1.
    int rowOf(std::int64_t eventId) const;
    // The events of rows, read a page at a time (for a sort by text or a find over every row).
    QList<Event> eventsOf(const std::vector<std::uint32_t> &rows) const;
    // What a cell shows.
    static QString text(const Event &event, int column);
    // An event's status in the window's language ("occurred", "planned", …).
    static QString statusText(EventStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A click on a column's header: the table lists the rows again in that order (see EventTable).
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);
    // Reading a page of events failed (the store is busy or gone): its rows show empty cells.
    void loadFailed(const QString &message) const;

private:
    // The event of a row, reading its page when needed; null when the store no longer has it.
    const Event *eventAt(int row) const;

    Loader m_loader;
    std::shared_ptr<const EventIndex> m_index;
    std::vector<std::uint32_t> m_rows;
    mutable QHash<std::int64_t, Event> m_events; // read events by id
};

} // namespace kt
