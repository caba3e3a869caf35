#include "core/TextNormalizer.h"

#include <array>

namespace kt {

namespace {

QChar computeFold(QChar c) {
    switch (c.unicode()) {
    case 0x2019: // right single quotation mark
    case 0x2018:
    case 0x02BC:
    case 0x00B4:
    case 0x0060:
        return QLatin1Char('\'');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
        return QLatin1Char('-');
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case 0x2007:
        return QLatin1Char(' ');
    case 0x0153: // œ
    case 0x0152:
        return QLatin1Char('o'); // keeps one character per character; "oe" matching is done by aliases
    case 0x00E6:
    case 0x00C6:
        return QLatin1Char('a');
    default:
        break;
    }
    if (c.unicode() < 0x80)
        return c.toLower();
    const QString decomposed = c.decomposition();
    if (!decomposed.isEmpty() && c.decompositionTag() == QChar::Canonical)
        return decomposed.at(0).toLower();
    return c.toLower();
}

// The code units of Latin, Greek, Cyrillic and general punctuation folded once: folding them is then a table
// lookup (19 KiB, built on first use); the rest of Unicode is folded as it comes.
constexpr std::size_t kTableSize = 0x2500;

const std::array<char16_t, kTableSize> &foldTable() {
    static const std::array<char16_t, kTableSize> table = [] {
        std::array<char16_t, kTableSize> folded{};
        for (std::size_t code = 0; code < folded.size(); ++code)
            folded[code] = computeFold(QChar(static_cast<char16_t>(code))).unicode();
        return folded;
    }();
    return table;
}

} // namespace

QChar TextNormalizer::foldChar(QChar c) {
    return c.unicode() < kTableSize ? QChar(foldTable()[c.unicode()]) : computeFold(c);
}

QString TextNormalizer::fold(const QString &text) {
    const auto &table = foldTable();
    QString out(text.size(), Qt::Uninitialized);
    const QChar *from = text.constData();
    QChar *to = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        to[i] = from[i].unicode() < kTableSize ? QChar(table[from[i].unicode()]) : computeFold(from[i]);
    return out;
}

} // namespace kt
