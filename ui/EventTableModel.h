#pragma once

#include "core/data.h"

#include <QAbstractTableModel>
#include <QList>

namespace kt {

// The events in view as a table: one row per event, sortable (Qt::UserRole holds each column's sort key).
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
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit EventTableModel(QObject *parent = nullptr);

    void setEvents(const QList<Event> &events);
    const QList<Event> &events() const { return m_events; }
    // The row of an event, or -1.
    int rowOf(std::int64_t eventId) const;
    // An event's status in the window's language ("occurred", "planned", …).
    static QString statusText(EventStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Event> m_events;
};

} // namespace kt
