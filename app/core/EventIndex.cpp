#include "core/EventIndex.h"

#include <algorithm>

namespace kt {

void EventIndex::reserve(std::size_t count) {
    m_ids.reserve(count);
    m_starts.reserve(count);
    m_ends.reserve(count);
    m_masks.reserve(count);
    m_types.reserve(count);
    m_flags.reserve(count);
    m_factions.reserve(count);
    m_tracks.reserve(count);
    m_places.reserve(count);
}

void EventIndex::append(const Row &row) {
    m_lastEnd = m_ids.empty() ? row.end : std::max(m_lastEnd, row.end);
    m_ids.push_back(row.id);
    m_starts.push_back(row.start);
    m_ends.push_back(row.end);
    m_masks.push_back(row.factionMask);
    m_types.push_back(row.type);
    m_flags.push_back(static_cast<std::uint8_t>(static_cast<unsigned>(row.precision) & 3U) |
                      static_cast<std::uint8_t>((static_cast<unsigned>(row.status) & 3U) << 2U));
    m_factions.push_back(row.primaryFaction);
    m_tracks.push_back(row.track);
    m_places.push_back(row.place);
    m_longest = std::max(m_longest, row.end - row.start);
}

EventIndex::Row EventIndex::row(std::size_t position) const {
    Row row;
    row.id = m_ids.at(position);
    row.start = m_starts[position];
    row.end = m_ends[position];
    row.precision = static_cast<TimePrecision>(m_flags[position] & 3U);
    row.status = static_cast<EventStatus>((m_flags[position] >> 2U) & 3U);
    row.type = m_types[position];
    row.primaryFaction = m_factions[position];
    row.track = m_tracks[position];
    row.factionMask = m_masks[position];
    row.place = m_places[position];
    return row;
}

std::pair<std::size_t, std::size_t> EventIndex::overlapping(Day from, Day to) const {
    // Sorted by start: an event overlapping [from, to] starts no earlier than from - longest span.
    const auto begin = std::lower_bound(m_starts.cbegin(), m_starts.cend(), from - m_longest);
    const auto end = std::upper_bound(begin, m_starts.cend(), to);
    auto first = static_cast<std::size_t>(begin - m_starts.cbegin());
    const auto last = static_cast<std::size_t>(end - m_starts.cbegin());
    while (first < last && m_ends[first] < from)
        ++first;
    return {first, last};
}

Day EventIndex::firstDay() const {
    return m_starts.empty() ? 0 : m_starts.front();
}

Day EventIndex::lastDay() const {
    return m_lastEnd;
}

} // namespace kt
