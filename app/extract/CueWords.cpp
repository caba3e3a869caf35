#include "extract/CueWords.h"

#include <algorithm>
#include <bit>

namespace kt {

namespace {

bool isAsciiLetter(QChar c) {
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

std::uint64_t packLetters(QStringView word) {
    std::uint64_t packed = 0;
    for (int i = 0; i < CueWords::kLetters; ++i) {
        const auto letter = i < word.size() ? static_cast<std::uint64_t>(word.at(i).unicode() - u'a' + 1) : 0;
        packed = packed << CueWords::kBits | letter;
    }
    return packed << 1 | (word.size() > CueWords::kLetters ? CueWords::kLongWord : 0);
}

} // namespace

std::uint64_t CueWords::pack(QStringView word) {
    if (word.isEmpty() || word.size() > kLetters || !std::all_of(word.begin(), word.end(), isAsciiLetter))
        return 0;
    return packLetters(word);
}

CueWords::Text::Text(const QString &folded)
    : m_folded(folded) {
    m_words.reserve(static_cast<std::size_t>(folded.size() / 4));
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
    for (const std::uint64_t word : m_words) {
        setBit(m_heads, static_cast<unsigned>(prefixOf(word, 2)));
        setBit(m_threes, threeCode(word));
    }
    std::sort(m_words.begin(), m_words.end());
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
        if (cue.length < 2) {
            m_shortCues.push_back(cue);
            continue;
        }
        cue.head = static_cast<unsigned>(prefixOf(cue.key, 2));
        setBit(m_heads, cue.head);
        m_cues.push_back(cue);
    }
    std::stable_sort(m_cues.begin(), m_cues.end(),
                     [](const Cue &a, const Cue &b) { return a.head < b.head; });
}

bool CueWords::holds(const Text &text, const Cue &cue) {
    return text.hasWordStarting(cue.key, cue.length) &&
           (cue.phrase.isEmpty() || text.folded().contains(cue.phrase));
}

bool CueWords::admit(const Text &text) const {
    if (m_cues.empty() && m_shortCues.empty())
        return true;
    if (std::any_of(m_shortCues.cbegin(), m_shortCues.cend(),
                    [&text](const Cue &cue) { return holds(text, cue); }))
        return true;
    // Only the cues whose head the text shares: usually none, or a few.
    const Heads &theirs = text.heads();
    std::uint64_t shared = 0;
    for (std::size_t word = 0; word < m_heads.size(); ++word)
        shared |= m_heads[word] & theirs[word];
    if (shared == 0)
        return false;
    for (std::size_t word = 0; word < m_heads.size(); ++word) {
        for (std::uint64_t common = m_heads[word] & theirs[word]; common != 0; common &= common - 1) {
            const auto head =
                static_cast<unsigned>(word * 64 + static_cast<unsigned>(std::countr_zero(common)));
            auto cue = std::lower_bound(m_cues.cbegin(), m_cues.cend(), head,
                                        [](const Cue &c, unsigned h) { return c.head < h; });
            for (; cue != m_cues.cend() && cue->head == head; ++cue)
                if (holds(text, *cue))
                    return true;
        }
    }
    return false;
}

} // namespace kt
