#pragma once

#include "core/data.h"

#include <QString>

#include <optional>

namespace kt {

// Who says what a run of sentences relays: a named speaker and its faction.
struct Speaker {
    QString claimant;
    QString faction;
    bool isEmpty() const { return claimant.isEmpty(); }
};

// What the story carries from one sentence to the next: the day it is at (a range when `span` > 0) and
// whether that is the day of a statement, the speaker whose words are being relayed, the last place named,
// the last side that acted (for "son", "leurs", "they") and the last one named with "la" (for "elle").
struct NarrativeState {
    std::optional<Day> day;
    int span = 0;          // the story's day may be this many days earlier
    bool isReport = false; // the day is when something was said
    int anchor = -1;       // the sentence the day comes from
    Speaker context;
    QString lastPlace;
    QString lastCountry;
    QString documentCountry; // the first country the article names (its places' or itself), for labels
    bool english = false;    // the article is in English (numeric dates may be month first)
    QString lastInitiator;
    QString lastFeminine;
};

} // namespace kt
