#pragma once

#include <QString>

namespace kt {

// Folds text for matching: lower case, accents removed, typographic apostrophes and dashes made plain,
// runs of spaces (including no-break spaces) made one space. Keeps the length of the input, character for
// character, except where a character decomposes to nothing, so that positions found in the folded text
// point at the same characters in the original.
class TextNormalizer {
public:
    static QString fold(const QString &text);
    // Folds one character; returns a null QChar when the character is dropped by folding.
    static QChar foldChar(QChar c);
};

} // namespace kt
