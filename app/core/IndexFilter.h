#pragma once

#include "core/EventIndex.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace kt {

// What of a filter the in-memory index answers by itself: factions (bit set), event types and tracks
// (by id), and, for text and place filters that the store answers, the ids that passed.
struct IndexFilter {
    std::uint64_t factionMask = ~std::uint64_t{0}; // an event passes when one of its factions is in it
    bool initiatorOnly = false;                    // … when its initiating side (primary faction) is in it
    std::vector<bool> types;                       // by type id; empty: every type
    std::vector<bool> tracks;                      // by track id; empty: every track
    std::vector<std::int64_t> ids;                 // sorted; used when restrictIds
    bool restrictIds = false;
    Day from = std::numeric_limits<Day>::min(); // events that end before this day are out
    Day to = std::numeric_limits<Day>::max();   // events that start after this day are out
    int minFatalities = -1;                     // events with fewer (or an unknown number) are out; -1: none

    // Defined here so that the loops over every row inline them.
    bool accepts(const EventIndex &index, std::size_t position) const {
        return acceptsFactions(index, position) && acceptsAllButFactions(index, position);
    }
    // The faction criterion alone.
    bool acceptsFactions(const EventIndex &index, std::size_t position) const {
        if (initiatorOnly) {
            const unsigned primary = index.primaryFaction(position);
            return primary != 0 && (factionMask & (std::uint64_t{1} << (primary - 1))) != 0;
        }
        return factionMask == ~std::uint64_t{0} || (index.factionMask(position) & factionMask) != 0;
    }
    // Every criterion but the factions: what the faction counts of the filter panel are counted under.
    bool acceptsAllButFactions(const EventIndex &index, std::size_t position) const {
        if (index.end(position) < from || index.start(position) > to)
            return false;
        if (!types.empty()) {
            const std::uint16_t type = index.type(position);
            if (type >= types.size() || !types[type])
                return false;
        }
        if (!tracks.empty()) {
            const std::uint16_t track = index.track(position);
            if (track >= tracks.size() || !tracks[track])
                return false;
        }
        if (minFatalities >= 0 && index.fatalities(position) < minFatalities)
            return false;
        return !restrictIds || std::binary_search(ids.cbegin(), ids.cend(), index.id(position));
    }
};

} // namespace kt
