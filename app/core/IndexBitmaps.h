#pragma once

#include "core/EventIndex.h"

#include <cstdint>
#include <mutex>
#include <vector>

namespace kt {

// One bit set per value of the index's columns that filters choose among: per faction (involved in any
// role, and as the initiating side), per event type and per track; bit i is row i. Made in one pass over
// the index the first time one is asked for (so that a filter with none of these criteria never pays for
// them), they let a filter select its rows with a few word operations per 64 rows instead of a test per
// row, and count a faction's events with a population count. Memory: one bit per row and value present (a
// million rows, 60 values: 7.5 MB). The index must outlive them. They may be shared between threads (a
// filter selected off the GUI thread, the counts on it): the first to ask builds them (std::call_once).
class IndexBitmaps {
public:
    using Bits = std::vector<std::uint64_t>; // empty: no row has the value

    explicit IndexBitmaps(const EventIndex &index)
        : m_index(&index) {}

    // Rows where the faction (id 1..64, as in EventIndex::factionNames) takes part in any role.
    const Bits &involving(std::size_t faction) const { return at(m_involving, faction); }
    // Rows whose initiating side (primary faction) is this id (0: none).
    const Bits &initiatedBy(std::size_t faction) const { return at(m_initiatedBy, faction); }
    const Bits &ofType(std::size_t type) const { return at(m_types, type); }
    const Bits &onTrack(std::size_t track) const { return at(m_tracks, track); }

private:
    const Bits &at(const std::vector<Bits> &sets, std::size_t value) const;
    void build() const;
    static void set(std::vector<Bits> &sets, std::size_t value, std::size_t row, std::size_t words);

    const EventIndex *m_index;
    mutable std::once_flag m_built;
    mutable std::vector<Bits> m_involving;   // by faction id
    mutable std::vector<Bits> m_initiatedBy; // by faction id
    mutable std::vector<Bits> m_types;       // by type id
    mutable std::vector<Bits> m_tracks;      // by track id
};

} // namespace kt
