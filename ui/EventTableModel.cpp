#include "ui/EventTableModel.h"

#include "core/DayDate.h"

#include <QLocale>

namespace kt {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EventTableModel::setRows(std::shared_ptr<const EventIndex> index, std::vector<std::uint32_t> rows) {
    beginResetModel();
    if (index != m_index)
        m_events.clear(); // a new index: the store changed, the events may have too
    m_index = std::move(index);
    m_rows = std::move(rows);
    endResetModel();
}

std::int64_t EventTableModel::idAt(int row) const {
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? m_index->id(m_rows[row]) : 0;
}

const Event *EventTableModel::eventAt(int row) const {
    const std::int64_t id = idAt(row);
    if (auto it = m_events.constFind(id); it != m_events.constEnd())
        return &it.value();
    if (!m_loader)
        return nullptr;
    const int first = row - row % kPageRows;
    const int last = std::min(first + kPageRows, rowCount());
    std::vector<std::int64_t> ids;
    for (int at = first; at < last; ++at)
        if (!m_events.contains(idAt(at)))
            ids.push_back(idAt(at));
    if (m_events.size() + static_cast<qsizetype>(ids.size()) > kCachedEvents)
        m_events.clear();
    try {
        for (const Event &event : m_loader(ids))
            m_events.insert(event.id, event);
    } catch (const std::exception &error) { // painting goes on; the window reports it
        Q_EMIT loadFailed(QString::fromStdString(error.what()));
        return nullptr;
    }
    const auto it = m_events.constFind(id);
    return it == m_events.constEnd() ? nullptr : &it.value();
}

QList<Event> EventTableModel::eventsOf(const std::vector<std::uint32_t> &rows) const {
    QList<Event> events;
    events.reserve(static_cast<qsizetype>(rows.size()));
    QHash<std::int64_t, Event> byId;
    for (std::size_t first = 0; first < rows.size(); first += kPageRows) {
        std::vector<std::int64_t> ids;
        for (std::size_t at = first; at < std::min(rows.size(), first + kPageRows); ++at)
            ids.push_back(m_index->id(rows[at]));
        for (const Event &event : m_loader(ids))
            byId.insert(event.id, event);
    }
    for (const std::uint32_t row : rows)
        events.append(byId.value(m_index->id(row)));
    return events;
}

QString EventTableModel::statusText(EventStatus status) {
    switch (status) {
    case EventStatus::Occurred:
        return tr("occurred");
    case EventStatus::Planned:
        return tr("planned");
    case EventStatus::Ongoing:
        return tr("ongoing");
    case EventStatus::Measure:
        return tr("measure");
    }
    return statusName(status);
}

int EventTableModel::rowOf(std::int64_t eventId) const {
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_index->id(m_rows[row]) == eventId)
            return static_cast<int>(row);
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void EventTableModel::sort(int column, Qt::SortOrder order) {
    Q_EMIT sortRequested(column, order);
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return QVariant::fromValue(idAt(index.row()));
    if (role != Qt::DisplayRole && (role != Qt::ToolTipRole || index.column() != Title))
        return {};
    const Event *event = eventAt(index.row());
    if (event == nullptr)
        return {};
    if (role == Qt::ToolTipRole)
        return (event->edited ? tr("Edited by an analyst.") + QLatin1Char('\n') : QString()) +
               (event->quote.isEmpty() ? event->notes : event->quote);
    if (index.column() == Sources)
        return event->sourceCount;
    return text(*event, index.column());
}

QString EventTableModel::text(const Event &event, int column) {
    switch (column) {
    case Date:
        return DayDate::spanText(event.dateStart, event.dateEnd);
    case Precision:
        return event.precision == TimePrecision::Exact  ? tr("day")
               : event.precision == TimePrecision::Week ? tr("week")
                                                        : tr("month");
    case Status:
        return statusText(event.status);
    case Type:
        return QStringLiteral("%1 \u203a %2").arg(event.eventType, event.subEventType);
    case Factions:
        return event.factions.join(QStringLiteral(", "));
    case Place:
        return event.placeText.isEmpty() || event.placeText == event.location
                   ? event.location
                   : QStringLiteral("%1 (%2)").arg(event.location, event.placeText);
    case ClaimedBy:
        return event.claimedBy;
    case Sources:
        return QString::number(event.sourceCount);
    case Title:
        // A pencil marks what an analyst corrected.
        return event.edited ? QStringLiteral("\u270e ") + eventTitle(event) : eventTitle(event);
    case Track:
        return event.track;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Precision:
        return tr("Known to");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Factions:
        return tr("Factions");
    case Place:
        return tr("Place");
    case ClaimedBy:
        return tr("Claimed by");
    case Sources:
        return tr("Sources");
    case Title:
        return tr("Event");
    case Track:
        return tr("Track");
    default:
        return {};
    }
}

} // namespace kt
