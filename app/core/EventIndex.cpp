#include "core/EventIndex.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

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
    m_fatalities.reserve(count);
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
    m_fatalities.push_back(row.fatalities);
    m_longest = std::max(m_longest, row.end - row.start);
    m_maskUnion |= row.factionMask;
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

namespace {

struct SnapshotHeader {
    char magic[4] = {'K', 'T', 'I', 'X'};
    std::uint32_t version = 2;            // 2: with fatalities
    std::uint32_t byteOrder = 0x01020304; // read back as written only on a machine of the same byte order
    std::uint32_t reserved = 0;
    std::uint64_t rows = 0;
    std::int64_t longest = 0;
    std::int64_t lastEnd = 0;
};

template <typename T> void put(QByteArray &bytes, const std::vector<T> &column) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes.append(reinterpret_cast<const char *>(column.data()),
                 static_cast<qsizetype>(column.size() * sizeof(T)));
}

// Reads a column of `rows` values at `offset`, moving it past them.
template <typename T>
bool take(const EventIndex::ReadAt &readAt, qint64 &offset, qint64 size, std::vector<T> &column,
          std::size_t rows) {
    const auto bytes = static_cast<qint64>(rows * sizeof(T));
    if (size - offset < bytes)
        return false;
    column.resize(rows);
    if (bytes > 0 && !readAt(reinterpret_cast<char *>(column.data()), bytes, offset))
        return false; // an empty column has no memory to read into (data() may be null)
    offset += bytes;
    return true;
}

} // namespace

QByteArray EventIndex::toBytes() const {
    SnapshotHeader header;
    header.rows = m_ids.size();
    header.longest = m_longest;
    header.lastEnd = m_lastEnd;
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(sizeof header + m_ids.size() * 40));
    bytes.append(reinterpret_cast<const char *>(&header), sizeof header);
    put(bytes, m_ids);
    put(bytes, m_starts);
    put(bytes, m_ends);
    put(bytes, m_masks);
    put(bytes, m_types);
    put(bytes, m_flags);
    put(bytes, m_factions);
    put(bytes, m_tracks);
    put(bytes, m_places);
    put(bytes, m_fatalities);
    return bytes;
}

std::optional<EventIndex> EventIndex::fromBytes(QByteArrayView bytes) {
    return read(bytes.size(), [bytes](char *into, qint64 count, qint64 offset) {
        if (offset + count > bytes.size())
            return false;
        std::memcpy(into, bytes.data() + offset, static_cast<std::size_t>(count));
        return true;
    });
}

std::optional<EventIndex> EventIndex::read(qint64 size, const ReadAt &readAt) {
    SnapshotHeader header;
    const SnapshotHeader expected;
    constexpr auto headerSize = static_cast<qint64>(sizeof header);
    if (size < headerSize || !readAt(reinterpret_cast<char *>(&header), headerSize, 0))
        return std::nullopt;
    if (std::memcmp(header.magic, expected.magic, 4) != 0 || header.version != expected.version ||
        header.byteOrder != expected.byteOrder)
        return std::nullopt;
    if (header.rows > static_cast<std::uint64_t>(size - headerSize))
        return std::nullopt; // every row takes bytes: a count beyond them is not a snapshot
    EventIndex index;
    const auto rows = static_cast<std::size_t>(header.rows);
    qint64 offset = headerSize;
    const bool whole =
        take(readAt, offset, size, index.m_ids, rows) && take(readAt, offset, size, index.m_starts, rows) &&
        take(readAt, offset, size, index.m_ends, rows) && take(readAt, offset, size, index.m_masks, rows) &&
        take(readAt, offset, size, index.m_types, rows) && take(readAt, offset, size, index.m_flags, rows) &&
        take(readAt, offset, size, index.m_factions, rows) &&
        take(readAt, offset, size, index.m_tracks, rows) &&
        take(readAt, offset, size, index.m_places, rows) &&
        take(readAt, offset, size, index.m_fatalities, rows) && offset == size;
    if (!whole)
        return std::nullopt;
    index.m_longest = static_cast<Day>(header.longest);
    index.m_lastEnd = static_cast<Day>(header.lastEnd);
    for (const std::uint64_t mask : index.m_masks)
        index.m_maskUnion |= mask;
    return index;
}

} // namespace kt
