#include "core/TextNormalizer.h"

namespace kt {

QChar TextNormalizer::foldChar(QChar c) {
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

QString TextNormalizer::fold(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(foldChar(c));
    return out;
}

} // namespace kt
