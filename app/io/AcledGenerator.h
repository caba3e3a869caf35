#pragma once

#include <QString>

#include <cstdint>

namespace kt {

// Writes synthetic ACLED-format data: several Sahel countries over 2018-2024, every event type and
// sub-type, factions at skewed rates, bursts of activity (the Kidal offensive of late 2023 among them),
// all three time precisions, numeric and text inter codes, multi-value actors and sources, and notes with
// commas, quotes and the odd line break. The same seed always gives the same file. Rows are sorted by date,
// newest first, as ACLED exports are.
class AcledGenerator {
public:
    explicit AcledGenerator(std::uint64_t seed);
    // Writes count rows and the header to path. Throws InputError when the file cannot be written.
    void write(const QString &path, std::int64_t count);

private:
    std::uint64_t next();
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    double unit() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }

    std::uint64_t m_state[4]{};
};

} // namespace kt
