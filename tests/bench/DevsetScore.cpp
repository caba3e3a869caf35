#include "bench/DevsetScore.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <stdexcept>

namespace kt::devset {

Annotation readAnnotation(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(path.toStdString() + ": cannot read");
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error(path.toStdString() + ": " + error.errorString().toStdString());
    Annotation annotation;
    annotation.id = root.value(QStringLiteral("id")).toString();
    annotation.language = root.value(QStringLiteral("language")).toString();
    for (const auto &value : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject object = value.toObject();
        GoldEvent event;
        const auto start = DayDate::fromIso(object.value(QStringLiteral("date_start")).toString());
        const auto end = DayDate::fromIso(object.value(QStringLiteral("date_end")).toString());
        if (!start || !end)
            throw std::runtime_error(path.toStdString() + ": an event without date_start and date_end");
        event.start = *start;
        event.end = *end;
        event.status =
            statusFromName(object.value(QStringLiteral("status")).toString()).value_or(EventStatus::Occurred);
        event.eventType = object.value(QStringLiteral("event_type")).toString();
        event.subEventType = object.value(QStringLiteral("sub_event_type")).toString();
        for (const auto &faction : object.value(QStringLiteral("factions")).toArray())
            event.factions << faction.toString();
        event.location = object.value(QStringLiteral("location")).toString();
        event.note = object.value(QStringLiteral("note")).toString();
        annotation.events << event;
    }
    return annotation;
}

namespace {

// Whether two names of six letters or more differ by one letter added, dropped or changed: one place
// transliterated two ways, often in the same report ("Tizigorou", "Tizigourou").
bool oneLetterApart(const QString &x, const QString &y) {
    if (std::min(x.size(), y.size()) < 6 || std::abs(x.size() - y.size()) > 1)
        return false;
    qsizetype i = 0;
    while (i < x.size() && i < y.size() && x.at(i) == y.at(i))
        ++i;
    const auto rest = [](const QString &s, qsizetype from) { return QStringView(s).mid(from); };
    return rest(x, i + 1) == rest(y, i + 1) || rest(x, i) == rest(y, i + 1) || rest(x, i + 1) == rest(y, i);
}

} // namespace

bool samePlace(const QString &a, const QString &b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString x = TextNormalizer::fold(a);
    const QString y = TextNormalizer::fold(b);
    if (x == y || oneLetterApart(x, y))
        return true;
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList xs = x.split(separators, Qt::SkipEmptyParts);
    const QStringList ys = y.split(separators, Qt::SkipEmptyParts);
    return (xs.size() > 1 && xs.contains(y)) || (ys.size() > 1 && ys.contains(x));
}

namespace {

int agreement(const GoldEvent &gold, const Event &event) {
    int score = 0;
    score += samePlace(gold.location, event.location) ? 4 : 0;
    score += gold.eventType == event.eventType ? 3 : 0;
    score += gold.subEventType == event.subEventType ? 1 : 0;
    score += !gold.factions.isEmpty() && gold.factions.first() == event.factions.value(0) ? 2 : 0;
    for (const QString &faction : gold.factions)
        score += event.factions.contains(faction) ? 1 : 0;
    score += gold.start == event.dateStart && gold.end == event.dateEnd ? 2 : 0;
    score += gold.status == event.status ? 1 : 0;
    return score;
}

bool canPair(const GoldEvent &gold, const Event &event) {
    if (event.dateStart - 1 > gold.end || event.dateEnd + 1 < gold.start)
        return false;
    // A side in common is not enough: on the same days, one side takes part in several happenings (an
    // attack and the army's answer, a coup and the decisions that follow). The same place or the same type.
    return samePlace(gold.location, event.location) || gold.eventType == event.eventType;
}

} // namespace

std::vector<Pair> match(const QList<GoldEvent> &gold, const QList<Event> &extracted) {
    struct Candidate {
        int score;
        qsizetype gold;
        qsizetype extracted;
    };
    std::vector<Candidate> candidates;
    for (qsizetype g = 0; g < gold.size(); ++g)
        for (qsizetype e = 0; e < extracted.size(); ++e)
            if (canPair(gold.at(g), extracted.at(e)))
                candidates.push_back({agreement(gold.at(g), extracted.at(e)), g, e});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    std::vector<bool> goldUsed(static_cast<std::size_t>(gold.size()), false);
    std::vector<bool> extractedUsed(static_cast<std::size_t>(extracted.size()), false);
    std::vector<Pair> pairs;
    for (const Candidate &candidate : candidates) {
        if (goldUsed[static_cast<std::size_t>(candidate.gold)] ||
            extractedUsed[static_cast<std::size_t>(candidate.extracted)])
            continue;
        goldUsed[static_cast<std::size_t>(candidate.gold)] = true;
        extractedUsed[static_cast<std::size_t>(candidate.extracted)] = true;
        pairs.push_back({candidate.gold, candidate.extracted});
    }
    return pairs;
}

void Score::add(const QList<GoldEvent> &goldEvents, const QList<Event> &events,
                const std::vector<Pair> &pairs) {
    gold += goldEvents.size();
    extracted += events.size();
    matched += static_cast<qsizetype>(pairs.size());
    for (const Pair &pair : pairs) {
        const GoldEvent &g = goldEvents.at(pair.gold);
        const Event &e = events.at(pair.extracted);
        if (g.exactDay()) {
            ++exactDayGold;
            // Something due is drawn on its due day (TimelineRules::markerDay); the extracted range starts
            // when the report made it known, the annotation gives the due day alone.
            const bool due = g.status == EventStatus::Planned && e.status == EventStatus::Planned;
            exactDayRight +=
                (due ? e.dateEnd == g.end : e.dateStart == g.start && e.dateEnd == g.end) ? 1 : 0;
        }
        initiatorRight += !g.factions.isEmpty() && e.factions.value(0) == g.factions.first() ? 1 : 0;
        QStringList a = g.factions;
        QStringList b = e.factions;
        a.sort();
        b.sort();
        sidesRight += a == b ? 1 : 0;
        typeRight += g.eventType == e.eventType ? 1 : 0;
        subTypeRight += g.subEventType == e.subEventType ? 1 : 0;
        placeRight +=
            samePlace(g.location, e.location) || (g.location.isEmpty() && e.location.isEmpty()) ? 1 : 0;
    }
}

} // namespace kt::devset
