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
    // Where: the event's location, the place as written, or one of its admin areas (ACLED admin1-3, UCDP
    // adm_1-2) has words beginning with every word of it, without case or accents ("Kidal" is the town and
    // the region; "tombouc" finds Tombouctou). The store's full-text index answers the same way.
    QString place;
    std::optional<Day> from; // events that end before this day are out
    std::optional<Day> to;   // events that start after this day are out
    QString search;          // words that must all begin words of the event's text (as `place`)
    QString track;

    bool isEmpty() const;
    bool matches(const Event &event) const;
    // A one-line human description ("factions: FAMa, MINUSMA · from 2023-10-01"), empty when no filter.
    QString describe() const;

    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace kt
