#include "extract/Extractor.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"
#include "extract/ClaimLinker.h"
#include "extract/EventClassifier.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace kt {

namespace {

// Where the story is: the last day a sentence gave, and whether that day is when something was said.
struct Narrative {
    std::optional<Day> day;
    bool isReport = false;
    int anchor = -1;
};

struct Speaker {
    QString claimant;
    QString faction;
};

QRegularExpression foldedRx(const QString &pattern) {
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// The words before a place that say where relative to it: "près de", "à l'ouest de", "la région de".
int placePrefixStart(const QString &folded, int placeStart) {
    static const QRegularExpression prefix = foldedRx(QStringLiteral(
        "((?:dans |a |de )?(?:la region|la ville|la localite|la zone|le cercle|les environs|la commune) "
        "d[e'u] ?|"
        "(?:a |au |a l')?(?:l'ouest|l'est|ouest|est|nord|sud|nord-est|nord-ouest|sud-est|sud-ouest) d[e'u] ?|"
        "(?:a )?(?:une|un|quelques|\\d+) (?:\\w+ )?(?:kilometres|km) d[e'u] ?|"
        "pres d[e'] ?|aux (?:abords|environs|portes) d[e'u] ?|autour d[e'] ?|"
        "(?:just )?(?:near|outside|around|north of|south of|east of|west of|in the region of) |"
        "(?:\\d+ )?(?:km|kilometres|kilometers|miles) (?:north|south|east|west)\\w* of )$"));
    const int from = std::max(0, placeStart - 60);
    const auto match = prefix.match(folded.mid(from, placeStart - from));
    return match.hasMatch() ? from + static_cast<int>(match.capturedStart(1)) : placeStart;
}

QString formatCount(double value) {
    QLocale locale(QLocale::French);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(static_cast<qlonglong>(value));
}

QString describeDay(Day day) {
    return QLocale(QLocale::English).toString(DayDate::toDate(day), QStringLiteral("d MMM yyyy"));
}

QString joinFactions(const QStringList &factions) {
    return factions.join(QStringLiteral(", "));
}

} // namespace

Extractor::Extractor(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer) {}

DocumentEvents Extractor::extract(const Document &document) const {
    static const QRegularExpression clauseEnd =
        foldedRx(QStringLiteral("\\b(en reponse|en reaction|suite a|alors que|tandis que|lors de|lors d'|in "
                                "response|in retaliation|while|whereas)\\b"));
    static const QRegularExpression pronoun =
        foldedRx(QStringLiteral("\\b(son|sa|ses|elle|elles|ils|leur|leurs|its|it|they|their)\\b"));
    static const QRegularExpression refersToStatement = foldedRx(
        QStringLiteral("^(le communique|ce communique|la declaration|the statement|the communique)\\b"));
    static const QRegularExpression withdrawal =
        foldedRx(QStringLiteral("\\b(retrait|depart|withdrawal|drawdown|pull-?out)\\b"));
    static const QRegularExpression quoted(
        QStringLiteral("\u00ab\\s*([^\u00bb]{3,120}?)\\s*\u00bb|\u201c([^\u201d]{3,120})\u201d"));
    static const QRegularExpression qualifier = foldedRx(
        QStringLiteral("\\b(au moins|pres de|plus de|environ|at least|nearly|more than|about|over)\\s+\\d"));

    DocumentEvents result;
    result.document = document;
    const Day published = DayDate::fromDate(document.published);
    const QString bodyHash = QString::fromLatin1(
        QCryptographicHash::hash(document.body.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QList<Sentence> sentences = SentenceSplitter::split(document.body);

    Narrative narrative;
    Speaker context;                              // whose words the text is relaying
    QString lastPlace;                            // the last place named, for sentences that name none
    QString lastInitiator;                        // the last acting faction, for "son", "elle", "leurs"
    QHash<QString, qsizetype> statementByFaction; // one statement event per speaker
    QList<ClaimLinker::FightClaim> fights;        // parallel to result.events

    for (int index = 0; index < sentences.size(); ++index) {
        const Sentence &sentence = sentences.at(index);
        const QString &text = sentence.text;
        const QString folded = TextNormalizer::fold(text);
        const QList<Mention> mentions = m_gazetteer.find(text);

        // Who speaks.
        const auto attribution = ClaimLinker::attribution(text, mentions);
        const bool reported = ClaimLinker::isReported(text);
        Speaker speaker;
        if (attribution && !attribution->claimant.isEmpty())
            speaker = Speaker{attribution->claimant, attribution->faction};
        else if ((attribution || reported || refersToStatement.match(folded).hasMatch()) &&
                 !context.claimant.isEmpty())
            speaker = context;

        // When: a communiqué's own words are dated from the day it was issued.
        const bool speaksFromReport = narrative.isReport && narrative.day && !speaker.faction.isEmpty() &&
                                      speaker.faction == context.faction;
        TemporalTagger::Context timeContext;
        timeContext.reference = speaksFromReport ? *narrative.day : published;
        timeContext.narrative = narrative.day;
        timeContext.future = TemporalTagger::speaksOfFuture(text);
        const QList<TimeExpression> times = TemporalTagger::tag(text, timeContext);
        const auto firstOf =
            [&times](std::initializer_list<TimeExpression::Kind> kinds) -> std::optional<TimeExpression> {
            for (const auto &time : times)
                if (std::find(kinds.begin(), kinds.end(), time.kind) != kinds.end())
                    return time;
            return std::nullopt;
        };
        const auto ownDate = firstOf({TimeExpression::Kind::Date, TimeExpression::Kind::Relative});
        const auto vague = firstOf({TimeExpression::Kind::Vague, TimeExpression::Kind::Since});
        const auto asOf = firstOf({TimeExpression::Kind::AsOf});
        const auto deadline = firstOf({TimeExpression::Kind::Deadline});

        // What is claimed: after the reporting verb, up to a subordinate clause about something else.
        int contentStart = attribution ? attribution->contentStart : 0;
        int contentEnd = static_cast<int>(text.size());
        if (const auto cut = clauseEnd.match(folded, contentStart); cut.hasMatch())
            contentEnd = static_cast<int>(cut.capturedStart(0));
        const QString content = text.mid(contentStart, contentEnd - contentStart);

        // Where.
        const Mention *place = nullptr;
        for (const Mention &mention : mentions) {
            if (mention.kind == Mention::Kind::Place && mention.start >= contentStart &&
                mention.start < contentEnd) {
                place = &mention;
                break;
            }
        }
        if (!place) {
            for (const Mention &mention : mentions)
                if (mention.kind == Mention::Kind::Place) {
                    place = &mention;
                    break;
                }
        }
        const QString location = place ? place->canonical : lastPlace;
        const QString placeText = place ? text.mid(placePrefixStart(folded, place->start),
                                                   place->end - placePrefixStart(folded, place->start))
                                        : QString();

        // Sides.
        QStringList factions;
        QStringList actors;
        bool usedLabel = false;
        for (const Mention &mention : mentions) {
            if (mention.start < contentStart || mention.start >= contentEnd)
                continue;
            QString faction;
            if (mention.kind == Mention::Kind::Actor) {
                faction = mention.faction;
            } else if (mention.kind == Mention::Kind::ContextualLabel) {
                faction = m_gazetteer.resolveLabel(mention.canonical, speaker.faction, location);
                usedLabel = true;
            } else {
                continue;
            }
            if (!actors.contains(mention.written))
                actors.append(mention.written);
            if (!factions.contains(faction))
                factions.append(faction);
        }
        bool usedCoreference = false;
        if (factions.isEmpty() && !lastInitiator.isEmpty() && pronoun.match(folded).hasMatch()) {
            factions.append(lastInitiator);
            usedCoreference = true;
        }

        auto makeEvent = [&](const Classification &what) {
            Event event;
            event.eventType = what.eventType;
            event.subEventType = what.subEventType;
            event.status = what.status;
            event.factions = factions;
            event.actors = actors;
            event.location = location;
            event.placeText = placeText;
            event.claimedBy = speaker.claimant;
            event.claimantFaction = speaker.faction;
            event.track = m_gazetteer.trackFor(factions);
            event.quote = text;
            event.charStart = sentence.start;
            event.charEnd = sentence.end;
            double confidence = 0.85;
            if (usedLabel)
                confidence -= 0.1;
            if (usedCoreference)
                confidence -= 0.15;
            if (!place)
                confidence -= 0.05;
            event.confidence = confidence;
            return event;
        };
        auto dateFromNarrative = [&](Event &event) {
            // No date of its own: the narrative's day as a range, never a made-up exact day.
            const Day day = narrative.day.value_or(published);
            if (narrative.isReport || !narrative.day) {
                event.dateStart = day - 6;
                event.dateEnd = day;
            } else {
                event.dateStart = day - 1;
                event.dateEnd = std::min(day + 1, std::max(day, published));
            }
            event.precision = TimePrecision::Week;
            event.confidence -= 0.15;
        };
        auto setDate = [&](Event &event, const TimeExpression &time) {
            event.dateStart = time.from;
            event.dateEnd = time.to;
            event.precision = time.precision;
            event.confidence += 0.1;
        };
        auto add = [&](Event event, const QString &winner) {
            event.confidence = std::clamp(event.confidence, 0.05, 0.99);
            event.uid =
                QStringLiteral("a:%1:%2:%3").arg(bodyHash).arg(sentence.start).arg(result.events.size());
            result.events.append(event);
            fights.append(ClaimLinker::FightClaim{ownDate ? index : narrative.anchor, event.location,
                                                  event.claimantFaction, winner});
        };

        QList<Classification> happenings = EventClassifier::classify(content);
        const auto measure = EventClassifier::measure(text);
        if (measure)
            happenings.removeIf([](const Classification &c) {
                return c.subEventType == QLatin1String("Non-violent transfer of territory");
            });
        const QString initiator = factions.value(0);

        if (measure) {
            Classification what{QStringLiteral("Strategic developments"),
                                QStringLiteral("Other"),
                                EventStatus::Measure,
                                QStringLiteral("count"),
                                false,
                                false,
                                measure->start,
                                measure->end};
            Event event = makeEvent(what);
            const auto day = asOf ? asOf : ownDate;
            if (day)
                setDate(event, *day);
            else {
                event.dateStart = event.dateEnd = published;
                event.precision = TimePrecision::Exact;
            }
            event.value = measure->value;
            event.unit = measure->unit;
            const auto qual = qualifier.match(folded.mid(std::max(0, measure->start)));
            static const QHash<QString, QString> english{
                {QStringLiteral("au moins"), QStringLiteral("at least ")},
                {QStringLiteral("pres de"), QStringLiteral("nearly ")},
                {QStringLiteral("plus de"), QStringLiteral("more than ")},
                {QStringLiteral("environ"), QStringLiteral("about ")}};
            const QString prefix = qual.hasMatch() && qual.capturedStart(0) == 0
                                       ? english.value(qual.captured(1), qual.captured(1) + QLatin1Char(' '))
                                       : QString();
            const bool gone = folded.contains(QLatin1String("quitte")) ||
                              folded.contains(QLatin1String("left")) ||
                              folded.contains(QLatin1String("retire"));
            event.summary = QStringLiteral("%1: %2%3 %4 %5")
                                .arg(initiator.isEmpty() ? QStringLiteral("Count") : initiator, prefix,
                                     formatCount(measure->value), event.unit,
                                     gone ? QStringLiteral("gone") : QStringLiteral("counted"));
            if (!location.isEmpty() && gone)
                event.summary += QStringLiteral(" from ") + location;
            add(event, QString());
        }
        if (deadline) {
            Classification what{QStringLiteral("Strategic developments"),
                                QStringLiteral("Other"),
                                EventStatus::Planned,
                                QStringLiteral("due"),
                                false,
                                false,
                                deadline->start,
                                deadline->end};
            Event event = makeEvent(what);
            setDate(event, *deadline);
            const bool isWithdrawal = withdrawal.match(folded).hasMatch();
            event.summary = QStringLiteral("%1%2 due by %3")
                                .arg(initiator.isEmpty() ? QString() : initiator + QLatin1Char(' '),
                                     isWithdrawal ? QStringLiteral("withdrawal") : QStringLiteral("deadline"),
                                     describeDay(deadline->to));
            add(event, QString());
        }
        for (const Classification &what : happenings) {
            Event event = makeEvent(what);
            // Something still going on is dated by when it began ("lancée récemment"), a happening by its
            // day.
            const auto &when = (what.status == EventStatus::Ongoing && vague) || !ownDate ? vague : ownDate;
            if (when)
                setDate(event, *when);
            else
                dateFromNarrative(event);
            const QStringList others = factions.mid(1);
            if (what.action == QLatin1String("fought"))
                event.summary = factions.size() > 1
                                    ? QStringLiteral("%1 and %2 fought").arg(initiator, joinFactions(others))
                                    : QStringLiteral("Fighting");
            else if (what.action == QLatin1String("left") || what.action == QLatin1String("took control of"))
                event.summary = QStringLiteral("%1 %2 %3").arg(initiator, what.action, location);
            else
                event.summary = QStringLiteral("%1 %2%3").arg(
                    initiator, what.action,
                    others.isEmpty() || what.action.startsWith(QLatin1String("cut"))
                        ? QString()
                        : QLatin1Char(' ') + joinFactions(others));
            event.summary = event.summary.trimmed();
            if (!location.isEmpty() && !event.summary.endsWith(location))
                event.summary += QStringLiteral(" \u00b7 ") + (placeText.isEmpty() ? location : placeText);
            add(event, what.initiatorWins ? initiator : QString());
        }
        if (happenings.isEmpty() && !measure && !deadline && !speaker.claimant.isEmpty()) {
            if (const auto said = EventClassifier::statement(text)) {
                if (!statementByFaction.contains(speaker.faction)) {
                    Event event = makeEvent(*said);
                    if (event.factions.isEmpty())
                        event.factions = QStringList{speaker.faction};
                    event.track = m_gazetteer.trackFor(event.factions);
                    if (ownDate)
                        setDate(event, *ownDate);
                    else {
                        event.dateStart = event.dateEnd = narrative.day.value_or(published);
                        event.precision = narrative.day ? TimePrecision::Exact : TimePrecision::Week;
                    }
                    const auto words = quoted.match(text);
                    event.summary = QStringLiteral("%1 statement").arg(speaker.claimant);
                    if (words.hasMatch())
                        event.summary +=
                            QStringLiteral(": \u00ab %1 \u00bb")
                                .arg(words.captured(1).isEmpty() ? words.captured(2) : words.captured(1));
                    if (!location.isEmpty())
                        event.summary +=
                            QStringLiteral(" \u00b7 ") + (placeText.isEmpty() ? location : placeText);
                    statementByFaction.insert(speaker.faction, result.events.size());
                    add(event, QString());
                }
            }
        }

        // Carry the story on.
        if (ownDate && ownDate->kind != TimeExpression::Kind::Relative) {
            const bool dateOfSaying = attribution && std::abs(ownDate->start - attribution->verbEnd) <= 3;
            narrative = Narrative{ownDate->to, dateOfSaying, index};
        }
        if (attribution && !speaker.claimant.isEmpty())
            context = speaker;
        else if (ownDate && !reported)
            context = Speaker{};
        if (place)
            lastPlace = place->canonical;
        if (!initiator.isEmpty())
            lastInitiator = initiator;
    }

    // Claims about the same fight that give the win to different sides contradict each other.
    for (qsizetype i = 0; i < result.events.size(); ++i)
        for (qsizetype j = i + 1; j < result.events.size(); ++j)
            if (ClaimLinker::contradict(fights.at(i), fights.at(j))) {
                result.events[i].contradicts.append(j);
                result.events[j].contradicts.append(i);
            }
    return result;
}

} // namespace kt
