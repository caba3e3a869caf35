#include "extract/ClaimLinker.h"

#include "core/TextNormalizer.h"

#include <QRegularExpression>

namespace kt {

std::optional<ClaimLinker::Attribution> ClaimLinker::attribution(const QString &sentence,
                                                                 const QList<Mention> &mentions) {
    static const QRegularExpression verb(
        QStringLiteral(
            "\\b(?:(?:a|ont|avait|avaient) (?:\\w+ "
            ")?(?:declare|indique|rapporte|affirme|annonce|denonce|revendique|"
            "assure|precise|souligne|confirme|dementi|fait savoir|reconnu|accuse)|"
            "(?:declare|indique|rapporte|affirme|annonce|denonce|assure|souligne|precise|revendique|"
            "affirmant|indiquant|declarant|precisant|assurant|soulignant)|"
            "(?:said|says|claimed|claims|reported|announced|stated|denied|told))\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression according(QStringLiteral("\\b(?:selon|d'apres|according to)\\s+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QString folded = TextNormalizer::fold(sentence);
    const auto isActor = [](const Mention &m) { return m.kind == Mention::Kind::Actor; };

    if (const auto match = according.match(folded); match.hasMatch()) {
        const int after = static_cast<int>(match.capturedEnd(0));
        for (const Mention &mention : mentions) {
            if (isActor(mention) && mention.start >= after && mention.start <= after + 40) {
                const int comma = static_cast<int>(sentence.indexOf(QLatin1Char(','), mention.end));
                return Attribution{mention.canonical, mention.faction,
                                   static_cast<int>(match.capturedStart(0)), mention.end,
                                   comma >= 0 && comma < mention.end + 80 ? comma + 1 : 0};
            }
        }
    }
    const auto match = verb.match(folded);
    if (!match.hasMatch())
        return std::nullopt;
    const int verbStart = static_cast<int>(match.capturedStart(0));
    const int verbEnd = static_cast<int>(match.capturedEnd(0));
    for (const Mention &mention : mentions) {
        if (mention.start >= verbStart)
            break;
        if (isActor(mention))
            return Attribution{mention.canonical, mention.faction, verbStart, verbEnd, verbEnd};
    }
    // A reporting verb without a named subject ("Le communiqué souligne que …").
    return Attribution{QString(), QString(), verbStart, verbEnd, verbEnd};
}

bool ClaimLinker::isReported(const QString &sentence) {
    static const QRegularExpression conditional(
        QStringLiteral("\\b(aurait|auraient|serait|seraient|would have|reportedly|allegedly)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return conditional.match(TextNormalizer::fold(sentence)).hasMatch();
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
