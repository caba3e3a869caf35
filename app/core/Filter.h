#pragma once

#include "core/data.h"

#include <QSet>
#include <QString>

#include <optional>

namespace kt {

// What the user asked to see. An empty criterion lets everything through.
struct Filter {
    QSet<QString> factions;   // canonical names; an event passes when one of its factions is here
    QSet<QString> eventTypes; // ACLED event types or sub-event types
    QString place;            // matched against the location, without case or accents
    std::optional<Day> from;  // events that end before this day are out
    std::optional<Day> to;    // events that start after this day are out
    QString search;           // words that must all appear in the event's text
    QString track;

    bool isEmpty() const;
    bool matches(const Event &event) const;
    // A one-line human description ("factions: FAMa, MINUSMA · from 2023-10-01"), empty when no filter.
    QString describe() const;

    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace kt
