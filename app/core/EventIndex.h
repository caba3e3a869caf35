#pragma once

#include "core/data.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace kt {

// What the timeline needs of every event, in columns sorted by start day: a million events take about
// 30 MB and a window of them is found by binary search. Text stays in the store.
class EventIndex {
public:
    struct Row {
        std::int64_t id = 0;
        Day start = 0;
        Day end = 0;
        TimePrecision precision = TimePrecision::Exact;
        EventStatus status = EventStatus::Occurred;
        std::uint16_t type = 0;          // id in typeNames()
        std::uint8_t primaryFaction = 0; // id in factionNames(); 0 when none
        std::uint16_t track = 0;         // id in trackNames(); 0 when none
        std::uint64_t factionMask = 0;   // bit (id - 1) per faction involved
        std::uint32_t place = 0;         // id in placeNames(); 0 when none
        std::int32_t fatalities = -1;    // ACLED's `fatalities`; -1 when not known
    };

    void reserve(std::size_t count);
    // Rows must come in order of start day (then end day).
    void append(const Row &row);
    std::size_t size() const { return m_ids.size(); }
    // Defined here so that loops over a million rows inline it and read only the columns they use.
    Row row(std::size_t position) const {
        Row row;
        row.id = m_ids[position];
        row.start = m_starts[position];
        row.end = m_ends[position];
        row.precision = static_cast<TimePrecision>(m_flags[position] & 3U);
        row.status = static_cast<EventStatus>((m_flags[position] >> 2U) & 3U);
        row.type = m_types[position];
        row.primaryFaction = m_factions[position];
        row.track = m_tracks[position];
        row.factionMask = m_masks[position];
        row.place = m_places[position];
        row.fatalities = m_fatalities[position];
        return row;
    }
    // One column of a row: what loops over a million rows read, touching only the columns they need.
    std::int64_t id(std::size_t position) const { return m_ids[position]; }
    Day start(std::size_t position) const { return m_starts[position]; }
    Day end(std::size_t position) const { return m_ends[position]; }
    TimePrecision precision(std::size_t position) const {
        return static_cast<TimePrecision>(m_flags[position] & 3U);
    }
    EventStatus status(std::size_t position) const {
        return static_cast<EventStatus>((m_flags[position] >> 2U) & 3U);
    }
    std::uint16_t type(std::size_t position) const { return m_types[position]; }
    std::uint8_t primaryFaction(std::size_t position) const { return m_factions[position]; }
    std::uint16_t track(std::size_t position) const { return m_tracks[position]; }
    std::uint64_t factionMask(std::size_t position) const { return m_masks[position]; }
    std::uint32_t place(std::size_t position) const { return m_places[position]; }
    std::int32_t fatalities(std::size_t position) const { return m_fatalities[position]; }

    // The union of every row's factionMask: the factions the index holds.
    std::uint64_t factionsPresent() const { return m_maskUnion; }

    // Positions [first, last) holding every event that overlaps the days [from, to]. Inside, a long event
    // may sit before shorter ones that end before from: callers check row(i).end >= from.
    std::pair<std::size_t, std::size_t> overlapping(Day from, Day to) const;
    Day firstDay() const;
    Day lastDay() const;

    // The rows as bytes, to keep beside the store and read back without a scan of a million rows: a header
    // ("KTIX", a format version, the byte order, the row count) then each column as it sits in memory.
    // The names are not included.
    QByteArray toBytes() const;
    // Nothing when the bytes are not what toBytes() of this format and byte order wrote.
    static std::optional<EventIndex> fromBytes(QByteArrayView bytes);
    // The same from bytes read piece by piece straight into the columns: `readAt(into, bytes, offset)` fills
    // `into` with `bytes` bytes at `offset` of `size` bytes in all, or returns false.
    using ReadAt = std::function<bool(char *into, qint64 bytes, qint64 offset)>;
    static std::optional<EventIndex> read(qint64 size, const ReadAt &readAt);

    // Names by id (index 0 unused): the store's factions, event types and tracks.
    QStringList factionNames;
    QStringList typeNames;      // sub-event types
    QStringList eventTypeNames; // the event type each sub-event type belongs to
    QStringList trackNames;
    QStringList placeNames;

private:
    std::vector<std::int64_t> m_ids;
    std::vector<Day> m_starts;
    std::vector<Day> m_ends;
    std::vector<std::uint64_t> m_masks;
    std::vector<std::uint16_t> m_types;
    std::vector<std::uint8_t> m_flags; // precision (bits 0-1), status (bits 2-3)
    std::vector<std::uint8_t> m_factions;
    std::vector<std::uint16_t> m_tracks;
    std::vector<std::uint32_t> m_places;
    std::vector<std::int32_t> m_fatalities;
    Day m_longest = 0; // the longest span end - start, to bound the overlap search
    Day m_lastEnd = 0;
    std::uint64_t m_maskUnion = 0;
};

} // namespace kt
