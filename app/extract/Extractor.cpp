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
#include <array>

namespace kt {

namespace {

// Where the story is: the last day a sentence gave (a range when `span` > 0), and whether that day is when
// something was said.
struct Narrative {
    std::optional<Day> day;
    int span = 0;
    bool isReport = false;
    int anchor = -1;
};

struct Speaker {
    QString claimant;
    QString faction;
};

struct Span {
    int start = 0;
    int end = 0;
    bool contains(int position) const { return position >= start && position < end; }
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
        "(?:a )?(?:une|un|quelques|\\d+) (?:\\w+ (?:de )?)?(?:kilometres|km) d[e'u] ?|"
        "pres d[e'] ?|aux (?:abords|environs|portes) d[e'u] ?|autour d[e'] ?|"
        "(?:just )?(?:near|outside|around|north of|south of|east of|west of|in the region of) |"
        "(?:\\d+ )?(?:km|kilometres|kilometers|miles) (?:north|south|east|west)\\w* of )$"));
    const int from = std::max(0, placeStart - 60);
    const auto match = prefix.match(folded.mid(from, placeStart - from));
    return match.hasMatch() ? from + static_cast<int>(match.capturedStart(1)) : placeStart;
}

// A place named as where something is going ("en direction de Kidal", "heading for Gao") is not where it
// happens.
bool isDestination(const QString &folded, int placeStart) {
    static const QRegularExpression toward = foldedRx(QStringLiteral(
        "(?:vers|en direction d[eu']|a destination d[eu']|en route (?:vers|pour|to|for)|heading (?:for|to)|"
        "bound for|towards?) ?$"));
    const int from = std::max(0, placeStart - 30);
    return toward.match(folded.mid(from, placeStart - from)).hasMatch();
}

// The quoted words of a sentence: « … », “ … ”.
QList<Span> quotedSpans(const QString &text) {
    static const QRegularExpression quote(QStringLiteral("\u00ab[^\u00bb]*\u00bb|\u201c[^\u201d]*\u201d"));
    QList<Span> spans;
    for (auto it = quote.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        spans.append(Span{static_cast<int>(match.capturedStart(0)), static_cast<int>(match.capturedEnd(0))});
    }
    return spans;
}

// "la Minusma", "cette armée": an actor named with a feminine article, which a later "elle" can stand for.
bool namedFeminine(const QString &folded, const Mention &mention) {
    static const QRegularExpression article = foldedRx(QStringLiteral("\\b(?:la|cette|une) $"));
    const int from = std::max(0, mention.start - 6);
    return article.match(folded.mid(from, mention.start - from)).hasMatch();
}

TimePrecision precisionOf(Day from, Day to) {
    const int days = to - from;
    if (days <= 0)
        return TimePrecision::Exact;
    return days <= 7 ? TimePrecision::Week : TimePrecision::Month;
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

bool overlaps(const Event &a, const Event &b) {
    return a.dateStart <= b.dateEnd && b.dateStart <= a.dateEnd;
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
    static const QRegularExpression possessive =
        foldedRx(QStringLiteral("\\b(?:ses|son|sa|leurs?|its|their|nos|notre|our) $"));
    static const QRegularExpression firstPerson =
        foldedRx(QStringLiteral("\\b(nos|notre|nous|our|we|us)\\b"));
    static const QRegularExpression refersToStatement = foldedRx(
        QStringLiteral("^(le communique|ce communique|la declaration|the statement|the communique)\\b"));
    static const QRegularExpression withdrawal =
        foldedRx(QStringLiteral("\\b(retrait|depart|quitt\\w*|withdrawal|drawdown|pull-?out|leave)\\b"));
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
    QString lastInitiator;                        // the last acting faction, for "son", "leurs", "they"
    QString lastFeminine;                         // the last faction named with "la", for "elle"
    QHash<QString, qsizetype> statementByFaction; // one statement event per speaker
    QList<ClaimLinker::FightClaim> fights;        // parallel to result.events
    QStringList actions;                          // parallel to result.events: what each one says happened

    for (int index = 0; index < sentences.size(); ++index) {
        const Sentence &sentence = sentences.at(index);
        const QString &text = sentence.text;
        const QString folded = TextNormalizer::fold(text);
        const QList<Mention> mentions = m_gazetteer.find(text);
        const QList<Span> quotes = quotedSpans(text);

        // Who speaks.
        const auto attribution = ClaimLinker::attribution(text, mentions);
        const bool reported = ClaimLinker::isReported(text);
        Speaker speaker;
        if (attribution && !attribution->claimant.isEmpty())
            speaker = Speaker{attribution->claimant, attribution->faction};
        else if ((attribution || reported || refersToStatement.match(folded).hasMatch()) &&
                 !context.claimant.isEmpty())
            speaker = context;

        // What is claimed: after the reporting verb (or before a closing "…, a indiqué X"), up to a
        // subordinate clause about something else.
        const int contentStart = attribution ? attribution->contentStart : 0;
        int contentEnd = attribution && attribution->contentEnd >= 0 ? attribution->contentEnd
                                                                     : static_cast<int>(text.size());
        if (const auto cut = clauseEnd.match(folded, contentStart);
            cut.hasMatch() && cut.capturedStart(0) < contentEnd)
            contentEnd = static_cast<int>(cut.capturedStart(0));
        const Span content{contentStart, contentEnd};
        const QString contentText = text.mid(contentStart, contentEnd - contentStart);

        // When: a communiqué's own words are dated from the day it was issued.
        const bool speaksFromReport = narrative.isReport && narrative.day && !speaker.faction.isEmpty() &&
                                      speaker.faction == context.faction;
        TemporalTagger::Context timeContext;
        timeContext.reference = speaksFromReport ? *narrative.day : published;
        timeContext.narrative = narrative.day;
        timeContext.narrativeSpan = narrative.span;
        timeContext.future = TemporalTagger::speaksOfFuture(text);
        QList<TimeExpression> times = TemporalTagger::tag(text, timeContext);

        // The day of the saying: a date outside what is claimed ("Le 16 juin, X a déclaré que …"), or right
        // after the reporting verb ("a déclaré dimanche").
        std::optional<TimeExpression> saidOn;
        if (attribution && attribution->hasVerb) {
            for (const TimeExpression &time : times) {
                if (time.kind == TimeExpression::Kind::Date &&
                    (!content.contains(time.start) || std::abs(time.start - attribution->verbEnd) <= 3)) {
                    saidOn = time;
                    break;
                }
            }
        }
        // Quoted words speak from the day they were said: "ce matin" in a communiqué issued on Tuesday is
        // Tuesday morning.
        if (saidOn && !quotes.isEmpty()) {
            TemporalTagger::Context quotedContext = timeContext;
            quotedContext.reference = saidOn->to;
            for (const Span &quote : quotes) {
                times.removeIf([&quote](const TimeExpression &time) { return quote.contains(time.start); });
                const QString words = text.mid(quote.start, quote.end - quote.start);
                quotedContext.future = TemporalTagger::speaksOfFuture(words);
                for (TimeExpression time : TemporalTagger::tag(words, quotedContext)) {
                    time.start += quote.start;
                    time.end += quote.start;
                    times.append(time);
                }
            }
            std::sort(times.begin(), times.end(),
                      [](const TimeExpression &a, const TimeExpression &b) { return a.start < b.start; });
        }
        // The first expression of these kinds in what is claimed, else anywhere but the day of the saying.
        const auto pick =
            [&](std::initializer_list<TimeExpression::Kind> kinds) -> std::optional<TimeExpression> {
            std::optional<TimeExpression> outside;
            for (const auto &time : times) {
                if (std::find(kinds.begin(), kinds.end(), time.kind) == kinds.end() ||
                    (saidOn && time.start == saidOn->start))
                    continue;
                if (content.contains(time.start))
                    return time;
                if (!outside)
                    outside = time;
            }
            return outside;
        };
        const auto ownDate = pick({TimeExpression::Kind::Date, TimeExpression::Kind::Relative});
        const auto vague = pick({TimeExpression::Kind::Vague, TimeExpression::Kind::Since});
        const auto asOf = pick({TimeExpression::Kind::AsOf});
        const auto deadline = pick({TimeExpression::Kind::Deadline});

        // Where: the first place of what is claimed that is not a destination, else of the sentence.
        const Mention *place = nullptr;
        for (const bool inContent : {true, false}) {
            for (const Mention &mention : mentions) {
                if (mention.kind == Mention::Kind::Place && (!inContent || content.contains(mention.start)) &&
                    !isDestination(folded, mention.start)) {
                    place = &mention;
                    break;
                }
            }
            if (place)
                break;
        }
        const QString location = place ? place->canonical : lastPlace;
        const int placeStart = place ? placePrefixStart(folded, place->start) : 0;
        const QString placeText = place ? text.mid(placeStart, place->end - placeStart) : QString();

        // Sides, in the order the claim names them.
        QStringList factions;
        QStringList actors;
        QHash<QString, int> firstNamedAt; // where each side is first named, to tell who acts from who is hit
        bool usedLabel = false;
        for (const Mention &mention : mentions) {
            if (!content.contains(mention.start))
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
            if (!firstNamedAt.contains(faction))
                firstNamedAt.insert(faction, mention.start);
        }
        const QStringList namedFactions = factions;
        // "nos positions" in a side's communiqué: that side.
        if (!speaker.faction.isEmpty() && !factions.contains(speaker.faction)) {
            for (const Span &quote : quotes) {
                if (content.contains(quote.start) &&
                    firstPerson.match(folded.mid(quote.start, quote.end - quote.start)).hasMatch()) {
                    factions.append(speaker.faction);
                    break;
                }
            }
        }
        bool usedCoreference = false;
        if (factions.isEmpty()) {
            if (const auto word = pronoun.match(folded); word.hasMatch()) {
                const bool she = word.captured(1).startsWith(QLatin1String("elle"));
                const QString &meant = she && !lastFeminine.isEmpty() ? lastFeminine : lastInitiator;
                if (!meant.isEmpty()) {
                    factions.append(meant);
                    usedCoreference = true;
                }
            }
        }

        auto makeEvent = [&](const Classification &what, const QStringList &sides) {
            Event event;
            event.eventType = what.eventType;
            event.subEventType = what.subEventType;
            event.status = what.status;
            event.factions = sides;
            event.actors = actors;
            event.location = location;
            event.placeText = placeText;
            event.claimedBy = speaker.claimant;
            event.claimantFaction = speaker.faction;
            event.track = m_gazetteer.trackFor(sides);
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
        auto setRange = [](Event &event, Day from, Day to) {
            event.dateStart = from;
            event.dateEnd = to;
            event.precision = precisionOf(from, to);
        };
        auto dateFromNarrative = [&](Event &event) {
            // No date of its own: the narrative's day as a range, never a made-up exact day.
            const Day day = narrative.day.value_or(published);
            if (narrative.isReport || !narrative.day)
                setRange(event, day - 6, day);
            else
                setRange(event, day - narrative.span - 1, std::min(day + 1, std::max(day, published)));
            event.precision = std::max(event.precision, TimePrecision::Week);
            event.confidence -= 0.15;
        };
        auto setDate = [&](Event &event, const TimeExpression &time) {
            event.dateStart = time.from;
            event.dateEnd = time.to;
            event.precision = time.precision;
            event.confidence += 0.1;
        };
        auto add = [&](Event event, const QString &action, const QString &winner) {
            event.confidence = std::clamp(event.confidence, 0.05, 0.99);
            // The same happening told twice by the same side (or once without a side) is one event.
            for (qsizetype i = 0; i < result.events.size(); ++i) {
                Event &earlier = result.events[i];
                const bool sameClaim = earlier.claimantFaction == event.claimantFaction ||
                                       earlier.claimantFaction.isEmpty() || event.claimantFaction.isEmpty();
                // A retelling that names no side ("une dizaine d'assaillants neutralisés au cours des
                // combats") is the fight already told.
                const bool sameSide = earlier.factions.value(0) == event.factions.value(0) ||
                                      earlier.factions.isEmpty() || event.factions.isEmpty();
                if (actions.at(i) == action && earlier.subEventType == event.subEventType &&
                    earlier.status == event.status && earlier.location == event.location && sameSide &&
                    overlaps(earlier, event) && sameClaim) {
                    if (earlier.factions.isEmpty())
                        earlier.factions = event.factions;
                    if (earlier.claimantFaction.isEmpty()) {
                        earlier.claimedBy = event.claimedBy;
                        earlier.claimantFaction = event.claimantFaction;
                    }
                    earlier.confidence = std::max(earlier.confidence, event.confidence);
                    return;
                }
            }
            event.uid =
                QStringLiteral("a:%1:%2:%3").arg(bodyHash).arg(sentence.start).arg(result.events.size());
            result.events.append(event);
            actions.append(action);
            fights.append(ClaimLinker::FightClaim{ownDate ? index : narrative.anchor, event.location,
                                                  event.claimantFaction, winner});
        };

        QList<Classification> happenings = EventClassifier::classify(contentText);
        const auto measure = EventClassifier::measure(text);
        if (measure)
            happenings.removeIf([](const Classification &c) {
                return c.subEventType == QLatin1String("Non-violent transfer of territory");
            });
        const QString initiator = factions.value(0);
        // What is still to come and has a due date is planned for that date; a happening with a past day of
        // its own ("MINUSMA, which left its Kidal camp on Oct. 31, is due to leave Gao by …") happened.
        const bool plannedHappenings =
            deadline && timeContext.future && !happenings.isEmpty() && !(ownDate && ownDate->to < published);
        const auto deaths = EventClassifier::fatalities(contentText);
        bool datedByVague = false;

        if (measure) {
            Classification what{QStringLiteral("Strategic developments"),
                                QStringLiteral("Other"),
                                EventStatus::Measure,
                                QStringLiteral("count"),
                                false,
                                false,
                                measure->start,
                                measure->end};
            Event event = makeEvent(what, factions);
            const auto day = asOf ? asOf : ownDate;
            if (day)
                setDate(event, *day);
            else
                setRange(event, published, published);
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
            // Gone, still to go, or just counted.
            static const QRegularExpression left =
                foldedRx(QStringLiteral("\\b(?:(?:ont|a|avaient|avait|sont|est) (?:deja "
                                        ")?(?:quitte|retires?|partis?)|(?:have|has|had) "
                                        "(?:already )?(?:left|withdrawn)|left|withdrew)\\b"));
            const bool toGo = timeContext.future;
            const bool gone = !toGo && left.match(folded).hasMatch();
            event.summary = QStringLiteral("%1: %2%3 %4 %5")
                                .arg(initiator.isEmpty() ? QStringLiteral("Count") : initiator, prefix,
                                     formatCount(measure->value), event.unit,
                                     gone   ? QStringLiteral("gone")
                                     : toGo ? QStringLiteral("still to leave")
                                            : QStringLiteral("counted"));
            if (!location.isEmpty() && (gone || toGo))
                event.summary += (gone ? QStringLiteral(" from ") : QStringLiteral(" ")) + location;
            add(event, what.action, QString());
        }
        if (deadline && !plannedHappenings) {
            Classification what{QStringLiteral("Strategic developments"),
                                QStringLiteral("Other"),
                                EventStatus::Planned,
                                QStringLiteral("due"),
                                false,
                                false,
                                deadline->start,
                                deadline->end};
            Event event = makeEvent(what, factions);
            setDate(event, *deadline);
            // The place of what is due, when a dated happening comes first: the first named after it.
            if (ownDate && ownDate->end <= deadline->start) {
                for (const Mention &mention : mentions) {
                    if (mention.kind == Mention::Kind::Place && mention.start >= ownDate->end &&
                        !isDestination(folded, mention.start)) {
                        const int start = placePrefixStart(folded, mention.start);
                        event.location = mention.canonical;
                        event.placeText = text.mid(start, mention.end - start);
                        break;
                    }
                }
            }
            const bool isWithdrawal = withdrawal.match(folded).hasMatch();
            const QString subject =
                (initiator.isEmpty() ? QString() : initiator + QLatin1Char(' ')) +
                (isWithdrawal ? QStringLiteral("withdrawal") : QStringLiteral("deadline"));
            event.summary = deadline->after
                                ? QStringLiteral("%1: planned after %2")
                                      .arg(initiator.isEmpty() ? QStringLiteral("Plan") : initiator,
                                           describeDay(deadline->from))
                                : QStringLiteral("%1 due by %2").arg(subject, describeDay(deadline->to));
            if (!event.location.isEmpty() && event.location != QLatin1String("Mali"))
                event.summary += QStringLiteral(" \u00b7 ") + event.location;
            add(event, what.action, QString());
        }
        for (Classification what : happenings) {
            // Sides of this happening: "ses frappes" are the speaker's (or the last actor's) strikes; the
            // side that claims responsibility ("a revendiqué l'attaque") carried it out.
            QStringList sides = factions;
            const int cue = contentStart + what.cueStart;
            const bool responsibility =
                attribution && attribution->hasVerb && !speaker.faction.isEmpty() &&
                folded.mid(attribution->verbStart, attribution->verbEnd - attribution->verbStart)
                    .contains(QLatin1String("revendiqu"));
            QString owner;
            if (responsibility ||
                possessive.match(folded.mid(std::max(0, cue - 8), std::min(8, cue))).hasMatch()) {
                owner = !speaker.faction.isEmpty() ? speaker.faction : lastInitiator;
                if (!owner.isEmpty()) {
                    sides.removeAll(owner);
                    sides.prepend(owner);
                }
            }
            const QString actor = sides.value(0);
            // An armed attack on civilians is violence against civilians, not a battle.
            if (what.action == QLatin1String("fought") && sides.size() > 1 &&
                sides.mid(1).contains(QLatin1String("Civilians")) && actor != QLatin1String("Civilians")) {
                what.eventType = QStringLiteral("Violence against civilians");
                what.subEventType = QStringLiteral("Attack");
                what.action = QStringLiteral("attacked");
            }
            Event event = makeEvent(what, sides);
            // Something still going on is dated by when it began ("lancée récemment"), a happening by its
            // day; one that is only said to be known on the day of a statement, by the week up to it.
            if (plannedHappenings) {
                setDate(event, *deadline);
                event.status = EventStatus::Planned;
            } else if ((what.status == EventStatus::Ongoing && vague) || (!ownDate && vague)) {
                setDate(event, *vague);
                if (vague->kind == TimeExpression::Kind::Since && event.status == EventStatus::Occurred)
                    event.status = EventStatus::Ongoing;
                datedByVague =
                    vague->kind == TimeExpression::Kind::Vague && event.status == EventStatus::Occurred;
            } else if (ownDate) {
                setDate(event, *ownDate);
            } else if (saidOn) {
                setRange(event, saidOn->to - 6, saidOn->to);
            } else {
                dateFromNarrative(event);
            }
            if (event.dateStart > published && event.status == EventStatus::Occurred)
                event.status = EventStatus::Planned;
            if (deaths && event.status == EventStatus::Occurred &&
                what.eventType != QLatin1String("Strategic developments"))
                event.fatalities = *deaths;
            const QStringList others = sides.mid(1);
            // Who acts is named before the action's words in their clause, who is hit after them ("l'armée a
            // mené des frappes de drones sur nos positions"); "ses frappes" are the owner's.
            QStringList acting;
            QStringList hit;
            const auto clauseStart = static_cast<int>(folded.lastIndexOf(QLatin1Char(','), cue));
            for (const QString &side : std::as_const(sides)) {
                const int at = firstNamedAt.value(side, cue);
                (side == owner || (at > clauseStart && at < cue) ? acting : hit).append(side);
            }
            static const QHash<QString, std::array<const char *, 4>> oneSided{
                // action: acting and hit, acting only, hit only, neither
                {QStringLiteral("struck from the air"),
                 {"%1 struck %2 from the air", "Air/drone strike by %1", "Air/drone strike on %2",
                  "Air/drone strike"}},
                {QStringLiteral("shelled"),
                 {"%1 shelled %2", "Shelling by %1", "Shelling of %2", "Shelling"}},
                {QStringLiteral("hit by an explosive device"),
                 {"%1: explosive device against %2", "Explosive device attack by %1",
                  "%2 hit by an explosive device", "Explosive device"}}};
            if (const auto form = oneSided.constFind(what.action); form != oneSided.cend()) {
                const int which = acting.isEmpty() ? (hit.isEmpty() ? 3 : 2) : (hit.isEmpty() ? 1 : 0);
                event.summary = QString::fromLatin1(form->at(static_cast<std::size_t>(which)))
                                    .replace(QLatin1String("%1"), joinFactions(acting))
                                    .replace(QLatin1String("%2"), joinFactions(hit));
            } else if (what.action == QLatin1String("fought"))
                event.summary = sides.size() > 1
                                    ? QStringLiteral("%1 and %2 fought").arg(actor, joinFactions(others))
                                : sides.isEmpty() ? QStringLiteral("Fighting")
                                                  : QStringLiteral("Fighting involving %1").arg(actor);
            else if (what.action == QLatin1String("left") || what.action == QLatin1String("took control of"))
                event.summary = QStringLiteral("%1 %2 %3").arg(actor, what.action, location);
            else
                event.summary = QStringLiteral("%1 %2%3").arg(
                    actor, what.action,
                    others.isEmpty() || what.action.startsWith(QLatin1String("cut"))
                        ? QString()
                        : (what.action == QLatin1String("adopted a resolution") ? QStringLiteral(" on ")
                                                                                : QStringLiteral(" ")) +
                              joinFactions(others));
            if (event.status == EventStatus::Planned)
                event.summary += QStringLiteral(" (planned)");
            event.summary = event.summary.trimmed();
            if (!location.isEmpty() && !event.summary.endsWith(location))
                event.summary += QStringLiteral(" \u00b7 ") + (placeText.isEmpty() ? location : placeText);
            add(event, what.action, what.initiatorWins ? actor : QString());
        }
        if (happenings.isEmpty() && !measure && !deadline && !speaker.claimant.isEmpty()) {
            if (const auto said = EventClassifier::statement(text)) {
                if (!statementByFaction.contains(speaker.faction)) {
                    // A statement is the speaker's, then of whom it names.
                    QStringList sides{speaker.faction};
                    for (const QString &faction : namedFactions)
                        if (!sides.contains(faction))
                            sides.append(faction);
                    Event event = makeEvent(*said, sides);
                    if (saidOn || ownDate)
                        setDate(event, saidOn ? *saidOn : *ownDate);
                    else if (narrative.isReport && narrative.day)
                        setRange(event, *narrative.day, *narrative.day);
                    else
                        setRange(event, std::min(narrative.day.value_or(published - 6), published),
                                 published);
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
                    add(event, said->action, QString());
                }
            }
        }

        // Carry the story on.
        if (saidOn)
            narrative = Narrative{saidOn->to, 0, true, index};
        else if (ownDate && ownDate->kind != TimeExpression::Kind::Relative)
            narrative = Narrative{ownDate->to, ownDate->to - ownDate->from, false, index};
        else if (datedByVague)
            narrative = Narrative{vague->to, vague->to - vague->from, false, index};
        if (attribution && !speaker.claimant.isEmpty())
            context = speaker;
        else if (ownDate && !reported)
            context = Speaker{};
        if (place)
            lastPlace = place->canonical;
        if (!initiator.isEmpty())
            lastInitiator = initiator;
        for (const Mention &mention : mentions)
            if (mention.kind == Mention::Kind::Actor && namedFeminine(folded, mention))
                lastFeminine = mention.faction;
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
