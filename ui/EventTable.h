#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace kt {

class EventTableModel;
struct Event;

// The events in view as a sortable table with a find box; selecting a row selects the event on the
// timeline, and the timeline's selection selects the row.
class EventTable : public QWidget {
    Q_OBJECT
public:
    explicit EventTable(QWidget *parent = nullptr);

    // The events in view, or none with a note when too many are in view to list.
    void setEvents(const QList<Event> &events, qint64 tooManyInView = 0);
    void select(std::int64_t eventId);
    // The events whose rows are selected (several with Ctrl or Shift), the current one first.
    QList<std::int64_t> selectedEventIds() const;
    EventTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void eventSelected(std::int64_t eventId);
    // The selected rows changed (one or several).
    void selectionChanged();

private:
    EventTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_find;
    QLabel *m_note;
    bool m_updating = false;
};

} // namespace kt
