#include "store/EventStore.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace kt {

EventStore::EventStore(const QString &path)
    : m_db(path) {
    Schema::migrate(m_db);
    seedFactions();
}

QString EventStore::defaultPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("events.sqlite"));
}

QString EventStore::contentUid(const Event &event) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts{QString::number(event.dateStart),
                            QString::number(event.dateEnd),
                            event.eventType,
                            event.subEventType,
                            event.factions.join(QLatin1Char(',')),
                            event.location,
                            event.summary,
                            event.quote,
                            statusName(event.status)};
    hash.addData(parts.join(QChar(0x1f)).toUtf8());
    return QStringLiteral("h:") + QString::fromLatin1(hash.result().toHex().left(20));
}

void EventStore::seedFactions() {
    const FactionCatalog &bundled = FactionCatalog::bundled();
    Transaction transaction(m_db);
    Statement insertFaction =
        m_db.prepare("INSERT INTO factions(name, color, description, position) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT(name) DO UPDATE SET position = excluded.position");
    int position = 0;
    for (const auto &faction : bundled.factions())
        insertFaction.bind(1, faction.name)
            .bind(2, faction.color)
            .bind(3, faction.description)
            .bind(4, position++)
            .exec();

    Statement ids = m_db.prepare("SELECT id, name FROM factions");
    while (ids.step())
        m_factionIds.insert(ids.text(1), ids.int64(0));

    Statement insertAlias =
        m_db.prepare("INSERT OR IGNORE INTO aliases(alias, faction_id, origin) VALUES (?1, ?2, 'gazetteer')");
    for (auto it = bundled.aliases().cbegin(); it != bundled.aliases().cend(); ++it)
        insertAlias.bind(1, it.key()).bind(2, m_factionIds.value(it.value())).exec();

    Statement tracks = m_db.prepare("SELECT id, name FROM tracks");
    while (tracks.step())
        m_trackIds.insert(tracks.text(1), tracks.int64(0));
    transaction.commit();
}

std::int64_t EventStore::trackId(const QString &name) {
    if (const auto it = m_trackIds.constFind(name); it != m_trackIds.constEnd())
        return it.value();
    m_db.prepare("INSERT INTO tracks(name, position) VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM "
                 "tracks))")
        .bind(1, name)
        .exec();
    const std::int64_t id = m_db.lastInsertId();
    m_trackIds.insert(name, id);
    return id;
}

std::int64_t EventStore::factionId(const QString &name) {
    if (const auto it = m_factionIds.constFind(name); it != m_factionIds.constEnd())
        return it.value();
    // A faction the catalogue does not know: events keep it under "Other" so nothing is lost.
    return m_factionIds.value(FactionCatalog::otherFactionName());
}

qint64 EventStore::eventCount() const {
    Statement count = m_db.prepare("SELECT count(*) FROM events");
    return count.step() ? count.int64(0) : 0;
}

EventStore::AddResult EventStore::add(const Document &document, const QList<Event> &events) {
    return add(QList<DocumentEvents>{DocumentEvents{document, events}}).constFirst();
}

QList<EventStore::AddResult> EventStore::add(const QList<DocumentEvents> &batches) {
    QList<AddResult> results;
    // Writes below may create tracks; the cache must not keep ids that a rollback removes.
    const auto trackIdsBefore = m_trackIds;
    try {
        Transaction transaction(m_db);
        for (const DocumentEvents &batch : batches)
            results.append(addInTransaction(batch.document, batch.events));
        transaction.commit();
    } catch (...) {
        m_trackIds = trackIdsBefore;
        throw;
    }
    return results;
}

EventStore::AddResult EventStore::addInTransaction(const Document &document, const QList<Event> &events) {
    AddResult result;
    const QByteArray sha = QCryptographicHash::hash((document.kind + QChar(0x1f) + document.body).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex();
    Statement findDocument = m_db.prepare("SELECT id FROM documents WHERE sha256 = ?1");
    findDocument.bind(1, QString::fromLatin1(sha));
    if (findDocument.step()) {
        result.documentId = findDocument.int64(0);
    } else {
        m_db.prepare(
                "INSERT INTO documents(kind, title, url, source, language, published, path, body, sha256) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .bind(1, document.kind.isEmpty() ? QStringLiteral("article") : document.kind)
            .bind(2, document.title)
            .bind(3, document.url)
            .bind(4, document.source)
            .bind(5, document.language)
            .bind(6, document.published.isValid() ? document.published.toString(Qt::ISODate) : QString())
            .bind(7, document.path)
            .bind(8, document.body)
            .bind(9, QString::fromLatin1(sha))
            .exec();
        result.documentId = m_db.lastInsertId();
    }

    Statement findEvent = m_db.prepare("SELECT id FROM events WHERE uid = ?1");
    Statement insertEvent = m_db.prepare(
        "INSERT INTO events(uid, document_id, date_start, date_end, time_precision, status, event_type, "
        "sub_event_type, location, place_text, track_id, summary, value, unit, fatalities, notes, edited) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    Statement insertActor =
        m_db.prepare("INSERT INTO event_actors(event_id, position, name) VALUES (?1, ?2, ?3)");
    Statement insertFaction = m_db.prepare(
        "INSERT OR IGNORE INTO event_factions(event_id, faction_id, position, role) VALUES (?1, ?2, ?3, ?4)");
    Statement insertClaim =
        m_db.prepare("INSERT INTO claims(event_id, claimant, faction_id) VALUES (?1, ?2, ?3)");
    Statement insertProvenance =
        m_db.prepare("INSERT INTO provenance(event_id, document_id, char_start, char_end, quote, confidence) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement insertContradiction = m_db.prepare(
        "INSERT OR IGNORE INTO contradictions(event_a, event_b) VALUES (min(?1, ?2), max(?1, ?2))");

    QList<std::int64_t> ids;
    ids.reserve(events.size());
    for (const Event &event : events) {
        const QString uid = event.uid.isEmpty() ? contentUid(event) : event.uid;
        findEvent.bind(1, uid);
        if (findEvent.step()) {
            ids.append(findEvent.int64(0));
            findEvent.reset();
            ++result.existing;
            continue;
        }
        findEvent.reset();
        insertEvent.bind(1, uid)
            .bind(2, result.documentId)
            .bind(3, event.dateStart)
            .bind(4, event.dateEnd)
            .bind(5, static_cast<int>(event.precision))
            .bind(6, statusName(event.status))
            .bind(7, event.eventType)
            .bind(8, event.subEventType)
            .bind(9, event.location)
            .bind(10, event.placeText)
            .bind(11, trackId(event.track.isEmpty() ? QStringLiteral("Kidal offensive") : event.track))
            .bind(12, event.summary)
            .bind(13, event.value)
            .bind(14, event.unit)
            .bind(15, event.fatalities)
            .bind(16, event.notes)
            .bind(17, event.edited ? 1 : 0)
            .exec();
        const std::int64_t id = m_db.lastInsertId();
        ids.append(id);
        ++result.added;
        for (int i = 0; i < event.actors.size(); ++i)
            insertActor.bind(1, id).bind(2, i).bind(3, event.actors.at(i)).exec();
        for (int i = 0; i < event.factions.size(); ++i)
            insertFaction.bind(1, id)
                .bind(2, factionId(event.factions.at(i)))
                .bind(3, i)
                .bind(4, i == 0 ? QStringLiteral("initiator") : QStringLiteral("counterpart"))
                .exec();
        if (!event.claimedBy.isEmpty()) {
            insertClaim.bind(1, id).bind(2, event.claimedBy);
            if (event.claimantFaction.isEmpty())
                insertClaim.bindNull(3);
            else
                insertClaim.bind(3, factionId(event.claimantFaction));
            insertClaim.exec();
        }
        insertProvenance.bind(1, id).bind(2, result.documentId);
        if (event.charStart >= 0 && event.charEnd >= event.charStart)
            insertProvenance.bind(3, event.charStart).bind(4, event.charEnd);
        else
            insertProvenance.bindNull(3).bindNull(4);
        insertProvenance.bind(5, event.quote).bind(6, event.confidence).exec();
    }
    for (int i = 0; i < events.size(); ++i) {
        for (const std::int64_t other : events.at(i).contradicts) {
            if (other < 0 || other >= ids.size() || other == i)
                throw StoreError(m_db.path().toStdString() + ": event " + std::to_string(i) +
                                 " contradicts event " + std::to_string(other) +
                                 ", which is not in the list");
            insertContradiction.bind(1, ids.at(i)).bind(2, ids.at(static_cast<qsizetype>(other))).exec();
        }
    }
    return result;
}

QList<Event> EventStore::loadEvents() const {
    QList<Event> events;
    QHash<std::int64_t, qsizetype> positions;
    Statement select =
        m_db.prepare("SELECT e.id, e.document_id, e.uid, e.date_start, e.date_end, e.time_precision, "
                     "e.status, e.event_type, "
                     "e.sub_event_type, e.location, e.place_text, t.name, e.summary, e.value, e.unit, "
                     "e.fatalities, e.notes, "
                     "e.edited, p.char_start, p.char_end, p.quote, p.confidence, c.claimant, cf.name "
                     "FROM events e LEFT JOIN tracks t ON t.id = e.track_id "
                     "LEFT JOIN provenance p ON p.event_id = e.id "
                     "LEFT JOIN claims c ON c.event_id = e.id LEFT JOIN factions cf ON cf.id = c.faction_id "
                     "ORDER BY e.date_start, e.date_end, e.id");
    while (select.step()) {
        Event event;
        event.id = select.int64(0);
        event.documentId = select.int64(1);
        event.uid = select.text(2);
        event.dateStart = static_cast<Day>(select.int64(3));
        event.dateEnd = static_cast<Day>(select.int64(4));
        event.precision = static_cast<TimePrecision>(select.int64(5));
        event.status = statusFromName(select.text(6)).value_or(EventStatus::Occurred);
        event.eventType = select.text(7);
        event.subEventType = select.text(8);
        event.location = select.text(9);
        event.placeText = select.text(10);
        event.track = select.text(11);
        event.summary = select.text(12);
        if (!select.isNull(13))
            event.value = select.real(13);
        event.unit = select.text(14);
        event.fatalities = select.isNull(15) ? -1 : static_cast<int>(select.int64(15));
        event.notes = select.text(16);
        event.edited = select.int64(17) != 0;
        event.charStart = select.isNull(18) ? -1 : static_cast<int>(select.int64(18));
        event.charEnd = select.isNull(19) ? -1 : static_cast<int>(select.int64(19));
        event.quote = select.text(20);
        event.confidence = select.isNull(21) ? 1.0 : select.real(21);
        event.claimedBy = select.text(22);
        event.claimantFaction = select.text(23);
        positions.insert(event.id, events.size());
        events.append(event);
    }
    Statement actors = m_db.prepare("SELECT event_id, name FROM event_actors ORDER BY event_id, position");
    while (actors.step())
        events[positions.value(actors.int64(0))].actors.append(actors.text(1));
    Statement factions = m_db.prepare(
        "SELECT ef.event_id, f.name FROM event_factions ef JOIN factions f ON f.id = ef.faction_id "
        "ORDER BY ef.event_id, ef.position");
    while (factions.step())
        events[positions.value(factions.int64(0))].factions.append(factions.text(1));
    Statement contradictions = m_db.prepare("SELECT event_a, event_b FROM contradictions");
    while (contradictions.step()) {
        const std::int64_t a = contradictions.int64(0);
        const std::int64_t b = contradictions.int64(1);
        events[positions.value(a)].contradicts.append(b);
        events[positions.value(b)].contradicts.append(a);
    }
    return events;
}

std::optional<Document> EventStore::document(std::int64_t id) const {
    Statement select = m_db.prepare(
        "SELECT id, kind, title, url, source, language, published, path, body FROM documents WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    Document document;
    document.id = select.int64(0);
    document.kind = select.text(1);
    document.title = select.text(2);
    document.url = select.text(3);
    document.source = select.text(4);
    document.language = select.text(5);
    document.published = QDate::fromString(select.text(6), Qt::ISODate);
    document.path = select.text(7);
    document.body = select.text(8);
    return document;
}

FactionCatalog EventStore::factionCatalog() const {
    FactionCatalog catalog = FactionCatalog::bundled();
    Statement aliases = m_db.prepare("SELECT a.alias, f.name FROM aliases a JOIN factions f ON f.id = "
                                     "a.faction_id WHERE a.origin = 'user'");
    while (aliases.step())
        catalog.addAlias(aliases.text(0), aliases.text(1));
    return catalog;
}

void EventStore::addAlias(const QString &alias, const QString &factionName) {
    if (!m_factionIds.contains(factionName))
        throw StoreError(m_db.path().toStdString() + ": unknown faction \"" + factionName.toStdString() +
                         "\"");
    m_db.prepare("INSERT INTO aliases(alias, faction_id, origin) VALUES (?1, ?2, 'user') "
                 "ON CONFLICT(alias) DO UPDATE SET faction_id = excluded.faction_id, origin = 'user'")
        .bind(1, TextNormalizer::fold(alias.trimmed()))
        .bind(2, m_factionIds.value(factionName))
        .exec();
}

QStringList EventStore::trackNames() const {
    QStringList names;
    Statement select = m_db.prepare("SELECT name FROM tracks ORDER BY position, id");
    while (select.step())
        names.append(select.text(0));
    return names;
}

} // namespace kt
