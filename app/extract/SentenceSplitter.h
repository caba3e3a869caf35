#pragma once

#include <QList>
#include <QString>

namespace kt {

struct Sentence {
    int start = 0; // position in the text (UTF-16 code units)
    int end = 0;   // one past the last character
    int paragraph = 0;
    QString text;
};

// Splits a body into paragraphs (lines) and sentences, keeping exact positions. Knows abbreviations
// ("M.", "Dr.", "Dec.") and numbers ("6.754") so that they do not end a sentence.
class SentenceSplitter {
public:
    // Sentences longer than this (UTF-16 code units) are cut at a space: no real sentence is that long.
    static constexpr int kMaxSentence = 2000;
    static QList<Sentence> split(const QString &text);
};

} // namespace kt
