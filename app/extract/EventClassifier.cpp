#include "extract/EventClassifier.h"

#include "core/TextNormalizer.h"
#include "extract/CueWords.h"
#include "extract/ExtractionRules.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace kt {

namespace {

const ExtractionRules &rules() {
    return ExtractionRules::bundled();
}

} // namespace

std::optional<int> EventClassifier::fatalities(const QString &text) {
    return fatalitiesFolded(TextNormalizer::fold(text));
}

std::optional<int> EventClassifier::fatalitiesFolded(const QString &folded) {
    if (std::none_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    const auto match = rules().pattern(ExtractionRules::Fatalities).match(folded);
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

namespace {

// The first match of a happening's pattern that tells it rather than refers to it.
QRegularExpressionMatch toldAt(const QRegularExpression &pattern, const QString &folded) {
    const QRegularExpression &mentionOnly = rules().pattern(ExtractionRules::MentionOnly);
    for (auto it = pattern.globalMatch(folded); it.hasNext();) {
        auto match = it.next();
        const auto start = match.capturedStart(0);
        const auto from = std::max<qsizetype>(0, start - 50);
        if (!mentionOnly.match(QStringView(folded).mid(from, start - from)).hasMatch())
            return match;
    }
    return {};
}

bool isBattle(const Classification &c) {
    return c.eventType == QLatin1String("Battles");
}

// An operation launched in which fighters were neutralised or fought is the fighting: a battle where the
// operation's words are (ACLED's codebook codes an offensive that meets the other side as a battle; a
// strategic development only when nothing of the kind is told).
void fightingOperation(QList<Classification> &found, bool weakFight) {
    const auto operation = std::find_if(found.begin(), found.end(), [](const Classification &c) {
        return c.action == QLatin1String("launched an operation against");
    });
    if (operation == found.end())
        return;
    if (!weakFight && std::none_of(found.cbegin(), found.cend(), isBattle))
        return;
    operation->eventType = QStringLiteral("Battles");
    operation->subEventType = QStringLiteral("Armed clash");
    operation->action = QStringLiteral("fought");
    operation->status = EventStatus::Occurred;
    const Classification fight = *operation;
    found.removeIf([&](const Classification &c) {
        return c.action == QLatin1String("fought") && c.cueStart != fight.cueStart;
    });
}

// Killing told with a strike or a battle: the strike's victims; the battle's when soldiers are among the
// dead, else violence against civilians.
void settleKillings(QList<Classification> &found, const QString &folded) {
    const auto isKilling = [](const Classification &c) {
        return c.eventType == QLatin1String("Violence against civilians");
    };
    const auto isRemote = [](const Classification &c) {
        return c.eventType == QLatin1String("Explosions/Remote violence");
    };
    if (std::none_of(found.cbegin(), found.cend(), isKilling))
        return;
    if (std::any_of(found.cbegin(), found.cend(), isRemote)) {
        found.removeIf(isKilling);
        return;
    }
    if (std::none_of(found.cbegin(), found.cend(), isBattle))
        return;
    static const QRegularExpression soldiers(QStringLiteral(
        "\\b(soldats?|militaires?|gendarmes?|policiers?|vdp|soldiers?|troops|servicemen|"
        "gendarmes|police(?:men)?|combattants|fighters|jihadistes|jihadists|terroristes|terrorists)\\b"));
    if (soldiers.match(folded).hasMatch())
        found.removeIf(isKilling);
    else
        found.removeIf(isBattle);
}

} // namespace

QList<Classification> EventClassifier::classify(const QString &text) {
    const CueWords::Text words(TextNormalizer::fold(text));
    return classifyFolded(words.folded(), words);
}

QList<Classification> EventClassifier::classifyFolded(const QString &folded, const CueWords::Text &words) {
    QList<Classification> found;
    bool weakOnly = true;
    bool weakFight = false; // a fight told only by its toll ("neutralisés"), given way to another kind
    for (const ExtractionRules::Happening &candidate : rules().happenings()) {
        if (!candidate.cues.admit(words))
            continue;
        const auto match = toldAt(candidate.pattern, folded);
        if (!match.hasMatch())
            continue;
        // One happening per kind: a clash described twice is one clash, told where its first words are. Two
        // decisions are two ("who came to power in a coup …, had terminated the deal").
        const auto sameKind = std::find_if(found.begin(), found.end(), [&](const Classification &c) {
            return c.subEventType == candidate.subEventType && c.eventType == candidate.eventType &&
                   c.status == candidate.status &&
                   (c.eventType != QLatin1String("Strategic developments") || c.action == candidate.action);
        });
        if (sameKind != found.end()) {
            if (match.capturedStart(0) < sameKind->cueStart) {
                sameKind->cueStart = static_cast<int>(match.capturedStart(0));
                sameKind->cueEnd = static_cast<int>(match.capturedEnd(0));
            }
            continue;
        }
        Classification classification;
        classification.eventType = candidate.eventType;
        classification.subEventType = candidate.subEventType;
        classification.status = candidate.status;
        classification.action = candidate.action;
        classification.initiatorWins = candidate.initiatorWins;
        classification.cueStart = static_cast<int>(match.capturedStart(0));
        classification.cueEnd = static_cast<int>(match.capturedEnd(0));
        classification.defaultActor = candidate.defaultActor;
        std::optional<Classification> toldAgain;
        // A decision of the kind told again in a relative clause after it ("Traore toppled Damiba, who had
        // seized power only in January") is one of its own, if that clause dates it (EventBuilder).
        if (candidate.eventType == QLatin1String("Strategic developments")) {
            static const QRegularExpression relative(
                QStringLiteral(",\\s*(?:who|which|qui|lequel|laquelle)\\b"));
            if (const auto clause = relative.match(folded, match.capturedEnd(0)); clause.hasMatch()) {
                const qsizetype end = folded.indexOf(QLatin1Char(','), clause.capturedEnd(0));
                const auto again = candidate.pattern.match(
                    QStringView(folded).left(end < 0 ? folded.size() : end), clause.capturedEnd(0));
                if (again.hasMatch()) {
                    Classification other = classification;
                    other.cueStart = static_cast<int>(again.capturedStart(0));
                    other.cueEnd = static_cast<int>(again.capturedEnd(0));
                    other.toldAgainInClause = true;
                    toldAgain = other;
                }
            }
        }
        if (candidate.weak) {
            if (!found.isEmpty()) {
                weakFight = weakFight || isBattle(classification);
                continue;
            }
        } else if (weakOnly) {
            weakFight = weakFight || std::any_of(found.cbegin(), found.cend(), isBattle);
            found.clear(); // a weak kind found first gives way
            weakOnly = false;
        }
        found.append(classification);
        if (toldAgain)
            found.append(*toldAgain);
    }
    settleKillings(found, folded);
    fightingOperation(found, weakFight);
    // A specific battle wording makes the generic "fought" redundant.
    const bool specificBattle = std::any_of(found.cbegin(), found.cend(), [](const Classification &c) {
        return c.eventType == QLatin1String("Battles") && c.action != QLatin1String("fought") &&
               c.action != QLatin1String("came under fire");
    });
    if (specificBattle)
        found.removeIf([](const Classification &c) {
            return c.action == QLatin1String("fought") || c.action == QLatin1String("came under fire");
        });
    // "were targeted by air strikes", "visés par des tirs d'obus": the target of a remote attack fought
    // nobody; the strike or the shelling is the happening.
    const bool remote = std::any_of(found.cbegin(), found.cend(), [](const Classification &c) {
        return c.eventType == QLatin1String("Explosions/Remote violence");
    });
    if (remote) {
        static const QRegularExpression targeted(QStringLiteral("target|cibl|vise"));
        const QList<Classification> strikes = found;
        // Fighting told by the strike's own words ("came under drone attack") is the strike.
        const auto sameWords = [&strikes](const Classification &c) {
            return std::any_of(strikes.cbegin(), strikes.cend(), [&c](const Classification &strike) {
                return strike.eventType == QLatin1String("Explosions/Remote violence") &&
                       strike.cueStart < c.cueEnd && c.cueStart < strike.cueEnd;
            });
        };
        // Soldiers killed by the strike or the bomb ("two peacekeepers were killed … after an improvised bomb
        // exploded") are its toll, not a fight of their own.
        static const QRegularExpression toll(
            QStringLiteral("\\b(?:killed|killing|tues?|tuant|died|perished)\\b"));
        found.removeIf([&](const Classification &c) {
            const bool fight =
                c.action == QLatin1String("fought") || c.action == QLatin1String("came under fire");
            const QStringView cue = QStringView(folded).mid(c.cueStart, c.cueEnd - c.cueStart);
            return fight && (sameWords(c) || targeted.match(cue).hasMatch() || toll.match(cue).hasMatch());
        });
    }
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
    return statementFolded(TextNormalizer::fold(text));
}

std::optional<Classification> EventClassifier::statementFolded(const QString &folded) {
    const auto match = rules().pattern(ExtractionRules::StatementVerbs).match(folded);
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
    return measureFolded(TextNormalizer::fold(text));
}

std::optional<EventClassifier::Measure> EventClassifier::measureFolded(const QString &folded) {
    if (std::none_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt; // a count is written in digits
    const auto match = rules().pattern(ExtractionRules::Measure).match(folded);
    if (!match.hasMatch() || rules().pattern(ExtractionRules::Casualty).match(folded).hasMatch())
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
