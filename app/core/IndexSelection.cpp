#include "core/IndexSelection.h"

#include <algorithm>
#include <bit>

namespace kt {

namespace {

using Bits = IndexBitmaps::Bits;

void orInto(Bits &into, const Bits &bits) {
    for (std::size_t word = 0; word < bits.size(); ++word)
        into[word] |= bits[word];
}

void andInto(Bits &into, const Bits &bits) {
    for (std::size_t word = 0; word < into.size(); ++word)
        into[word] &= word < bits.size() ? bits[word] : 0;
}

// Rows [first, last) out.
void clearRange(Bits &bits, std::size_t first, std::size_t last) {
    last = std::min(last, bits.size() * 64);
    for (std::size_t i = first; i < last;) {
        if ((i & 63U) == 0 && i + 64 <= last) {
            bits[i >> 6U] = 0; // a whole word
            i += 64;
        } else {
            bits[i >> 6U] &= ~(std::uint64_t{1} << (i & 63U));
            ++i;
        }
    }
}

// The rows that one of the chosen values holds, values chosen by `chosen` (value id → bool).
template <typename Chosen, typename Of>
Bits unionOf(std::size_t words, std::size_t values, Chosen chosen, Of of) {
    Bits bits(words, 0);
    for (std::size_t value = 0; value < values; ++value)
        if (chosen(value))
            orInto(bits, of(value));
    return bits;
}

// Rows in both. Debian builds for any x86-64, whose popcount is a library call: a copy of this loop for
// processors with the POPCNT instruction is chosen when the program loads (GCC's target_clones).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
std::size_t
popcount(const Bits &a, const Bits &b) {
    std::size_t count = 0;
    for (std::size_t word = 0; word < a.size() && word < b.size(); ++word)
        count += static_cast<std::size_t>(std::popcount(a[word] & b[word]));
    return count;
}

// Clears the rows of `bits` that fail `keep(position)`.
template <typename Keep> void keepIf(Bits &bits, Keep keep) {
    for (std::size_t word = 0; word < bits.size(); ++word)
        for (std::uint64_t left = bits[word]; left != 0; left &= left - 1) {
            const auto bit = static_cast<unsigned>(__builtin_ctzll(left));
            if (!keep(word * 64 + bit))
                bits[word] &= ~(std::uint64_t{1} << bit);
        }
}

} // namespace

IndexSelection::IndexSelection(const EventIndex &index, const IndexFilter &filter)
    : IndexSelection(index, std::make_shared<IndexBitmaps>(index), filter) {}

IndexSelection::IndexSelection(const EventIndex &index, std::shared_ptr<const IndexBitmaps> shared,
                               const IndexFilter &filter)
    : m_initiators(filter.initiatorOnly)
    , m_bitmaps(std::move(shared)) {
    const IndexBitmaps &bitmaps = *m_bitmaps;
    const std::size_t rows = index.size();
    const std::size_t words = (rows + 63) / 64;
    // Every criterion but the factions.
    Bits others(words, ~std::uint64_t{0});
    if (rows % 64 != 0)
        others.back() = (std::uint64_t{1} << (rows % 64)) - 1;
    if (!filter.types.empty())
        andInto(others, unionOf(
                            words, filter.types.size(), [&](std::size_t type) { return filter.types[type]; },
                            [&](std::size_t type) -> const Bits & { return bitmaps.ofType(type); }));
    if (!filter.tracks.empty())
        andInto(others,
                unionOf(
                    words, filter.tracks.size(), [&](std::size_t track) { return filter.tracks[track]; },
                    [&](std::size_t track) -> const Bits & { return bitmaps.onTrack(track); }));
    if (rows > 0 && (filter.from > index.firstDay() || filter.to < index.lastDay())) {
        // Sorted by start: what starts after `to` is a tail; what ends before `from` lies before the
        // first row that starts on or after it.
        const Day from = std::max(filter.from, index.firstDay());
        const Day to = std::min(filter.to, index.lastDay());
        const auto [first, last] =
            from <= to ? index.overlapping(from, to) : std::pair<std::size_t, std::size_t>{};
        clearRange(others, 0, first);
        clearRange(others, last, rows);
        for (std::size_t i = first; i < last && index.start(i) < from; ++i)
            if (index.end(i) < from)
                clearRange(others, i, i + 1);
    }
    if (filter.minFatalities >= 0)
        keepIf(others, [&](std::size_t i) { return index.fatalities(i) >= filter.minFatalities; });
    if (filter.restrictIds)
        keepIf(others, [&](std::size_t i) {
            return std::binary_search(filter.ids.cbegin(), filter.ids.cend(), index.id(i));
        });
    m_others = others;
    const auto chosen = [&](std::size_t faction) {
        return faction > 0 && (filter.factionMask & (std::uint64_t{1} << (faction - 1))) != 0;
    };
    if (filter.initiatorOnly)
        andInto(others, unionOf(words, kFactionSlots, chosen, [&](std::size_t faction) -> const Bits & {
                    return bitmaps.initiatedBy(faction);
                }));
    else if (filter.factionMask != ~std::uint64_t{0})
        andInto(others, unionOf(words, kFactionSlots, chosen, [&](std::size_t faction) -> const Bits & {
                    return bitmaps.involving(faction);
                }));
    m_count = popcount(others, others);
    m_bits = std::move(others);
}

const std::array<std::int64_t, IndexSelection::kFactionSlots> &IndexSelection::factionCounts() const {
    if (!m_factionCounts) {
        std::array<std::int64_t, kFactionSlots> counts{};
        for (std::size_t faction = 0; faction < kFactionSlots && m_bitmaps; ++faction)
            counts[faction] = static_cast<std::int64_t>(
                m_initiators ? popcount(m_others, m_bitmaps->initiatedBy(faction))
                             : (faction == 0 ? 0 : popcount(m_others, m_bitmaps->involving(faction))));
        m_factionCounts = counts;
    }
    return *m_factionCounts;
}

} // namespace kt
