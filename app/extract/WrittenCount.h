#pragma once

#include <QString>

namespace kt {

// A count as news reports write it, in folded French or English: digits or number words ("dix", "10",
// "twelve"), the last one of several ("un peu plus de deux" is two), a few ("quelques", "several": 3), a
// group ("une dizaine": 10). -1 when there is none.
class WrittenCount {
public:
    static double read(const QString &words);
};

} // namespace kt
