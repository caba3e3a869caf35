#include "core/data.h"

#include <algorithm>

namespace kt {

QString statusName(EventStatus status) {
    switch (status) {
    case EventStatus::Occurred:
        return QStringLiteral("occurred");
    case EventStatus::Planned:
        return QStringLiteral("planned");
    case EventStatus::Ongoing:
        return QStringLiteral("ongoing");
    case EventStatus::Measure:
        return QStringLiteral("measure");
    }
    return QStringLiteral("occurred");
}

std::optional<EventStatus> statusFromName(const QString &name) {
    for (const auto status :
         {EventStatus::Occurred, EventStatus::Planned, EventStatus::Ongoing, EventStatus::Measure})
        if (statusName(status) == name)
            return status;
    return std::nullopt;
}

QString eventTitle(const Event &event) {
    if (!event.summary.isEmpty())
        return event.summary;
    QStringList parts{event.subEventType};
    if (!event.factions.isEmpty()) {
        const QString initiator =
            QStringList(QStringList{event.factions.first()} + event.initiatorAlternatives)
                .join(QStringLiteral(" and/or "));
        const auto counterpart =
            std::find_if(event.factions.cbegin() + 1, event.factions.cend(),
                         [&](const QString &f) { return !event.initiatorAlternatives.contains(f); });
        parts << (counterpart == event.factions.cend() ? initiator
                                                       : initiator + QStringLiteral(" vs ") + *counterpart);
    }
    if (!event.location.isEmpty())
        parts << event.location;
    return parts.join(QStringLiteral(" \u00b7 "));
}

bool AcledFields::isEmpty() const {
    return *this == AcledFields{};
}

} // namespace kt
