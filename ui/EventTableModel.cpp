#include "ui/EventTableModel.h"

#include "core/DayDate.h"

#include <QLocale>

namespace kt {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EventTableModel::setEvents(const QList<Event> &events) {
    beginResetModel();
    m_events = events;
    endResetModel();
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
    for (qsizetype row = 0; row < m_events.size(); ++row)
        if (m_events.at(row).id == eventId)
            return static_cast<int>(row);
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const Event &event = m_events.at(index.row());
    if (role == IdRole)
        return QVariant::fromValue(event.id);
    const QLocale locale; // the language of the window (QLocale::setDefault)
    const auto day = [&locale](Day d) {
        return locale.toString(DayDate::toDate(d), QStringLiteral("d MMM yyyy"));
    };
    if (role == SortRole) {
        switch (index.column()) {
        case Date:
            return static_cast<qlonglong>(event.dateStart) * 100'000 + (event.dateEnd - event.dateStart);
        case Precision:
            return static_cast<int>(event.precision);
        case Sources:
            return event.sourceCount;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return (event.edited ? tr("Edited by an analyst.") + QLatin1Char('\n') : QString()) +
               (event.quote.isEmpty() ? event.notes : event.quote);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return event.dateStart == event.dateEnd
                   ? day(event.dateStart)
                   : QStringLiteral("%1 \u2013 %2").arg(day(event.dateStart), day(event.dateEnd));
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
        return event.sourceCount;
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
