#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace kt {

// The words a rule's matches always hold: a rule whose cue words are all absent from a sentence cannot match
// it, and its regular expression is not run. A cue is a word start ("attaqu" for "attaqué", "attaques") or a
// phrase ("au plus tard"), looked for in folded text (lower case, no accents).
class CueWords {
public:
    // Which two-letter word starts are present: 32 x 32 codes, one bit each.
    using Heads = std::array<std::uint64_t, 16>;

    // A folded text's words, each packed into a number once, so that a cue costs a few integer compares.
    class Text {
    public:
        explicit Text(const QString &folded);
        const QString &folded() const { return m_folded; }
        bool hasDigit() const { return m_digit; }
        // Whether one of the words is exactly `word` (a–z only, packed).
        bool hasWord(std::uint64_t packedWord) const {
            return packedWord != 0 && hasHead(static_cast<unsigned>(prefixOf(packedWord, 2))) &&
                   std::binary_search(m_words.cbegin(), m_words.cend(), packedWord);
        }
        // Whether a word starts with the first `length` letters of `packedPrefix`. Letters are packed first
        // to last from the high bits: the words starting with a prefix lie between the prefix followed by
        // nothing and the prefix followed by the highest letters (and the long-word bit).
        bool hasWordStarting(std::uint64_t packedPrefix, int length) const {
            if (length >= 2 && !hasHead(static_cast<unsigned>(prefixOf(packedPrefix, 2))))
                return false;
            if (length >= 3 && !hasBit(m_threes, threeCode(packedPrefix)))
                return false;
            const int shift = kBits * (kLetters - length) + 1;
            const std::uint64_t low = prefixOf(packedPrefix, length) << shift;
            const std::uint64_t high = low | ((std::uint64_t{1} << shift) - 1);
            const auto first = std::lower_bound(m_words.cbegin(), m_words.cend(), low);
            return first != m_words.cend() && *first <= high;
        }
        bool hasHead(unsigned head) const { return hasBit(m_heads, head); }
        const Heads &heads() const { return m_heads; }

    private:
        QString m_folded;                   // shared, not copied
        std::vector<std::uint64_t> m_words; // packed, sorted: a word is found by binary search, the words
                                            // that start with a cue are one range
        Heads m_heads{};                    // the words' first two letters: most cues are turned away here
        Heads m_threes{}; // the words' first three letters, hashed to 1024 bits: most of the rest here
        bool m_digit = false;
    };

    CueWords() = default; // no cue: every text is admitted
    CueWords(std::initializer_list<const char *> cues);
    explicit CueWords(const QStringList &cues);

    // True when the text holds one of the cues, or when there are none.
    bool admit(const Text &text) const;

    // Up to twelve letters a–z, left-aligned five bits each above a lowest bit set for words of more than
    // twelve letters (those are packed by their first twelve); 0 when the word holds anything else.
    static std::uint64_t pack(QStringView word);
    static constexpr int kLetters = 12;
    static constexpr int kBits = 5;
    static constexpr std::uint64_t kLongWord = 1; // more than twelve letters: no exact match
    static constexpr std::uint64_t prefixOf(std::uint64_t packed, int length) {
        return packed >> (kBits * (kLetters - length) + 1);
    }
    // A word's first three letters (or fewer, for a shorter word), hashed to one of 1024 bits.
    static constexpr unsigned threeCode(std::uint64_t packed) {
        return static_cast<unsigned>((prefixOf(packed, 3) * 0x9E3779B97F4A7C15ULL) >> 54);
    }
    static constexpr bool hasBit(const Heads &bits, unsigned bit) {
        return (bits[bit >> 6] >> (bit & 63) & 1) != 0;
    }
    static constexpr void setBit(Heads &bits, unsigned bit) {
        bits[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }

private:
    struct Cue {
        std::uint64_t key = 0; // the cue's longest run of letters, packed
        int length = 0;
        unsigned head = 0; // its first two letters' code
        QString phrase;    // the whole cue, checked when it is more than that run
    };
    static bool holds(const Text &text, const Cue &cue);
    std::vector<Cue> m_cues;      // of two letters or more, sorted by head: the cues of one head are a range
    std::vector<Cue> m_shortCues; // of one letter, which have no two-letter head
    Heads m_heads{};              // the heads of m_cues: only the heads a text shares with them are looked at
};

} // namespace kt
