#include "store/EventCorrections.h"

#include "core/DayDate.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kt {

namespace {

// What replace() writes, as the JSON kept in event_originals.
QJsonObject editableFields(const Event &event) {
    QJsonObject object{
        {QStringLiteral("date_start"), DayDate::toIso(event.dateStart)},
        {QStringLiteral("date_end"), DayDate::toIso(event.dateEnd)},
        {QStringLiteral("time_precision"), static_cast<int>(event.precision)},
        {QStringLiteral("status"), statusName(event.status)},
        {QStringLiteral("event_type"), event.eventType},
        {QStringLiteral("sub_event_type"), event.subEventType},
        {QStringLiteral("factions"), QJsonArray::fromStringList(event.factions)},
        {QStringLiteral("location"), event.location},
        {QStringLiteral("track"), event.track},
        {QStringLiteral("summary"), event.summary},
        {QStringLiteral("notes"), event.notes},
    };
    if (event.fatalities >= 0)
        object.insert(QStringLiteral("fatalities"), event.fatalities);
    return object;
}

Event fromEditableFields(Event event, const QJsonObject &object) {
    event.dateStart = DayDate::fromIso(object.value(QStringLiteral("date_start")).toString()).value_or(0);
    event.dateEnd = DayDate::fromIso(object.value(QStringLiteral("date_end")).toString()).value_or(0);
    event.precision = static_cast<TimePrecision>(object.value(QStringLiteral("time_precision")).toInt(1));
    event.status =
        statusFromName(object.value(QStringLiteral("status")).toString()).value_or(EventStatus::Occurred);
    event.eventType = object.value(QStringLiteral("event_type")).toString();
    event.subEventType = object.value(QStringLiteral("sub_event_type")).toString();
    event.factions.clear();
    for (const auto &faction : object.value(QStringLiteral("factions")).toArray())
        event.factions << faction.toString();
    event.location = object.value(QStringLiteral("location")).toString();
    event.track = object.value(QStringLiteral("track")).toString();
    event.summary = object.value(QStringLiteral("summary")).toString();
    event.notes = object.value(QStringLiteral("notes")).toString();
    event.fatalities = object.value(QStringLiteral("fatalities")).toInt(-1);
    event.edited = false;
    return event;
}

} // namespace

EventCorrections::EventCorrections(EventStore &store)
    : m_store(store) {}

Event EventCorrections::storedEvent(std::int64_t eventId) const {
    const QList<Event> events = m_store.loadEvents(std::vector<std::int64_t>{eventId});
    if (events.isEmpty())
        throw StoreError(m_store.path().toStdString() + ": no event " + std::to_string(eventId) +
                         " is shown in this store (deleted, merged or never there)");
    return events.constFirst();
}

void EventCorrections::keepOriginal(const Event &event) {
    m_store.m_db
        .prepare("INSERT OR IGNORE INTO event_originals(event_id, original, edited_at) VALUES (?1, ?2, ?3)")
        .bind(1, event.id)
        .bind(2, QString::fromUtf8(QJsonDocument(editableFields(event)).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .exec();
}

void EventCorrections::unindex(std::int64_t eventId) {
    // A contentless FTS5 table forgets a row when given the very words it was given (SQLite's FTS5
    // documentation, "Contentless Tables"); events past indexed_through are not in it yet.
    m_store.m_db
        .prepare(
            (QStringLiteral("INSERT INTO event_search(event_search, rowid, summary, quote, notes, place, "
                            "actors) SELECT 'delete', * FROM (") +
             EventStore::searchRows() +
             QStringLiteral(" WHERE e.id = ?1 AND e.id <= (SELECT indexed_through FROM search_state))"))
                .toUtf8()
                .constData())
        .bind(1, eventId)
        .exec();
}

void EventCorrections::reindex(std::int64_t eventId) {
    m_store.m_db
        .prepare((QStringLiteral("INSERT INTO event_search(rowid, summary, quote, notes, place, actors) ") +
                  EventStore::searchRows() +
                  QStringLiteral(" WHERE e.id = ?1 AND e.id <= (SELECT indexed_through FROM search_state)"))
                     .toUtf8()
                     .constData())
        .bind(1, eventId)
        .exec();
}

void EventCorrections::replace(const Event &event) {
    Transaction transaction(m_store.m_db);
    const Event stored = storedEvent(event.id);
    if (event.edited)
        keepOriginal(stored);
    else
        m_store.m_db.prepare("DELETE FROM event_originals WHERE event_id = ?1").bind(1, event.id).exec();
    unindex(event.id);
    std::uint64_t mask = 0;
    for (const QString &faction : event.factions)
        mask |= m_store.factionBit(m_store.factionId(faction));
    Statement update = m_store.m_db.prepare(
        "UPDATE events SET date_start = ?2, date_end = ?3, time_precision = ?4, status = ?5, type_id = ?6, "
        "faction1 = ?7, faction2 = ?8, faction_mask = ?9, track_id = ?10, location = ?11, place_id = ?12, "
        "summary = ?13, fatalities = ?14, notes = ?15, edited = ?16 WHERE id = ?1");
    update.bind(1, event.id)
        .bind(2, std::int64_t{std::min(event.dateStart, event.dateEnd)})
        .bind(3, std::int64_t{std::max(event.dateStart, event.dateEnd)})
        .bind(4, static_cast<int>(event.precision))
        .bind(5, static_cast<int>(event.status))
        .bind(6, m_store.typeId(event.eventType, event.subEventType));
    for (int i = 0; i < 2; ++i) {
        if (event.factions.size() > i)
            update.bind(7 + i, m_store.factionId(event.factions.at(i)));
        else
            update.bindNull(7 + i);
    }
    update.bind(9, static_cast<std::int64_t>(mask))
        .bind(10, m_store.trackId(event.track.isEmpty() ? stored.track : event.track))
        .bind(11, event.location)
        .bind(12, m_store.placeId(event.location))
        .bind(13, event.summary);
    if (event.fatalities >= 0)
        update.bind(14, event.fatalities);
    else
        update.bindNull(14);
    update.bind(15, event.notes).bind(16, event.edited ? 1 : 0).exec();
    // The sides in order, the first as the initiator: what the store reads before ACLED's columns.
    m_store.m_db.prepare("DELETE FROM event_factions WHERE event_id = ?1").bind(1, event.id).exec();
    Statement side = m_store.m_db.prepare(
        "INSERT OR IGNORE INTO event_factions(event_id, faction_id, position, role) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < event.factions.size(); ++i)
        side.bind(1, event.id)
            .bind(2, m_store.factionId(event.factions.at(i)))
            .bind(3, i)
            .bind(4, i == 0 ? QStringLiteral("initiator") : QStringLiteral("counterpart"))
            .exec();
    reindex(event.id);
    transaction.commit();
}

void EventCorrections::setDeleted(std::int64_t eventId, bool deleted) {
    Transaction transaction(m_store.m_db);
    Statement update = m_store.m_db.prepare("UPDATE events SET deleted = ?2 WHERE id = ?1");
    update.bind(1, eventId).bind(2, deleted ? 1 : 0).exec();
    if (m_store.m_db.changes() != 1)
        throw StoreError(m_store.path().toStdString() + ": no event " + std::to_string(eventId));
    transaction.commit();
}

QList<std::int64_t> EventCorrections::merge(std::int64_t keep, std::int64_t source) {
    if (keep == source)
        throw StoreError(m_store.path().toStdString() + ": an event cannot be merged into itself");
    Transaction transaction(m_store.m_db);
    storedEvent(keep);
    storedEvent(source);
    QList<std::int64_t> moved;
    Statement select = m_store.m_db.prepare("SELECT id FROM events WHERE merged_into = ?1 ORDER BY id");
    select.bind(1, source);
    while (select.step())
        moved << select.int64(0);
    m_store.m_db.prepare("UPDATE events SET merged_into = ?1 WHERE merged_into = ?2 OR id = ?2")
        .bind(1, keep)
        .bind(2, source)
        .exec();
    transaction.commit();
    return moved;
}

void EventCorrections::unmerge(std::int64_t source, const QList<std::int64_t> &movedSources) {
    Transaction transaction(m_store.m_db);
    m_store.m_db.prepare("UPDATE events SET merged_into = NULL WHERE id = ?1").bind(1, source).exec();
    if (m_store.m_db.changes() != 1)
        throw StoreError(m_store.path().toStdString() + ": no event " + std::to_string(source));
    Statement move = m_store.m_db.prepare("UPDATE events SET merged_into = ?1 WHERE id = ?2");
    for (const std::int64_t id : movedSources)
        move.bind(1, source).bind(2, id).exec();
    transaction.commit();
}

QList<Event> EventCorrections::sources(std::int64_t eventId) const {
    QList<Event> events;
    m_store.forEachEventWhere(QStringLiteral("WHERE e.merged_into = %1").arg(eventId), {}, Filter(), {},
                              [&events](const Event &event) { events.append(event); });
    return events;
}

std::int64_t EventCorrections::split(std::int64_t eventId, const QString &uid) {
    Event copy = storedEvent(eventId);
    const Event first = copy;
    copy.uid = uid;
    copy.edited = true;
    copy.contradicts.clear();
    ImportTransaction transaction(m_store);
    const auto [id, added] = transaction.addEvent(copy.documentId, copy);
    if (!added)
        throw StoreError(m_store.path().toStdString() + ": an event with uid " + uid.toStdString() +
                         " is already stored");
    Event original = first;
    original.id = id;
    keepOriginal(original);
    transaction.commit();
    m_store.updateSearchIndex();
    return id;
}

void EventCorrections::removeSplit(const QString &uid) {
    Transaction transaction(m_store.m_db);
    Statement select = m_store.m_db.prepare("SELECT id FROM events WHERE uid = ?1 AND edited = 1");
    select.bind(1, uid);
    if (!select.step())
        throw StoreError(m_store.path().toStdString() + ": no event made by an analyst has uid " +
                         uid.toStdString());
    const std::int64_t id = select.int64(0);
    unindex(id);
    m_store.m_db.prepare("DELETE FROM events WHERE id = ?1").bind(1, id).exec();
    transaction.commit();
}

std::optional<Event> EventCorrections::original(std::int64_t eventId) const {
    Statement select = m_store.m_db.prepare("SELECT original FROM event_originals WHERE event_id = ?1");
    select.bind(1, eventId);
    if (!select.step())
        return std::nullopt;
    Event event;
    event.id = eventId;
    return fromEditableFields(event, QJsonDocument::fromJson(select.text(0).toUtf8()).object());
}

} // namespace kt
