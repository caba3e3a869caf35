#include "extract/SentenceContext.h"

#include "core/TextNormalizer.h"
#include "extract/ExtractionRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

// The quoted words of a sentence: « … », “ … ”; a quotation of several sentences ends in a later one (“… It
// came from Gao,” the army said) or goes on into the next.
QList<Span> quotedSpans(const QString &text) {
    static const QRegularExpression quote(QStringLiteral(
        "^[^\u00ab\u201c]*[\u00bb\u201d]|\u00ab[^\u00bb]*(?:\u00bb|$)|\u201c[^\u201d]*(?:\u201d|$)"));
    QList<Span> spans;
    static const QString marks = QStringLiteral("\u00ab\u00bb\u201c\u201d");
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return marks.contains(c); }))
        return spans;
    for (auto it = quote.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        spans.append(Span{static_cast<int>(match.capturedStart(0)), static_cast<int>(match.capturedEnd(0))});
    }
    return spans;
}

} // namespace

SentenceContext SentenceContext::read(const Sentence &sentence, const Gazetteer &gazetteer,
                                      const NarrativeState &story) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    SentenceContext context;
    context.sentence = &sentence;
    const QString &text = sentence.text;
    context.folded = TextNormalizer::fold(text);
    context.words = CueWords::Text(context.folded);
    context.mentions = gazetteer.findFolded(
        text, context.folded, story.lastCountry.isEmpty() ? story.documentCountry : story.lastCountry);
    context.quotes = quotedSpans(text);
    context.attribution = ClaimLinker::attributionWords(context.words, context.mentions);
    context.reported = rules.mayMatch(ExtractionRules::Conditional, context.words) &&
                       ClaimLinker::isReportedFolded(context.folded);
    const auto &attribution = context.attribution;
    if (attribution && !attribution->claimant.isEmpty())
        context.speaker = Speaker{attribution->claimant, attribution->faction};
    else if ((attribution || context.reported ||
              rules.pattern(ExtractionRules::RefersToStatement).match(context.folded).hasMatch()) &&
             !story.context.isEmpty())
        context.speaker = story.context;

    const int contentStart = attribution ? attribution->contentStart : 0;
    int contentEnd =
        attribution && attribution->contentEnd >= 0 ? attribution->contentEnd : static_cast<int>(text.size());
    if (rules.mayMatch(ExtractionRules::ClauseEnd, context.words))
        if (const auto cut = rules.pattern(ExtractionRules::ClauseEnd).match(context.folded, contentStart);
            cut.hasMatch() && cut.capturedStart(0) < contentEnd)
            contentEnd = static_cast<int>(cut.capturedStart(0));
    context.content = Span{contentStart, contentEnd};
    context.contentText = text.mid(contentStart, contentEnd - contentStart);
    return context;
}

} // namespace kt
