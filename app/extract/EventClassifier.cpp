#include "extract/EventClassifier.h"

#include "core/TextNormalizer.h"
#include "extract/CueWords.h"

#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

struct Rule {
    CueWords words; // a match holds one of them: without any, the pattern is not run
    QRegularExpression cue;
    QString eventType;
    QString subEventType;
    EventStatus status;
    QString action;
    bool initiatorWins;
};

Rule rule(std::initializer_list<const char *> cueWords, const char *pattern, const char *type,
          const char *subType, const char *action, bool wins = false,
          EventStatus status = EventStatus::Occurred) {
    return Rule{
        CueWords(cueWords),
        QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption),
        QString::fromUtf8(type),
        QString::fromUtf8(subType),
        status,
        QString::fromUtf8(action),
        wins};
}

const QList<Rule> &rules() {
    static const char *battles = "Battles";
    static const char *remote = "Explosions/Remote violence";
    static const char *strategic = "Strategic developments";
    static const QList<Rule> list{
        rule({"frappe", "bombardement", "drone", "strike", "airstrike"},
             "\\b(frappes? aeriennes?|frappes? de drones?|bombardements? aeriens?|drones? armes?|air "
             "?strikes?|drone strikes?)\\b",
             remote, "Air/drone strike", "struck from the air"),
        rule({"engin", "mine", "ied", "explosive", "bomb", "landmine"},
             "\\b(engins? explosifs?( improvises?)?|mines? artisanales?|ied|improvised explosive "
             "devices?|roadside bombs?|landmines?)\\b",
             remote, "Remote explosive/landmine/IED", "hit by an explosive device"),
        rule({"obus", "artillerie", "roquette", "mortier", "shelling", "rocket", "mortar"},
             "\\b(obus|tirs? d'artillerie|roquettes?|tirs? de mortiers?|shelling|rockets?|mortar "
             "fire|mortars?)\\b",
             remote, "Shelling/artillery/missile attack", "shelled"),
        rule({"repri", "reprendre", "prise", "controle", "entre", "investi", "recaptur", "retook", "control",
              "seized", "entered"},
             "\\b(ont repris|a repris|reprise de|reprendre|ont pris le controle|a pris le controle|prise "
             "de|sont entres dans|sont entrees dans|est entree dans|entrer dans|entreront dans|entrera dans|"
             "ont investi|recaptured|retook|took control|taken control|seized|entered the "
             "(?:town|city|camp|base))\\b",
             battles, "Government regains territory", "took control of", true),
        rule({"quitte", "evacue", "retroc", "remis", "cede", "left", "handed over", "withdrew", "vacated",
              "pulled out"},
             "\\b(a quitte|ont quitte|avait quitte|avaient quitte|a evacue|ont evacue|retrocede|retrocession|"
             "a remis|ont remis|a cede|left|handed over|withdrew from|vacated|pulled out of)\\b",
             strategic, "Non-violent transfer of territory", "left"),
        rule({"coup", "cut", "shut"},
             "\\b(a coupe|ont "
             "coupe|coupure|couper)\\b.*\\b(lignes?|reseaux?|telephon\\w*|internet|communications?)\\b|"
             "\\b(cut|shut down|shut off)\\b.*\\b(phone|telephone|internet|network)",
             strategic, "Other", "cut communications"),
        rule({"couvre-feu", "curfew"}, "\\b(couvre-feu|curfew)\\b", strategic, "Other", "imposed a curfew"),
        rule({"resolution"},
             "\\b(a adopte|ont adopte|adoption de|adopted|voted)\\b.*\\b(resolution)\\b|\\bresolution "
             "\\d{3,4}\\b",
             strategic, "Other", "adopted a resolution"),
        rule({"mandat"},
             "\\b(mandat|mandate)\\b.{0,40}\\b(prend fin|prendra fin|expire|expires|ends|will end)\\b",
             strategic, "Other", "mandate ends"),
        // A convoy set in motion, not one that is merely named.
        rule({"convoi", "colonne", "convoy"},
             "\\b(convois?|colonnes?|convoys?)\\b.*\\b(a quitte|ont quitte|est parti|sont partis|a pris la "
             "route|ont pris la route|s'est mis en route|se sont mis en route|en direction d|set off|set out|"
             "left|departed|headed|moved)",
             strategic, "Other", "moved a convoy"),
        rule({"brise", "broke"}, "\\b(ont brise|a brise|brise la ligne|broke through|broke the)\\b", battles,
             "Armed clash", "broke the defensive line of", true),
        rule({"repousse", "repelled", "pushed back", "beat back"},
             "\\b(a repousse|ont repousse|repelled|pushed back|beat back)\\b", battles, "Armed clash",
             "repelled", true),
        rule({"disperse", "routed"},
             "\\b(aurait (?:\\w+ )?disperse|auraient (?:\\w+ )?disperse|a (?:\\w+ )?disperse|ont (?:\\w+ "
             ")?disperse|dispersed|routed)\\b",
             battles, "Armed clash", "dispersed the positions of", true),
        rule({"tirs", "fire"},
             "\\b(ont essuye des tirs|a essuye des tirs|cibles? de tirs|came under fire|were fired on|was "
             "fired "
             "on)\\b",
             battles, "Armed clash", "came under fire"),
        rule({"combat", "affront", "accrochage", "attaqu", "embuscade", "clash", "fight", "fought", "attack",
              "ambush", "battle"},
             "\\b(combats?|affrontements?|accrochages?|attaques?|embuscades?|a attaque|ont "
             "attaque|avaient attaque|avait attaque|s'affront\\w*|se sont affrontes|clash(?:es|ed)?|fighting|"
             "fought|attack(?:s|ed)?|ambush(?:ed)?|battle)\\b",
             battles, "Armed clash", "fought"),
        rule({"operation", "offensive", "lance"},
             "\\b(operation\\w*|offensive)\\b.*\\b(lancee?s?|declenchee?s?|launched)\\b|\\b(a lance|ont "
             "lance|launched)\\b.*\\b(operation|offensive)\\b",
             strategic, "Other", "launched an operation against", false, EventStatus::Ongoing),
    };
    return list;
}

} // namespace

std::optional<int> EventClassifier::fatalities(const QString &text) {
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    static const QRegularExpression deaths(
        QStringLiteral(
            "\\b(?:(?:killing|killed|tuant|faisant|left|leaving)\\s+(?:at least |au moins |pres de "
            "|nearly |some |about |environ )?(\\d{1,5})\\b(?!\\s*(?:%|pour|per|blesses|wounded|injured))|"
            "(\\d{1,5})\\s+(?:morts|tues|victimes|dead|people killed|killed|deaths))"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto match = deaths.match(TextNormalizer::fold(text));
    if (!match.hasMatch())
        return std::nullopt;
    return (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
}

QStringList EventClassifier::cueGaps(const QString &text) {
    const QString folded = TextNormalizer::fold(text);
    const CueWords::Text words(folded);
    QStringList gaps;
    for (const Rule &candidate : rules())
        if (!candidate.words.admit(words) && candidate.cue.match(folded).hasMatch())
            gaps.append(candidate.cue.pattern());
    return gaps;
}

QList<Classification> EventClassifier::classify(const QString &text) {
    const QString folded = TextNormalizer::fold(text);
    QList<Classification> found;
    const CueWords::Text words(folded);
    for (const Rule &candidate : rules()) {
        if (!candidate.words.admit(words))
            continue;
        const auto match = candidate.cue.match(folded);
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
    static const QRegularExpression speech(
        QStringLiteral(
            "\\b(a declare|ont declare|declare|a indique|indique|a annonce|annonce|affirme|affirmant|a "
            "affirme|"
            "souligne|a souligne|a precise|precise|assure|a assure|a denonce|denonce|appelle|a appele|"
            "a dementi|dementi|dement|communique|said|says|stated|announced|claimed|declared|denied|denies|"
            "statement)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto match = speech.match(TextNormalizer::fold(text));
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
    static const QRegularExpression quantity(
        QStringLiteral("\\b(?:(?:au moins|pres de|plus de|environ|quelque|at least|nearly|more "
                       "than|about|some|over)\\s+)?"
                       "(\\d{1,3}(?:[ .,]\\d{3})+|\\d+)\\s+"
                       "(membres? (?:de son |du |de leur )?personnel|personnels?|soldats|militaires|casques "
                       "bleus|agents|"
                       "civils|employes|troops|soldiers|personnel|peacekeepers|staff|members of "
                       "(?:its|their) personnel)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt; // a count is written in digits
    const QString folded = TextNormalizer::fold(text);
    const auto match = quantity.match(folded);
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
