#include "extract/SentenceSplitter.h"

#include <QSet>

namespace kt {

namespace {

bool isAbbreviation(const QString &text, int dot) {
    static const QSet<QString> abbreviations{
        QStringLiteral("m"),    QStringLiteral("mm"),  QStringLiteral("mme"), QStringLiteral("mmes"),
        QStringLiteral("dr"),   QStringLiteral("pr"),  QStringLiteral("st"),  QStringLiteral("ste"),
        QStringLiteral("mr"),   QStringLiteral("mrs"), QStringLiteral("ms"),  QStringLiteral("gen"),
        QStringLiteral("gén"),  QStringLiteral("col"), QStringLiteral("lt"),  QStringLiteral("cpt"),
        QStringLiteral("jan"),  QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("jun"),  QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
        QStringLiteral("sept"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
        QStringLiteral("no"),   QStringLiteral("nos"), QStringLiteral("vs"),  QStringLiteral("etc"),
        QStringLiteral("p"),    QStringLiteral("env"), QStringLiteral("u.s"), QStringLiteral("u.n"),
    };
    int start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('.')))
        --start;
    const QString word = text.mid(start, dot - start).toLower();
    if (word.size() == 1 && word.at(0).isLetter())
        return true; // an initial: "J. Dupont"
    return abbreviations.contains(word);
}

} // namespace

QList<Sentence> SentenceSplitter::split(const QString &text) {
    QList<Sentence> sentences;
    int paragraph = 0;
    int lineStart = 0;
    const int size = static_cast<int>(text.size());
    auto push = [&](int from, int to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        // A run of text with no sentence end for pages is no sentence: it is cut at spaces, so that the
        // stages after this one stay linear in its length.
        while (to - from > kMaxSentence) {
            int cut = from + kMaxSentence;
            while (cut > from + kMaxSentence / 2 && !text.at(cut).isSpace())
                --cut;
            sentences.append(Sentence{from, cut, paragraph, text.mid(from, cut - from)});
            from = cut;
            while (from < to && text.at(from).isSpace())
                ++from;
        }
        if (to > from)
            sentences.append(Sentence{from, to, paragraph, text.mid(from, to - from)});
    };
    while (lineStart <= size) {
        int lineEnd = static_cast<int>(text.indexOf(QLatin1Char('\n'), lineStart));
        if (lineEnd < 0)
            lineEnd = size;
        int from = lineStart;
        for (int i = lineStart; i < lineEnd; ++i) {
            const QChar c = text.at(i);
            if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?') && c != QChar(0x2026))
                continue;
            int next = i + 1;
            // Closing quotes and brackets belong to the sentence they end.
            while (next < lineEnd && (text.at(next) == QChar(0x00BB) || text.at(next) == QLatin1Char('"') ||
                                      text.at(next) == QChar(0x201D) || text.at(next) == QLatin1Char(')')))
                ++next;
            if (next < lineEnd && !text.at(next).isSpace())
                continue; // "6.754", "U.N."
            int after = next;
            while (after < lineEnd && text.at(after).isSpace())
                ++after;
            if (after < lineEnd) {
                const QChar head = text.at(after);
                const bool opens = head.isUpper() || head.isDigit() || head == QChar(0x00AB) ||
                                   head == QLatin1Char('"') || head == QChar(0x201C);
                if (!opens)
                    continue;
            }
            if (c == QLatin1Char('.') && isAbbreviation(text, i))
                continue;
            push(from, next);
            from = next;
        }
        push(from, lineEnd);
        if (lineEnd > lineStart && !text.mid(lineStart, lineEnd - lineStart).trimmed().isEmpty())
            ++paragraph;
        lineStart = lineEnd + 1;
    }
    return sentences;
}

} // namespace kt
