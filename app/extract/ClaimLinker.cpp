#include "extract/ClaimLinker.h"

#include "core/TextNormalizer.h"
#include "extract/ExtractionRules.h"

#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

const Mention *firstActorIn(const QList<Mention> &mentions, int from, int to) {
    for (const Mention &mention : mentions)
        if (mention.kind == Mention::Kind::Actor && mention.start >= from && mention.start < to)
            return &mention;
    return nullptr;
}

// Whether only a few words (`reach` characters) without a comma follow `from`: the reporting phrase closes
// the sentence.
// A clause that goes on after the speaker ("…, indique la même source, qui fait état de deux militaires
// tués", "…, the military and residents said, as the country battles a rise in assaults") still closes the
// sentence.
bool closesSentence(const QString &folded, int from, int reach = 25) {
    const QRegularExpression &relative = ExtractionRules::bundled().pattern(ExtractionRules::TrailingClause);
    QStringView rest = QStringView(folded).mid(from);
    if (const auto clause = relative.match(rest); clause.hasMatch())
        rest = rest.left(clause.capturedStart(0));
    rest = rest.trimmed();
    return rest.size() <= reach && !rest.contains(QLatin1Char(','));
}

// Where a quotation that opens the sentence closes, when it closes shortly before `verb` ("« … », a-t-il
// dit",
// "\"…\", avait pour sa part affirmé"); -1 otherwise.
int closingQuoteBefore(const QString &folded, int verb) {
    static const QString opening = QStringLiteral("\"\u00ab\u201c");
    static const QString closing = QStringLiteral("\"\u00bb\u201d");
    const auto nonSpace = std::find_if(folded.cbegin(), folded.cend(), [](QChar c) { return !c.isSpace(); });
    if (nonSpace == folded.cend() || !opening.contains(*nonSpace))
        return -1;
    const int first = static_cast<int>(nonSpace - folded.cbegin());
    for (int at = verb - 1; at > first && at >= verb - 40; --at)
        if (closing.contains(folded.at(at)))
            return at + 1;
    return -1;
}

// The comma that opens a closing reporting phrase, looking back from `at` over at most `reach` characters.
int commaBefore(const QString &folded, int at, int reach) {
    const int comma = static_cast<int>(folded.lastIndexOf(QLatin1Char(','), std::max(0, at - 1)));
    return comma >= 0 && at - comma <= reach ? comma : -1;
}

// An attribution to a named speaker, or to none when `speaker` is null.
ClaimLinker::Attribution spokenBy(const Mention *speaker, int start, int end, int contentStart,
                                  int contentEnd, bool hasVerb) {
    return ClaimLinker::Attribution{speaker ? speaker->canonical : QString(),
                                    speaker ? speaker->faction : QString(),
                                    start,
                                    end,
                                    contentStart,
                                    contentEnd,
                                    hasVerb};
}

} // namespace

std::optional<ClaimLinker::Attribution> ClaimLinker::attribution(const QString &sentence,
                                                                 const QList<Mention> &mentions) {
    return attributionWords(CueWords::Text(TextNormalizer::fold(sentence)), mentions);
}

std::optional<ClaimLinker::Attribution> ClaimLinker::attributionWords(const CueWords::Text &words,
                                                                      const QList<Mention> &mentions) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    const QString &folded = words.folded();
    const QRegularExpression &verb = rules.pattern(ExtractionRules::ReportingVerbs);
    const QRegularExpression &according = rules.pattern(ExtractionRules::AccordingTo);

    if (const auto match = rules.mayMatch(ExtractionRules::AccordingTo, words) ? according.match(folded)
                                                                               : QRegularExpressionMatch();
        match.hasMatch()) {
        const int start = static_cast<int>(match.capturedStart(0));
        const int after = static_cast<int>(match.capturedEnd(0));
        // The speaker is named before the next comma: "selon une source sécuritaire, l'armée …" names none.
        const int clauseEnd = static_cast<int>(folded.indexOf(QLatin1Char(','), after));
        const Mention *speaker =
            firstActorIn(mentions, after, std::min(after + 41, clauseEnd < 0 ? after + 41 : clauseEnd));
        const int comma = commaBefore(folded, start, 2);
        // "…, selon l'ONU.": what is claimed is before the comma.
        if (comma >= 0 && closesSentence(folded, speaker ? speaker->end : after))
            return spokenBy(speaker, start, speaker ? speaker->end : after, 0, comma, false);
        // "Selon le CSP-PSD, …": what is claimed follows the comma.
        if (speaker) {
            const int next = static_cast<int>(folded.indexOf(QLatin1Char(','), speaker->end));
            return spokenBy(speaker, start, speaker->end,
                            next >= 0 && next < speaker->end + 80 ? next + 1 : 0, -1, false);
        }
    }
    // A verb said not to have been said ("who never claimed responsibility") attributes nothing.
    if (!rules.mayMatch(ExtractionRules::ReportingVerbs, words))
        return std::nullopt;
    QRegularExpressionMatch match;
    for (auto it = verb.globalMatch(folded); it.hasNext();) {
        const auto candidate = it.next();
        // Up to the verb's last word: "n'a jamais revendiqué", "never officially claimed".
        const qsizetype lastWord = folded.lastIndexOf(QLatin1Char(' '), candidate.capturedEnd(0) - 1) + 1;
        const qsizetype verbWord = std::max(candidate.capturedStart(0), lastWord);
        if (!ExtractionRules::bundled().matchesBefore(ExtractionRules::NegatedReport, folded, verbWord, 30)) {
            match = candidate;
            break;
        }
    }
    if (!match.hasMatch())
        return std::nullopt;
    const int verbStart = static_cast<int>(match.capturedStart(0));
    const int verbEnd = static_cast<int>(match.capturedEnd(0));

    if (const int comma = commaBefore(folded, verbStart, 60); comma >= 0) {
        const bool nothingBetween = folded.mid(comma + 1, verbStart - comma - 1).trimmed().isEmpty();
        if (nothingBetween) {
            // "…, a annoncé l'état-major.", "…, indique un communiqué du ministère de l'Intérieur lu à la
            // télévision nationale.": the speaker follows the verb, which comes first in the closing phrase.
            const Mention *speaker = firstActorIn(mentions, verbEnd, verbEnd + 41);
            if (closesSentence(folded, speaker ? speaker->end : verbEnd, 80))
                return spokenBy(speaker, verbStart, verbEnd, 0, comma, true);
        } else if (closesSentence(folded, verbEnd)) {
            // "…, MINUSMA said.", "…, the mission said."
            return spokenBy(firstActorIn(mentions, comma + 1, verbStart), verbStart, verbEnd, 0, comma, true);
        }
    }
    // "« Il y a eu 18 morts … », avait pour sa part affirmé un habitant": the words quoted before the verb
    // are what is said, the speaker comes after them (not one named inside them).
    if (const int closing = closingQuoteBefore(folded, verbStart); closing > 0) {
        const Mention *speaker = firstActorIn(mentions, closing, static_cast<int>(folded.size()));
        return spokenBy(speaker, verbStart, verbEnd, 0, closing, true);
    }
    // "X a déclaré que …": the speaker is the first actor before the verb.
    if (const Mention *speaker = firstActorIn(mentions, 0, verbStart))
        return spokenBy(speaker, verbStart, verbEnd, verbEnd, -1, true);
    // A reporting verb without a named subject ("Le communiqué souligne que …").
    return spokenBy(nullptr, verbStart, verbEnd, verbEnd, -1, true);
}

bool ClaimLinker::isReportedFolded(const QString &folded) {
    return ExtractionRules::bundled().pattern(ExtractionRules::Conditional).match(folded).hasMatch();
}

bool ClaimLinker::contradict(const FightClaim &a, const FightClaim &b) {
    if (a.anchor < 0 || a.anchor != b.anchor)
        return false;
    if (a.claimantFaction.isEmpty() || b.claimantFaction.isEmpty() || a.claimantFaction == b.claimantFaction)
        return false;
    if (a.winner.isEmpty() || b.winner.isEmpty() || a.winner == b.winner)
        return false;
    return a.location == b.location;
}

} // namespace kt
