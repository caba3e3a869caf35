#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace kt {

// The words a rule's matches always hold: a rule whose cue words are all absent from a sentence cannot match
// it, and its regular expression is not run. A cue is a word start ("attaqu" for "attaqué", "attaques") or a
// phrase ("au plus tard"), looked for in folded text (lower case, no accents).
class CueWords {
public:
    // A folded text's words, each packed into a number once, so that a cue costs a few integer compares.
    class Text {
    public:
        explicit Text(const QString &folded);
        const QString &folded() const { return m_folded; }
        bool hasDigit() const { return m_digit; }
        // Whether one of the words is exactly `word` (a–z only).
        bool hasWord(std::uint64_t packedWord) const;
        bool hasWordStarting(std::uint64_t packedPrefix, int length) const;
        const std::bitset<1024> &heads() const { return m_heads; }

    private:
        QString m_folded;                    // shared, not copied
        std::vector<std::uint64_t> m_words;  // packed, sorted: a word is found by binary search
        std::vector<std::uint64_t> m_starts; // the same without the long-word bit, sorted: the words that
                                             // start with a cue are one range
        std::bitset<1024> m_heads;           // the words' first two letters (32 x 32 codes): most cues are
                                             // turned away here
        bool m_digit = false;
    };

    CueWords() = default; // no cue: every text is admitted
    CueWords(std::initializer_list<const char *> cues);
    explicit CueWords(const QStringList &cues);

    // True when the text holds one of the cues, or when there are none.
    bool admit(const Text &text) const;

    // Up to twelve letters a–z, left-aligned five bits each; 0 when the word holds anything else.
    static std::uint64_t pack(QStringView word);

private:
    struct Cue {
        std::uint64_t key = 0; // the cue's longest run of letters, packed
        int length = 0;
        QString phrase; // the whole cue, checked when it is more than that run
    };
    std::vector<Cue> m_cues;
    std::bitset<1024>
        m_heads; // the cues' first two letters: a text holding none of them is turned away at once
    bool m_shortCue = false; // a cue of one letter, which has no two-letter head
};

} // namespace kt
