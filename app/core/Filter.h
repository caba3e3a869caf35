#pragma once

#include "core/data.h"

#include <QSet>
#include <QString>

#include <optional>

namespace kt {

// Whether a faction filter asks for the side that acted (ACLED actor1, the first of an event's factions) or
// any side of the event.
enum class FactionRole : std::uint8_t { Any, Initiator };

// What the user asked to see: every criterion must hold (AND across kinds), and within one kind any of its
// values will do (OR). An empty criterion lets everything through.
struct Filter {
    QSet<QString> factions; // canonical names; an event passes when one of its factions (in `role`) is here
    FactionRole factionRole = FactionRole::Any;
    QSet<QString> eventTypes; // ACLED event types or sub-event types
    // Where: the event's location, the place as written, or one of its admin areas (ACLED admin1-3, UCDP
    // adm_1-2) has words beginning with every word of it, without case or accents ("Kidal" is the town and
    // the region; "tombouc" finds Tombouctou). The store's full-text index answers the same way.
    QString place;
    std::optional<Day> from; // events that end before this day are out
    std::optional<Day> to;   // events that start after this day are out
    QString search;          // words that must all begin words of the event's text (as `place`)
    QSet<QString> tracks;    // the event's track is one of these (ACLED and UCDP tracks are per country)
    // Who says it: part of the claimant's name, of ACLED's source column or of the article's outlet, case
    // and accents ignored ("etat-major" finds "l'État-major"). Only the store can check it (the outlet is the
    // document's): matches() does not.
    QString claimant;
    bool contestedOnly = false; // only events that another claim contradicts
    int minFatalities = -1;     // only events with at least this many (unknown counts are out); -1: no limit

    bool isEmpty() const;
    bool matches(const Event &event) const;
    // A one-line human description ("factions: FAMa, MINUSMA · from 2023-10-01"), empty when no filter. With
    // the factions there are, a set that leaves out a few says so: "all factions but Wagner".
    QString describe(const QStringList &allFactions = {}) const;

    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace kt
