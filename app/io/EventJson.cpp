#include "io/EventJson.h"

#include "core/DayDate.h"
#include "core/InputError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace kt {

namespace {

int lineOfOffset(const QByteArray &text, qsizetype offset) {
    return static_cast<int>(text.left(offset).count('\n')) + 1;
}

QJsonArray toArray(const QStringList &list) {
    QJsonArray array;
    for (const auto &item : list)
        array.append(item);
    return array;
}

Document documentFromJson(const QJsonObject &object) {
    Document document;
    document.title = object.value(QStringLiteral("title")).toString();
    document.url = object.value(QStringLiteral("url")).toString();
    document.source = object.value(QStringLiteral("source")).toString();
    document.language = object.value(QStringLiteral("language")).toString();
    document.published = QDate::fromString(object.value(QStringLiteral("published")).toString(), Qt::ISODate);
    document.body = object.value(QStringLiteral("body")).toString();
    document.kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("json"));
    return document;
}

// Finds roughly where the n-th event starts in the text, to name a line in messages.
int lineOfEvent(const QByteArray &json, qsizetype n) {
    qsizetype at = json.indexOf("\"events\"");
    for (qsizetype i = 0; at >= 0 && i <= n; ++i)
        at = json.indexOf("\"date_start\"", at + 1);
    return at >= 0 ? lineOfOffset(json, at) : 1;
}

// The ACLED columns of an event, by their ACLED names.
const std::array<std::pair<const char *, QString AcledFields::*>, 23> &acledMembers() {
    static const std::array<std::pair<const char *, QString AcledFields::*>, 23> members{{
        {"event_date", &AcledFields::eventDate},
        {"actor1", &AcledFields::actor1},
        {"assoc_actor_1", &AcledFields::assocActor1},
        {"inter1", &AcledFields::inter1},
        {"actor2", &AcledFields::actor2},
        {"assoc_actor_2", &AcledFields::assocActor2},
        {"inter2", &AcledFields::inter2},
        {"interaction", &AcledFields::interaction},
        {"disorder_type", &AcledFields::disorderType},
        {"civilian_targeting", &AcledFields::civilianTargeting},
        {"iso", &AcledFields::iso},
        {"region", &AcledFields::region},
        {"country", &AcledFields::country},
        {"admin1", &AcledFields::admin1},
        {"admin2", &AcledFields::admin2},
        {"admin3", &AcledFields::admin3},
        {"latitude", &AcledFields::latitude},
        {"longitude", &AcledFields::longitude},
        {"geo_precision", &AcledFields::geoPrecision},
        {"source", &AcledFields::source},
        {"source_scale", &AcledFields::sourceScale},
        {"tags", &AcledFields::tags},
        {"timestamp", &AcledFields::timestamp},
    }};
    return members;
}

Event eventAt(const QJsonObject &object, const QByteArray &json, qsizetype position, const QString &path) {
    const int line = lineOfEvent(json, position);
    try {
        return EventJson::eventFromJson(object, path, line);
    } catch (const InputError &error) {
        throw InputError(path, line, QStringLiteral("event %1: %2").arg(position).arg(error.reason()));
    }
}

} // namespace

namespace {

// The JSON type each field must have when it is there: a wrong type is an error, not a silent default.
void checkTypes(const QJsonObject &object, const std::function<void(const QString &)> &fail) {
    static const std::array<std::pair<const char *, QJsonValue::Type>, 27> types{{
        {"uid", QJsonValue::String},
        {"date_start", QJsonValue::String},
        {"date_end", QJsonValue::String},
        {"time_precision", QJsonValue::Double},
        {"status", QJsonValue::String},
        {"event_type", QJsonValue::String},
        {"sub_event_type", QJsonValue::String},
        {"factions", QJsonValue::Array},
        {"actors", QJsonValue::Array},
        {"initiator_alternatives", QJsonValue::Array},
        {"location", QJsonValue::String},
        {"place_text", QJsonValue::String},
        {"claimed_by", QJsonValue::String},
        {"claimant_faction", QJsonValue::String},
        {"track", QJsonValue::String},
        {"summary", QJsonValue::String},
        {"quote", QJsonValue::String},
        {"notes", QJsonValue::String},
        {"char_start", QJsonValue::Double},
        {"char_end", QJsonValue::Double},
        {"confidence", QJsonValue::Double},
        {"edited", QJsonValue::Bool},
        {"fatalities", QJsonValue::Double},
        {"unit", QJsonValue::String},
        {"contradicts", QJsonValue::Array},
        {"acled", QJsonValue::Object},
        {"extra", QJsonValue::Object},
    }};
    for (const auto &[name, type] : types) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isNull() && value.type() != type)
            fail(QStringLiteral("%1 must be %2")
                     .arg(QLatin1String(name), type == QJsonValue::String   ? QStringLiteral("text")
                                               : type == QJsonValue::Double ? QStringLiteral("a number")
                                               : type == QJsonValue::Array  ? QStringLiteral("a list")
                                               : type == QJsonValue::Bool   ? QStringLiteral("true or false")
                                                                            : QStringLiteral("an object")));
    }
    for (const char *list : {"factions", "actors", "initiator_alternatives"})
        for (const auto &item : object.value(QLatin1String(list)).toArray())
            if (!item.isString())
                fail(QStringLiteral("%1 must be a list of names").arg(QLatin1String(list)));
    for (const auto &item : object.value(QStringLiteral("contradicts")).toArray())
        if (!item.isDouble())
            fail(QStringLiteral("contradicts must be a list of event positions"));
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (!value.isUndefined() && !value.isNull() && !value.isDouble())
        fail(QStringLiteral("value must be a number"));
}

// A whole number from low to high, when the field is there.
int wholeNumber(const QJsonObject &object, const char *name, int fallback, qint64 low, qint64 high,
                const std::function<void(const QString &)> &fail) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble();
    if (number != std::floor(number) || number < static_cast<double>(low) ||
        number > static_cast<double>(high))
        fail(QStringLiteral("%1 must be a whole number from %2 to %3")
                 .arg(QLatin1String(name))
                 .arg(low)
                 .arg(high));
    return static_cast<int>(number);
}

} // namespace

Event EventJson::eventFromJson(const QJsonObject &object, const QString &path, int line) {
    const std::function<void(const QString &)> fail = [&](const QString &reason) {
        throw InputError(path, line, reason);
    };
    checkTypes(object, fail);
    Event event;
    const auto start = DayDate::fromIso(object.value(QStringLiteral("date_start")).toString());
    const auto end = DayDate::fromIso(object.value(QStringLiteral("date_end")).toString());
    if (!start)
        fail(QStringLiteral("date_start must be a date YYYY-MM-DD"));
    if (!end)
        fail(QStringLiteral("date_end must be a date YYYY-MM-DD"));
    for (const Day day : {*start, *end})
        if (const int year = DayDate::toDate(day).year(); year < 1900 || year > 2100)
            fail(QStringLiteral("%1 is outside the years 1900 to 2100").arg(DayDate::toIso(day)));
    if (*end < *start)
        fail(QStringLiteral("date_end is before date_start"));
    event.dateStart = *start;
    event.dateEnd = *end;
    const int precision = wholeNumber(object, "time_precision", 1, 1, 3, fail);
    event.precision = static_cast<TimePrecision>(precision);
    const auto status =
        statusFromName(object.value(QStringLiteral("status")).toString(QStringLiteral("occurred")));
    if (!status)
        fail(QStringLiteral("status must be occurred, planned, ongoing or measure"));
    event.status = *status;
    event.eventType = object.value(QStringLiteral("event_type")).toString();
    event.subEventType = object.value(QStringLiteral("sub_event_type")).toString();
    if (event.eventType.isEmpty() || event.subEventType.isEmpty())
        fail(QStringLiteral("event_type and sub_event_type are required"));
    for (const auto &value : object.value(QStringLiteral("factions")).toArray())
        event.factions.append(value.toString());
    for (const auto &value : object.value(QStringLiteral("actors")).toArray())
        event.actors.append(value.toString());
    for (const auto &value : object.value(QStringLiteral("initiator_alternatives")).toArray())
        event.initiatorAlternatives.append(value.toString());
    event.extra = object.value(QStringLiteral("extra")).toObject();
    event.uid = object.value(QStringLiteral("uid")).toString();
    event.location = object.value(QStringLiteral("location")).toString();
    event.placeText = object.value(QStringLiteral("place_text")).toString();
    event.claimedBy = object.value(QStringLiteral("claimed_by")).toString();
    event.claimantFaction = object.value(QStringLiteral("claimant_faction")).toString();
    event.track = object.value(QStringLiteral("track")).toString();
    event.summary = object.value(QStringLiteral("summary")).toString();
    event.quote = object.value(QStringLiteral("quote")).toString();
    event.notes = object.value(QStringLiteral("notes")).toString();
    event.charStart = wholeNumber(object, "char_start", -1, -1, std::numeric_limits<int>::max(), fail);
    event.charEnd = wholeNumber(object, "char_end", -1, -1, std::numeric_limits<int>::max(), fail);
    event.confidence = object.value(QStringLiteral("confidence")).toDouble(1.0);
    event.edited = object.value(QStringLiteral("edited")).toBool(false);
    event.fatalities = wholeNumber(object, "fatalities", -1, -1, 1'000'000, fail);
    if (event.confidence < 0.0 || event.confidence > 1.0)
        fail(QStringLiteral("confidence must be from 0 to 1"));
    if (object.contains(QStringLiteral("value")) && !object.value(QStringLiteral("value")).isNull())
        event.value = object.value(QStringLiteral("value")).toDouble();
    event.unit = object.value(QStringLiteral("unit")).toString();
    for (const auto &value : object.value(QStringLiteral("contradicts")).toArray())
        event.contradicts.append(value.toInteger(-1));
    const QJsonObject acled = object.value(QStringLiteral("acled")).toObject();
    for (const auto &[name, member] : acledMembers())
        event.acled.*member = acled.value(QLatin1String(name)).toString();
    return event;
}

QJsonObject EventJson::toJson(const Event &event) {
    QJsonObject object;
    object.insert(QStringLiteral("uid"), event.uid);
    object.insert(QStringLiteral("date_start"), DayDate::toIso(event.dateStart));
    object.insert(QStringLiteral("date_end"), DayDate::toIso(event.dateEnd));
    object.insert(QStringLiteral("time_precision"), static_cast<int>(event.precision));
    object.insert(QStringLiteral("status"), statusName(event.status));
    object.insert(QStringLiteral("event_type"), event.eventType);
    object.insert(QStringLiteral("sub_event_type"), event.subEventType);
    object.insert(QStringLiteral("factions"), toArray(event.factions));
    object.insert(QStringLiteral("actors"), toArray(event.actors));
    if (!event.initiatorAlternatives.isEmpty())
        object.insert(QStringLiteral("initiator_alternatives"), toArray(event.initiatorAlternatives));
    if (!event.extra.isEmpty())
        object.insert(QStringLiteral("extra"), event.extra);
    object.insert(QStringLiteral("location"), event.location);
    object.insert(QStringLiteral("place_text"), event.placeText);
    object.insert(QStringLiteral("claimed_by"), event.claimedBy);
    object.insert(QStringLiteral("claimant_faction"), event.claimantFaction);
    object.insert(QStringLiteral("track"), event.track);
    object.insert(QStringLiteral("summary"), event.summary);
    object.insert(QStringLiteral("quote"), event.quote);
    object.insert(QStringLiteral("char_start"), event.charStart);
    object.insert(QStringLiteral("char_end"), event.charEnd);
    object.insert(QStringLiteral("confidence"), qRound(event.confidence * 1000) / 1000.0);
    object.insert(QStringLiteral("edited"), event.edited);
    object.insert(QStringLiteral("value"), event.value ? QJsonValue(*event.value) : QJsonValue());
    object.insert(QStringLiteral("unit"), event.unit);
    object.insert(QStringLiteral("fatalities"), event.fatalities);
    object.insert(QStringLiteral("notes"), event.notes);
    QJsonArray contradicts;
    for (const auto other : event.contradicts)
        contradicts.append(static_cast<qint64>(other));
    object.insert(QStringLiteral("contradicts"), contradicts);
    if (!event.acled.isEmpty()) {
        QJsonObject acled;
        for (const auto &[name, member] : acledMembers())
            if (!(event.acled.*member).isEmpty())
                acled.insert(QLatin1String(name), event.acled.*member);
        object.insert(QStringLiteral("acled"), acled);
    }
    return object;
}

QJsonObject EventJson::toJson(const Document &document, bool withBody) {
    QJsonObject object;
    object.insert(QStringLiteral("title"), document.title);
    object.insert(QStringLiteral("url"), document.url);
    object.insert(QStringLiteral("source"), document.source);
    object.insert(QStringLiteral("language"), document.language);
    object.insert(QStringLiteral("published"),
                  document.published.isValid() ? document.published.toString(Qt::ISODate) : QString());
    object.insert(QStringLiteral("kind"), document.kind);
    if (withBody)
        object.insert(QStringLiteral("body"), document.body);
    return object;
}

QByteArray EventJson::write(const Document &document, const QList<Event> &events) {
    QJsonArray array;
    for (const Event &event : events)
        array.append(toJson(event));
    QJsonObject root;
    root.insert(QStringLiteral("document"), toJson(document));
    root.insert(QStringLiteral("events"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray EventJson::write(const QList<Document> &documents, const QList<Event> &events) {
    QHash<std::int64_t, qsizetype> documentPositions;
    QJsonArray documentArray;
    for (const Document &document : documents) {
        documentPositions.insert(document.id, documentArray.size());
        documentArray.append(toJson(document));
    }
    QHash<std::int64_t, qsizetype> eventPositions;
    for (qsizetype i = 0; i < events.size(); ++i)
        eventPositions.insert(events.at(i).id, i);
    QJsonArray eventArray;
    for (const Event &event : events) {
        Event copy = event;
        copy.contradicts.clear();
        for (const auto id : event.contradicts)
            if (eventPositions.contains(id))
                copy.contradicts.append(eventPositions.value(id));
        QJsonObject object = toJson(copy);
        object.insert(QStringLiteral("document"), documentPositions.contains(event.documentId)
                                                      ? QJsonValue(documentPositions.value(event.documentId))
                                                      : QJsonValue());
        eventArray.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("documents"), documentArray);
    root.insert(QStringLiteral("events"), eventArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<DocumentEvents> EventJson::read(const QByteArray &json, const QString &path) {
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError(path, lineOfOffset(json, error.offset),
                         QStringLiteral("invalid JSON: %1").arg(error.errorString()));
    if (!parsed.isObject() || !parsed.object().value(QStringLiteral("events")).isArray())
        throw InputError(path, 1, QStringLiteral("expected an object with an \"events\" array"));
    const QJsonObject root = parsed.object();
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();

    QList<DocumentEvents> batches;
    if (root.contains(QStringLiteral("documents"))) {
        for (const auto &value : root.value(QStringLiteral("documents")).toArray())
            batches.append(DocumentEvents{documentFromJson(value.toObject()), {}});
    } else {
        batches.append(
            DocumentEvents{documentFromJson(root.value(QStringLiteral("document")).toObject()), {}});
    }
    DocumentEvents loose{Document{}, {}};
    loose.document.kind = QStringLiteral("json");
    loose.document.path = path;
    loose.document.title = QStringLiteral("Events without a document");
    // Positions in the file -> (batch, position in batch), to rewrite contradiction links per batch.
    QList<QPair<qsizetype, qsizetype>> where;
    QHash<QString, qsizetype> uids; // uid -> position of the event that has it
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events.at(i).isObject())
            throw InputError(path, lineOfEvent(json, i), QStringLiteral("event %1 is not an object").arg(i));
        const QJsonObject object = events.at(i).toObject();
        Event event = eventAt(object, json, i, path);
        if (!event.uid.isEmpty()) {
            if (const auto it = uids.constFind(event.uid); it != uids.constEnd())
                throw InputError(
                    path, lineOfEvent(json, i),
                    QStringLiteral("event %1: uid \"%2\" is event %3's too").arg(i).arg(event.uid).arg(*it));
            uids.insert(event.uid, i);
        }
        qsizetype batch = 0;
        if (root.contains(QStringLiteral("documents"))) {
            const QJsonValue index = object.value(QStringLiteral("document"));
            batch = index.isNull() || index.isUndefined() ? -1 : index.toInteger(-2);
            if (batch < -1 || batch >= batches.size())
                throw InputError(
                    path, lineOfEvent(json, i),
                    QStringLiteral("event %1: document %2 is not in \"documents\"").arg(i).arg(batch));
        }
        for (const auto other : std::as_const(event.contradicts))
            if (other < 0 || other >= events.size() || other == i)
                throw InputError(
                    path, lineOfEvent(json, i),
                    QStringLiteral("event %1: contradicts %2, which is not another event of the file")
                        .arg(i)
                        .arg(other));
        where.append({batch, batch < 0 ? loose.events.size() : batches.at(batch).events.size()});
        (batch < 0 ? loose.events : batches[batch].events).append(event);
    }
    if (!loose.events.isEmpty())
        batches.append(loose);
    const qsizetype looseIndex = batches.size() - 1;
    auto batchOf = [&](qsizetype b) -> DocumentEvents & { return b < 0 ? batches[looseIndex] : batches[b]; };
    for (qsizetype i = 0; i < events.size(); ++i) {
        Event &event = batchOf(where.at(i).first).events[where.at(i).second];
        QList<std::int64_t> local;
        for (const auto other : std::as_const(event.contradicts)) {
            if (where.at(other).first != where.at(i).first)
                continue; // links across documents are not kept (see README)
            local.append(where.at(other).second);
        }
        event.contradicts = local;
    }
    for (auto &batch : batches) {
        batch.document.path = path;
        if (batch.document.body.isEmpty() && batch.document.title.isEmpty())
            batch.document.title = QStringLiteral("Events from %1").arg(path);
    }
    batches.removeIf([](const DocumentEvents &b) { return b.events.isEmpty() && b.document.body.isEmpty(); });
    return batches;
}

} // namespace kt
