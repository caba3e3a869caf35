#pragma once

#include "core/data.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kt::devset {

// One event of a hand annotation (tests/devset/annotations/ID.json).
struct GoldEvent {
    Day start = 0;
    Day end = 0;
    EventStatus status = EventStatus::Occurred;
    QString eventType;
    QString subEventType;
    QStringList factions; // initiator first
    QString location;
    QString note;
    bool exactDay() const { return start == end; }
};

struct Annotation {
    QString id;
    QString language;
    QList<GoldEvent> events;
};

// Reads an annotation file; throws std::runtime_error naming the file for a malformed one.
Annotation readAnnotation(const QString &path);

// How an extracted event and a gold one were paired.
struct Pair {
    qsizetype gold = -1;
    qsizetype extracted = -1;
};

// Pairs the extracted events of one article with its gold events. Two can pair when their days meet (the
// extracted range widened by a day either side) and they share the place or the event type; among
// those, the best-agreeing pairs are taken first (place, type, sides, the exact day, status).
std::vector<Pair> match(const QList<GoldEvent> &gold, const QList<Event> &extracted);

// The figures over a set of articles.
struct Score {
    qsizetype gold = 0;
    qsizetype extracted = 0;
    qsizetype matched = 0;
    qsizetype exactDayGold = 0;  // matched pairs whose gold day is known
    qsizetype exactDayRight = 0; // ... and the extracted event has that very day
    qsizetype initiatorRight = 0;
    qsizetype sidesRight = 0;
    qsizetype typeRight = 0;
    qsizetype subTypeRight = 0;
    qsizetype placeRight = 0;
    double precision() const { return extracted ? double(matched) / double(extracted) : 0; }
    double recall() const { return gold ? double(matched) / double(gold) : 0; }
    double exactDay() const { return exactDayGold ? double(exactDayRight) / double(exactDayGold) : 0; }
    void add(const QList<GoldEvent> &goldEvents, const QList<Event> &events, const std::vector<Pair> &pairs);
};

// Whether two place names are the same place: equal without case or accents, one letter apart in names of
// six letters or more ("Tizigorou", "Tizigourou"), or one a word of the other ("Baoulé forest", "Baoule").
bool samePlace(const QString &a, const QString &b);

} // namespace kt::devset
