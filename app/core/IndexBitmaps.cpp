#include "core/IndexBitmaps.h"

namespace kt {

void IndexBitmaps::build() const {
    const EventIndex &index = *m_index;
    const std::size_t words = (index.size() + 63) / 64;
    for (std::size_t i = 0; i < index.size(); ++i) {
        set(m_initiatedBy, index.primaryFaction(i), i, words);
        set(m_types, index.type(i), i, words);
        set(m_tracks, index.track(i), i, words);
        for (std::uint64_t mask = index.factionMask(i); mask != 0; mask &= mask - 1)
            set(m_involving, static_cast<std::size_t>(__builtin_ctzll(mask)) + 1, i, words);
    }
}

const IndexBitmaps::Bits &IndexBitmaps::at(const std::vector<Bits> &sets, std::size_t value) const {
    static const Bits none;
    std::call_once(m_built, [this] { build(); });
    return value < sets.size() ? sets[value] : none;
}

void IndexBitmaps::set(std::vector<Bits> &sets, std::size_t value, std::size_t row, std::size_t words) {
    if (value >= sets.size())
        sets.resize(value + 1);
    Bits &bits = sets[value];
    if (bits.empty())
        bits.assign(words, 0);
    bits[row >> 6U] |= std::uint64_t{1} << (row & 63U);
}

} // namespace kt
