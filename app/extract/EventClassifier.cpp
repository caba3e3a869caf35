#include "extract/EventClassifier.h"

#include "core/TextNormalizer.h"
#include "extract/CueWords.h"
#include "extract/ExtractionRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

const ExtractionRules &rules() {
    return ExtractionRules::bundled();
}

} // namespace

std::optional<int> EventClassifier::fatalities(const QString &text) {
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    const auto match = rules().pattern(ExtractionRules::Fatalities).match(TextNormalizer::fold(text));
    if (!match.hasMatch())
        return std::nullopt;
    return (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
}

QStringList EventClassifier::cueGaps(const QString &text) {
    const QString folded = TextNormalizer::fold(text);
    const CueWords::Text words(folded);
    QStringList gaps;
    for (const ExtractionRules::Happening &candidate : rules().happenings())
        if (!candidate.cues.admit(words) && candidate.pattern.match(folded).hasMatch())
            gaps.append(candidate.pattern.pattern());
    return gaps;
}

QList<Classification> EventClassifier::classify(const QString &text) {
    const QString folded = TextNormalizer::fold(text);
    QList<Classification> found;
    const CueWords::Text words(folded);
    for (const ExtractionRules::Happening &candidate : rules().happenings()) {
        if (!candidate.cues.admit(words))
            continue;
        const auto match = candidate.pattern.match(folded);
        if (!match.hasMatch())
            continue;
        // One happening per kind: a clash described twice is one clash.
        const bool sameKind = std::any_of(found.cbegin(), found.cend(), [&](const Classification &c) {
            return c.subEventType == candidate.subEventType && c.eventType == candidate.eventType &&
                   c.status == candidate.status;
        });
        if (sameKind)
            continue;
        Classification classification;
        classification.eventType = candidate.eventType;
        classification.subEventType = candidate.subEventType;
        classification.status = candidate.status;
        classification.action = candidate.action;
        classification.initiatorWins = candidate.initiatorWins;
        classification.cueStart = static_cast<int>(match.capturedStart(0));
        classification.cueEnd = static_cast<int>(match.capturedEnd(0));
        found.append(classification);
    }
    // A specific battle wording makes the generic "fought" redundant.
    const bool specificBattle = std::any_of(found.cbegin(), found.cend(), [](const Classification &c) {
        return c.eventType == QLatin1String("Battles") && c.action != QLatin1String("fought") &&
               c.action != QLatin1String("came under fire");
    });
    if (specificBattle)
        found.removeIf([](const Classification &c) {
            return c.action == QLatin1String("fought") || c.action == QLatin1String("came under fire");
        });
    // A convoy that leaves a town moves; it hands nothing over. A convoy that is hit is the attack's news.
    const auto hasAction = [&found](const char *action) {
        return std::any_of(found.cbegin(), found.cend(),
                           [action](const Classification &c) { return c.action == QLatin1String(action); });
    };
    if (hasAction("moved a convoy")) {
        const bool violent = std::any_of(found.cbegin(), found.cend(), [](const Classification &c) {
            return c.eventType != QLatin1String("Strategic developments");
        });
        if (violent)
            found.removeIf(
                [](const Classification &c) { return c.action == QLatin1String("moved a convoy"); });
        else
            found.removeIf([](const Classification &c) { return c.action == QLatin1String("left"); });
    }
    std::sort(found.begin(), found.end(),
              [](const Classification &a, const Classification &b) { return a.cueStart < b.cueStart; });
    return found;
}

std::optional<Classification> EventClassifier::statement(const QString &text) {
    const auto match = rules().pattern(ExtractionRules::StatementVerbs).match(TextNormalizer::fold(text));
    if (!match.hasMatch())
        return std::nullopt;
    Classification classification;
    classification.eventType = QStringLiteral("Strategic developments");
    classification.subEventType = QStringLiteral("Other");
    classification.action = QStringLiteral("statement");
    classification.statement = true;
    classification.cueStart = static_cast<int>(match.capturedStart(0));
    classification.cueEnd = static_cast<int>(match.capturedEnd(0));
    return classification;
}

std::optional<EventClassifier::Measure> EventClassifier::measure(const QString &text) {
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt; // a count is written in digits
    const QString folded = TextNormalizer::fold(text);
    const auto match = rules().pattern(ExtractionRules::Measure).match(folded);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char(','));
    Measure measure;
    measure.value = digits.toDouble();
    // One unit per kind of count, in English, whichever language the text is in: measures of one unit are
    // drawn on one axis.
    const QString unit = match.captured(2);
    if (unit.contains(QLatin1String("personnel")) || unit.contains(QLatin1String("staff")) ||
        unit.startsWith(QLatin1String("agent")) || unit.startsWith(QLatin1String("employe")))
        measure.unit = QStringLiteral("personnel");
    else if (unit.contains(QLatin1String("casques")) || unit.startsWith(QLatin1String("peacekeeper")))
        measure.unit = QStringLiteral("peacekeepers");
    else if (unit.startsWith(QLatin1String("civil")))
        measure.unit = QStringLiteral("civilians");
    else
        measure.unit = QStringLiteral("troops"); // soldats, militaires, troops, soldiers
    measure.start = static_cast<int>(match.capturedStart(0));
    measure.end = static_cast<int>(match.capturedEnd(0));
    return measure;
}

} // namespace kt
