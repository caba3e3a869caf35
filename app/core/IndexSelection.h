#pragma once

#include "core/EventIndex.h"
#include "core/IndexBitmaps.h"
#include "core/IndexFilter.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace kt {

// The rows of an index that a filter lets through, one bit per row, and the events of each faction under the
// filter's other criteria (the filter panel's counts, worked out when first asked for). Made from the
// index's bitmaps with word operations (factions, types, tracks: OR within a kind, AND across kinds, as
// IndexFilter::accepts); dates, fatalities and text matches are then tested on the rows left. Windows, bins,
// lanes and neighbours test a bit instead of the filter.
class IndexSelection {
public:
    static constexpr std::size_t kFactionSlots = 65; // faction ids 0..64 (0: no faction)

    IndexSelection() = default;
    // bitmaps: the index's (shared by the selections of one index).
    IndexSelection(const EventIndex &index, std::shared_ptr<const IndexBitmaps> bitmaps,
                   const IndexFilter &filter);
    // With bitmaps of its own: for one filter over an index.
    IndexSelection(const EventIndex &index, const IndexFilter &filter);

    bool contains(std::size_t position) const {
        return ((m_bits[position >> 6U] >> (position & 63U)) & 1U) != 0;
    }
    // Rows selected.
    std::size_t count() const { return m_count; }
    // Faction id → events under every criterion but the factions: each of an event's factions counts, or
    // only its initiator (primary faction) when the filter asks for initiators.
    const std::array<std::int64_t, kFactionSlots> &factionCounts() const;

    // Calls f(position) for each selected row, in index order.
    template <typename F> void forEach(F &&f) const { forEachIn(0, m_bits.size() * 64, std::forward<F>(f)); }

    // The same over the rows [first, last) only.
    template <typename F> void forEachIn(std::size_t first, std::size_t last, F &&f) const {
        last = std::min(last, m_bits.size() * 64);
        for (std::size_t word = first >> 6U; first < last && word <= (last - 1) >> 6U; ++word) {
            std::uint64_t bits = m_bits[word];
            if (word == first >> 6U)
                bits &= ~std::uint64_t{0} << (first & 63U);
            if (word == (last - 1) >> 6U && (last & 63U) != 0)
                bits &= (std::uint64_t{1} << (last & 63U)) - 1;
            while (bits != 0) {
                f(word * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
                bits &= bits - 1;
            }
        }
    }

private:
    std::vector<std::uint64_t> m_bits;
    std::size_t m_count = 0;
    std::vector<std::uint64_t> m_others; // the rows that pass every criterion but the factions
    bool m_initiators = false;           // the filter counts initiators only
    std::shared_ptr<const IndexBitmaps> m_bitmaps;
    mutable std::optional<std::array<std::int64_t, kFactionSlots>> m_factionCounts;
};

} // namespace kt
