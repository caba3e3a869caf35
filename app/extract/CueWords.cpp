#include "extract/CueWords.h"

#include <algorithm>

namespace kt {

namespace {

constexpr int kLetters = 12;
constexpr int kBits = 5;
constexpr std::uint64_t kLongWord = std::uint64_t{1} << 63; // more than twelve letters: no exact match

bool isAsciiLetter(QChar c) {
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

std::uint64_t packLetters(QStringView word) {
    std::uint64_t packed = 0;
    for (int i = 0; i < kLetters; ++i) {
        const auto letter = i < word.size() ? static_cast<std::uint64_t>(word.at(i).unicode() - u'a' + 1) : 0;
        packed = packed << kBits | letter;
    }
    return word.size() > kLetters ? packed | kLongWord : packed;
}

std::uint64_t prefixOf(std::uint64_t packed, int length) {
    return (packed & ~kLongWord) >> (kBits * (kLetters - length));
}

} // namespace

std::uint64_t CueWords::pack(QStringView word) {
    if (word.isEmpty() || word.size() > kLetters || !std::all_of(word.begin(), word.end(), isAsciiLetter))
        return 0;
    return packLetters(word);
}

CueWords::Text::Text(const QString &folded)
    : m_folded(folded) {
    for (qsizetype i = 0; i < folded.size();) {
        const QChar c = folded.at(i);
        if (!isAsciiLetter(c)) {
            m_digit = m_digit || c.isDigit();
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < folded.size() && isAsciiLetter(folded.at(i)))
            ++i;
        m_words.push_back(packLetters(QStringView(folded).mid(start, i - start)));
    }
    m_starts.reserve(m_words.size());
    for (const std::uint64_t word : m_words) {
        m_starts.push_back(word & ~kLongWord);
        m_heads.set(prefixOf(word, 2));
    }
    std::sort(m_words.begin(), m_words.end());
    std::sort(m_starts.begin(), m_starts.end());
}

bool CueWords::Text::hasWord(std::uint64_t packedWord) const {
    return packedWord != 0 && std::binary_search(m_words.cbegin(), m_words.cend(), packedWord);
}

// Letters are packed first to last from the high bits: the words starting with a prefix lie between the
// prefix followed by nothing and the prefix followed by the highest letters.
bool CueWords::Text::hasWordStarting(std::uint64_t packedPrefix, int length) const {
    if (length >= 2 && !m_heads.test(prefixOf(packedPrefix, 2)))
        return false;
    const int shift = kBits * (kLetters - length);
    const std::uint64_t low = prefixOf(packedPrefix, length) << shift;
    const std::uint64_t high = low | ((std::uint64_t{1} << shift) - 1);
    const auto first = std::lower_bound(m_starts.cbegin(), m_starts.cend(), low);
    return first != m_starts.cend() && *first <= high;
}

CueWords::CueWords(std::initializer_list<const char *> cues) {
    QStringList phrases;
    for (const char *text : cues)
        phrases << QString::fromLatin1(text);
    *this = CueWords(phrases);
}

CueWords::CueWords(const QStringList &cues) {
    for (const QString &phrase : cues) {
        // The longest run of letters is the key: "jusqu'" → "jusqu", "au plus tard" → "plus".
        Cue cue;
        for (qsizetype i = 0; i < phrase.size();) {
            if (!isAsciiLetter(phrase.at(i))) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < phrase.size() && isAsciiLetter(phrase.at(i)))
                ++i;
            const int length = static_cast<int>(std::min<qsizetype>(i - start, kLetters));
            if (length > cue.length) {
                cue.length = length;
                cue.key = packLetters(QStringView(phrase).mid(start, length));
            }
        }
        Q_ASSERT(cue.length > 0);
        if (phrase.size() != cue.length)
            cue.phrase = phrase;
        if (cue.length >= 2)
            m_heads.set(prefixOf(cue.key, 2));
        else
            m_shortCue = true;
        m_cues.push_back(cue);
    }
}

bool CueWords::admit(const Text &text) const {
    if (!m_cues.empty() && !m_shortCue && (m_heads & text.heads()).none())
        return false;
    return m_cues.empty() || std::any_of(m_cues.cbegin(), m_cues.cend(), [&text](const Cue &cue) {
               return text.hasWordStarting(cue.key, cue.length) &&
                      (cue.phrase.isEmpty() || text.folded().contains(cue.phrase));
           });
}

} // namespace kt
