#include "extract/SentencePlace.h"

#include "core/TextNormalizer.h"
#include "extract/ExtractionRules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kt {

namespace {

struct Candidate {
    int start = 0;
    int end = 0;
    QString name;
    QString country;
    bool isCountry = false;
    bool destination = false;
    QString placeText; // with the words that situate it
};

// Capitalised words that are not places: articles that open a sentence, agencies, groups, days, months, and
// cities abroad that a report names as capitals of other states.
const QSet<QString> &notPlaces() {
    static const QSet<QString> words{
        QStringLiteral("le"),      QStringLiteral("la"),         QStringLiteral("les"),
        QStringLiteral("l"),       QStringLiteral("un"),         QStringLiteral("une"),
        QStringLiteral("the"),     QStringLiteral("a"),          QStringLiteral("etat"),
        QStringLiteral("islamic"), QStringLiteral("state"),      QStringLiteral("afp"),
        QStringLiteral("reuters"), QStringLiteral("rfi"),        QStringLiteral("ap"),
        QStringLiteral("bbc"),     QStringLiteral("al"),         QStringLiteral("jnim"),
        QStringLiteral("fama"),    QStringLiteral("minusma"),    QStringLiteral("nord"),
        QStringLiteral("sud"),     QStringLiteral("est"),        QStringLiteral("ouest"),
        QStringLiteral("north"),   QStringLiteral("south"),      QStringLiteral("east"),
        QStringLiteral("west"),    QStringLiteral("human"),      QStringLiteral("monday"),
        QStringLiteral("tuesday"), QStringLiteral("wednesday"),  QStringLiteral("thursday"),
        QStringLiteral("friday"),  QStringLiteral("saturday"),   QStringLiteral("sunday"),
        QStringLiteral("january"), QStringLiteral("february"),   QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),        QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),     QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"),   QStringLiteral("december"),
        QStringLiteral("dieu"),    QStringLiteral("god"),        QStringLiteral("allah"),
        QStringLiteral("paris"),   QStringLiteral("washington"), QStringLiteral("moscou"),
        QStringLiteral("moscow"),  QStringLiteral("france"),     QStringLiteral("africa"),
        QStringLiteral("afrique"), QStringLiteral("europe")};
    return words;
}

// "Dans le cercle de Diré", "près d'Aorema", "the town of Sandare": a capitalised word the gazetteer does not
// know is a place only where the words before it say so, or in a list after a place (listedAfter).
const QRegularExpression &placeName() {
    static const QRegularExpression name(
        QStringLiteral("\\p{Lu}[\\p{L}'’-]*\\p{L}(?:[ -](?:\\p{Lu}[\\p{L}'’-]*\\p{L}|N['’]\\p{Lu}\\p{L}+))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    return name;
}

bool isNotPlace(const QString &words) {
    static const QRegularExpression separator(QStringLiteral("[ '’-]"));
    return notPlaces().contains(TextNormalizer::fold(words.section(separator, 0, 0)));
}

// Capitalised words where a place is written, that no gazetteer name covers. Each capitalised word is read
// once and the words before it are matched as a suffix: cheaper than searching the whole sentence.
QList<Candidate> unknownPlaces(const SentenceContext &sentence, bool english) {
    const QRegularExpression &name = placeName();
    // On folded text: plain ASCII, no accents, "'" for every apostrophe.
    static const QRegularExpression written(QStringLiteral(
        "(?:\\b(a|au|aux|dans|pres de|autour de|in|at|near|outside|around)\\s+|"
        "\\b(?:villages?|localites?|communes?|secteurs?|zones?|forets?|camps?|bases?|"
        "cercles?|departements?|provinces?|towns?|city|locality|district|forest|sector|area)\\s+"
        "(?:de\\s+|d'|du\\s+|of\\s+)?|"
        "\\b(?:nord|sud|est|ouest|north|south|east|west)(?:-\\w+)?\\s+(?:de\\s+|d'|du\\s+|of\\s+))$"));
    QList<Candidate> found;
    const QString &text = sentence.text();
    // The word before a place written this way ends one of the forms above: others need no regular
    // expression.
    static const QSet<QString> lastWords{
        QStringLiteral("a"),        QStringLiteral("au"),          QStringLiteral("aux"),
        QStringLiteral("dans"),     QStringLiteral("de"),          QStringLiteral("d"),
        QStringLiteral("du"),       QStringLiteral("of"),          QStringLiteral("in"),
        QStringLiteral("at"),       QStringLiteral("near"),        QStringLiteral("outside"),
        QStringLiteral("around"),   QStringLiteral("village"),     QStringLiteral("villages"),
        QStringLiteral("localite"), QStringLiteral("localites"),   QStringLiteral("commune"),
        QStringLiteral("communes"), QStringLiteral("secteur"),     QStringLiteral("secteurs"),
        QStringLiteral("zone"),     QStringLiteral("zones"),       QStringLiteral("foret"),
        QStringLiteral("forets"),   QStringLiteral("camp"),        QStringLiteral("camps"),
        QStringLiteral("base"),     QStringLiteral("bases"),       QStringLiteral("cercle"),
        QStringLiteral("cercles"),  QStringLiteral("departement"), QStringLiteral("departements"),
        QStringLiteral("province"), QStringLiteral("provinces"),   QStringLiteral("town"),
        QStringLiteral("towns"),    QStringLiteral("city"),        QStringLiteral("locality"),
        QStringLiteral("district"), QStringLiteral("forest"),      QStringLiteral("sector"),
        QStringLiteral("area")};
    const QString &folded = sentence.folded;
    for (int at = 1; at < text.size(); ++at) {
        if (!text.at(at).isUpper() || text.at(at - 1).isLetter())
            continue;
        int wordEnd = at - 1;
        while (wordEnd > 0 && !folded.at(wordEnd - 1).isLetter())
            --wordEnd;
        int wordStart = wordEnd;
        while (wordStart > 0 && folded.at(wordStart - 1).isLetter())
            --wordStart;
        if (!lastWords.contains(folded.mid(wordStart, wordEnd - wordStart)))
            continue;
        const auto match = name.match(text, at, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            continue;
        const int start = at;
        const int end = static_cast<int>(match.capturedEnd(0));
        at = end;
        const bool covered = std::any_of(sentence.mentions.cbegin(), sentence.mentions.cend(),
                                         [&](const Mention &m) { return m.start < end && start < m.end; });
        const QString words = match.captured(0);
        // "le camp Soundiata de Kati", "the Boni base of Hombori": a site named in a town is the town's.
        const bool siteOfPlace =
            std::any_of(sentence.mentions.cbegin(), sentence.mentions.cend(), [&](const Mention &m) {
                const QStringView between = QStringView(folded).mid(end, std::max(0, m.start - end));
                return m.kind == Mention::Kind::Place &&
                       (between == QLatin1String(" de ") || between == QLatin1String(" d'") ||
                        between == QLatin1String(" of "));
            });
        if (covered || siteOfPlace || isNotPlace(words))
            continue;
        const int from = std::max(0, start - 40);
        const auto before = written.match(QStringView(sentence.folded).mid(from, start - from));
        // "à Dinguiri", but not the English article ("a Burkinabe organisation", "A Burkinabe group"): "a"
        // is "à" only in French, and written without its accent only as a capital ("A Ménaka, ...").
        if (!before.hasMatch() || (before.captured(1) == QLatin1String("a") &&
                                   (english || text.at(from + before.capturedStart(1)) == QLatin1Char('a'))))
            continue;
        found.append(Candidate{start, end, words, QString(), false, false, QString()});
    }
    return found;
}

// Places named in a list after a place: "the towns of Nioro, Sandare and Gogui", "à Gao, Ansongo et
// Ménaka". Only a list closed by "and" or "et" counts: in "à Kidal, Ag Ghaly a dit", the capital after the
// comma begins a person's name.
QList<Candidate> listedAfter(const SentenceContext &sentence, const QList<Candidate> &places) {
    static const QRegularExpression list(
        QStringLiteral("((?:,\\s*%1)*),?\\s+(?:and|et)\\s+(%1)(?![\\p{L}'’-]|\\s+\\p{Lu})")
            .arg(placeName().pattern()),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString &text = sentence.text();
    QList<Candidate> found;
    const auto taken = [&](int start, int end) {
        const auto overlaps = [start, end](const auto &other) {
            return other.start < end && start < other.end;
        };
        return std::any_of(sentence.mentions.cbegin(), sentence.mentions.cend(), overlaps) ||
               std::any_of(places.cbegin(), places.cend(), overlaps) ||
               std::any_of(found.cbegin(), found.cend(), overlaps);
    };
    const auto add = [&](int start, const QString &words) {
        const int end = start + static_cast<int>(words.size());
        if (!taken(start, end) && !isNotPlace(words))
            found.append(Candidate{start, end, words, QString(), false, false, QString()});
    };
    for (const Candidate &place : places) {
        if (place.isCountry || place.end >= text.size() ||
            (text.at(place.end) != QLatin1Char(',') && text.at(place.end) != QLatin1Char(' ')))
            continue;
        const auto match = list.match(text, place.end, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            continue;
        for (auto it = placeName().globalMatch(match.captured(1)); it.hasNext();) {
            const auto name = it.next();
            add(static_cast<int>(match.capturedStart(1) + name.capturedStart(0)), name.captured(0));
        }
        add(static_cast<int>(match.capturedStart(2)), match.captured(2));
    }
    return found;
}

// "OUAGADOUGOU:", "Niamey (AFP) -", "(Niamey) Une embuscade …": where the report was filed, not where it
// happened.
bool isDateline(const QString &text, const Candidate &candidate) {
    if (candidate.start > 1)
        return false;
    const QString written = text.mid(candidate.start, candidate.end - candidate.start);
    const QString after = text.mid(candidate.end, 4).trimmed();
    const bool bracketed =
        candidate.start == 1 && text.at(0) == QLatin1Char('(') && after.startsWith(QLatin1Char(')'));
    return bracketed || (written.size() > 3 && written == written.toUpper()) ||
           (!after.isEmpty() && QStringLiteral(":(-\u2013\u2014").contains(after.at(0)));
}

} // namespace

int SentencePlace::prefixStart(const QString &folded, int placeStart) {
    const int from = std::max(0, placeStart - 60);
    const auto match =
        ExtractionRules::bundled().matchBefore(ExtractionRules::PlacePrefix, folded, placeStart, 60);
    return match.hasMatch() ? from + static_cast<int>(match.capturedStart(1)) : placeStart;
}

bool SentencePlace::isSeatOfPower(const QString &folded, int start, int end) {
    const ExtractionRules &rules = ExtractionRules::bundled();
    return rules.matchesBefore(ExtractionRules::SeatOfPower, folded, start, 30) ||
           rules.pattern(ExtractionRules::SeatOfPowerAfter)
               .match(QStringView(folded).mid(end, 40))
               .hasMatch();
}

bool SentencePlace::isDestination(const QString &folded, int position) {
    return ExtractionRules::bundled().matchesBefore(ExtractionRules::Destination, folded, position, 30);
}

SentencePlace SentencePlace::find(const SentenceContext &sentence, const NarrativeState &story) {
    QList<Candidate> candidates;
    for (const Mention &mention : sentence.mentions)
        if (mention.kind == Mention::Kind::Place)
            candidates.append(Candidate{mention.start, mention.end, mention.canonical, mention.country,
                                        mention.isCountry(), false, QString()});
    candidates += unknownPlaces(sentence, story.english);
    candidates += listedAfter(sentence, candidates);
    candidates.removeIf([&sentence](const Candidate &c) { return isDateline(sentence.text(), c); });
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.start < b.start; });
    SentencePlace place;
    int previousEnd = -1; // where the last place of the sentence ends
    for (Candidate &candidate : candidates) {
        if (candidate.isCountry) {
            // "une région frontalière avec la Mauritanie", "near the border with Niger": a neighbour, not
            // the country the story is in.
            if (place.country.isEmpty() &&
                !ExtractionRules::bundled().matchesBefore(ExtractionRules::BorderOf, sentence.folded,
                                                          candidate.start, 40))
                place.country = candidate.country;
            continue;
        }
        candidate.destination = isDestination(sentence.folded, candidate.start) ||
                                isSeatOfPower(sentence.folded, candidate.start, candidate.end);
        if (candidate.destination)
            continue;
        const int start = prefixStart(sentence.folded, candidate.start);
        candidate.placeText = sentence.text().mid(start, candidate.end - start);
        // "le village de Motogatta dans la commune de Tondikiwindi": the area the place before lies in, not a
        // place of its own.
        static const QRegularExpression within(QStringLiteral(
            "^\\s*,?\\s*(?:dans|in) (?:la |le |the )?(?:commune|cercle|region|province|district|departement|"
            "department|prefecture) (?:de |d'|du |of )?$"));
        if (!place.all.isEmpty() && previousEnd >= 0 &&
            within.match(QStringView(sentence.folded).mid(previousEnd, candidate.start - previousEnd))
                .hasMatch()) {
            previousEnd = candidate.end;
            continue;
        }
        previousEnd = candidate.end;
        place.all.append(Named{candidate.name, candidate.placeText, candidate.start});
    }
    const Candidate *chosen = nullptr;
    for (const bool inContent : {true, false}) {
        for (const Candidate &candidate : std::as_const(candidates)) {
            if (candidate.isCountry || (inContent && !sentence.content.contains(candidate.start)) ||
                candidate.destination)
                continue;
            chosen = &candidate;
            break;
        }
        if (chosen)
            break;
    }
    if (!chosen) {
        // A sentence about a whole country happens there, not at the story's last town.
        if (place.country.isEmpty())
            place.location = story.lastPlace;
        return place;
    }
    place.named = true;
    place.location = chosen->name;
    if (!chosen->country.isEmpty())
        place.country = chosen->country;
    place.placeText = chosen->placeText;
    place.start = chosen->end - static_cast<int>(place.placeText.size());
    return place;
}

} // namespace kt
