#include "store/ImportTransaction.h"

#include "core/DayDate.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

#include <array>

namespace kt {

namespace {

constexpr const char *kInsertEvent =
    "INSERT INTO events(uid, document_id, date_start, date_end, time_precision, status, type_id, faction1, "
    "faction2, faction_mask, track_id, location, place_text, summary, value, unit, fatalities, notes, "
    "edited, "
    "actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, disorder_type, "
    "civilian_targeting, iso, region, country, admin1, admin2, admin3, latitude, longitude, geo_precision, "
    "source, source_scale, tags, timestamp, place_id, acled_day, extra, alternative_mask) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
    "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, "
    "?42, ?43, ?44, ?45) "
    "ON CONFLICT(uid) DO NOTHING";

// Parameters 20 to 41 take the ACLED columns in this order.
constexpr std::array<AcledRow::Column, 22> kAcledParameters{
    AcledRow::Actor1,      AcledRow::AssocActor1,  AcledRow::Inter1,
    AcledRow::Actor2,      AcledRow::AssocActor2,  AcledRow::Inter2,
    AcledRow::Interaction, AcledRow::DisorderType, AcledRow::CivilianTargeting,
    AcledRow::Iso,         AcledRow::Region,       AcledRow::Country,
    AcledRow::Admin1,      AcledRow::Admin2,       AcledRow::Admin3,
    AcledRow::Latitude,    AcledRow::Longitude,    AcledRow::GeoPrecision,
    AcledRow::Source,      AcledRow::SourceScale,  AcledRow::Tags,
    AcledRow::Timestamp};

QString utf8(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

ImportTransaction::ImportTransaction(EventStore &store)
    : m_store(store)
    , m_db(store.m_db)
    , m_transaction(store.m_db)
    , m_insertRow(store.m_db.prepare(kInsertEvent))
    , m_findEvent(store.m_db.prepare("SELECT id FROM events WHERE uid = ?1"))
    , m_findMonadic(
          store.m_db.prepare("SELECT id, document_id, actor2, assoc_actor_2 FROM events WHERE uid = ?1"))
    , m_mergeSecond(
          store.m_db.prepare("UPDATE events SET actor2 = ?2, assoc_actor_2 = ?3, inter2 = ?4, faction2 = ?5, "
                             "faction_mask = faction_mask | ?6 WHERE id = ?1"))
    , m_mergeMore(store.m_db.prepare(
          "UPDATE events SET assoc_actor_2 = ?2, faction_mask = faction_mask | ?3 WHERE id = ?1"))
    , m_insertActor(
          store.m_db.prepare("INSERT INTO event_actors(event_id, position, name) VALUES (?1, ?2, ?3)"))
    , m_insertFaction(
          store.m_db.prepare("INSERT OR IGNORE INTO event_factions(event_id, faction_id, position, "
                             "role) VALUES (?1, ?2, ?3, ?4)"))
    , m_insertClaim(
          store.m_db.prepare("INSERT INTO claims(event_id, claimant, faction_id) VALUES (?1, ?2, ?3)"))
    , m_insertProvenance(store.m_db.prepare("INSERT INTO provenance(event_id, document_id, char_start, "
                                            "char_end, quote, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")) {
}

ImportTransaction::~ImportTransaction() {
    if (!m_committed) {
        m_transaction.rollback();
        // Tracks and event types made inside the transaction are gone with it: forget their ids.
        try {
            m_store.loadNames();
        } catch (const StoreError &) {
            // The connection is unusable; the next use of the store reports it.
        }
    }
}

void ImportTransaction::commit() {
    m_transaction.commit();
    m_committed = true;
}

std::int64_t ImportTransaction::addStreamedDocument(const Document &document) {
    // Each import of a file is its own document; its key is unique, and it is dropped again when the
    // import brings nothing new.
    m_db.prepare("INSERT INTO documents(kind, title, source, path, sha256) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, document.kind)
        .bind(2, document.title)
        .bind(3, document.source)
        .bind(4, document.path)
        .bind(5, document.kind + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces))
        .exec();
    return m_db.lastInsertId();
}

void ImportTransaction::dropDocumentIfEmpty(std::int64_t documentId) {
    m_db.prepare("DELETE FROM documents WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM events WHERE document_id "
                 "= ?1)")
        .bind(1, documentId)
        .exec();
}

std::optional<std::int64_t> ImportTransaction::placeId(std::string_view name) {
    if (name.empty())
        return std::nullopt;
    if (const auto it = m_placeIds.find(name); it != m_placeIds.end())
        return it->second;
    const std::int64_t id = m_store.placeId(utf8(name)).value_or(0);
    m_placeIds.emplace(std::string(name), id);
    return id;
}

std::int64_t ImportTransaction::typeId(std::string_view eventType, std::string_view subEventType) {
    std::string &key = m_typeKey; // reused: no allocation once it is large enough
    key.assign(eventType).append(1, '\x1f').append(subEventType);
    if (const auto it = m_typeIds.find(key); it != m_typeIds.end())
        return it->second;
    const std::int64_t id = m_store.typeId(utf8(eventType), utf8(subEventType));
    m_typeIds.emplace(key, id);
    return id;
}

bool ImportTransaction::addRow(std::int64_t documentId, const AcledRow &row, const Sides &sides,
                               std::int64_t trackId) {
    Statement &insert = m_insertRow;
    std::string_view uid = row.field(AcledRow::EventIdCnty);
    if (uid.empty()) {
        // No ACLED id: the row's content is its key, so that the same row imported twice is one event.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (std::size_t column = AcledRow::EventDate; column < AcledRow::Timestamp; ++column) {
            hash.addData(QByteArrayView(row.fields.at(column).data(),
                                        static_cast<qsizetype>(row.fields.at(column).size())));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        m_contentKey = "h:" + hash.result().toHex().left(20).toStdString();
        uid = m_contentKey;
    }
    insert.bindView(1, uid)
        .bind(2, documentId)
        .bind(3, std::int64_t{row.dateStart})
        .bind(4, std::int64_t{row.dateEnd})
        .bind(5, static_cast<int>(row.precision))
        .bind(6, 0)
        .bind(7, typeId(row.field(AcledRow::EventType), row.field(AcledRow::SubEventType)));
    if (sides.faction1 != 0)
        insert.bind(8, sides.faction1);
    else
        insert.bindNull(8);
    if (sides.faction2 != 0)
        insert.bind(9, sides.faction2);
    else
        insert.bindNull(9);
    insert.bind(10, static_cast<std::int64_t>(sides.mask))
        .bind(11, trackId)
        .bindView(12, row.field(AcledRow::Location))
        .bind(42, placeId(row.field(AcledRow::Location)))
        .bindNull(13)
        .bindNull(14)
        .bindNull(15)
        .bindNull(16)
        .bind(17, row.fatalities)
        .bindView(18, row.field(AcledRow::Notes))
        .bind(19, 0);
    for (std::size_t i = 0; i < kAcledParameters.size(); ++i) {
        const int parameter = 20 + static_cast<int>(i);
        switch (kAcledParameters.at(i)) {
        case AcledRow::Iso:
            insert.bind(parameter, row.iso);
            break;
        case AcledRow::GeoPrecision:
            insert.bind(parameter, row.geoPrecision);
            break;
        case AcledRow::Timestamp:
            insert.bind(parameter, row.timestamp);
            break;
        default:
            insert.bindView(parameter, row.field(kAcledParameters.at(i)));
        }
    }
    insert.bind(43, std::int64_t{row.day})
        .bindView(44, row.extra)
        .bind(45, static_cast<std::int64_t>(sides.alternatives));
    insert.execKeepingBindings();
    return m_db.changes() > 0;
}

std::optional<std::int64_t> ImportTransaction::documentOf(std::string_view uid) {
    Statement &find = m_findMonadic;
    find.bindView(1, uid);
    std::optional<std::int64_t> document;
    if (find.step())
        document = find.int64(1);
    find.reset();
    return document;
}

bool ImportTransaction::mergeSide(std::int64_t documentId, const AcledRow &row, const Sides &sides) {
    const std::string_view uid = row.field(AcledRow::EventIdCnty);
    if (uid.empty())
        return false;
    Statement &find = m_findMonadic;
    find.bindView(1, uid);
    if (!find.step() || find.int64(1) != documentId) {
        find.reset();
        return false;
    }
    const std::int64_t id = find.int64(0);
    const bool hasSecond = !find.isNull(2);
    const QString assoc2 = find.text(3);
    find.reset();
    const std::uint64_t mask = sides.mask | sides.alternatives;
    if (!hasSecond) {
        Statement &update = m_mergeSecond;
        update.bind(1, id)
            .bindView(2, row.field(AcledRow::Actor1))
            .bindView(3, row.field(AcledRow::AssocActor1))
            .bindView(4, row.field(AcledRow::Inter1))
            .bind(6, static_cast<std::int64_t>(mask));
        if (sides.faction1 != 0)
            update.bind(5, sides.faction1);
        else
            update.bindNull(5);
        update.exec();
        return true;
    }
    // A third side of one event: among the other side's associates.
    QStringList names;
    for (const QString &name :
         {assoc2, utf8(row.field(AcledRow::Actor1)), utf8(row.field(AcledRow::AssocActor1))})
        if (!name.isEmpty())
            names << name;
    m_mergeMore.bind(1, id)
        .bind(2, names.join(QStringLiteral("; ")))
        .bind(3, static_cast<std::int64_t>(mask))
        .exec();
    return true;
}

std::pair<std::int64_t, bool> ImportTransaction::addEvent(std::int64_t documentId, const Event &event) {
    Statement &findEvent = m_findEvent;
    Statement &insertEvent = m_insertRow;
    Statement &insertActor = m_insertActor;
    Statement &insertFaction = m_insertFaction;
    Statement &insertClaim = m_insertClaim;
    Statement &insertProvenance = m_insertProvenance;
    const QString uid = event.uid.isEmpty() ? EventStore::contentUid(event) : event.uid;
    findEvent.bind(1, uid);
    if (findEvent.step()) {
        const std::int64_t existing = findEvent.int64(0);
        findEvent.reset();
        return {existing, false};
    }
    findEvent.reset();
    std::uint64_t mask = 0;
    for (const QString &faction : event.factions)
        mask |= m_store.factionBit(m_store.factionId(faction));
    const AcledFields &acled = event.acled;
    insertEvent.bind(1, uid)
        .bind(2, documentId)
        .bind(3, std::int64_t{event.dateStart})
        .bind(4, std::int64_t{event.dateEnd})
        .bind(5, static_cast<int>(event.precision))
        .bind(6, static_cast<int>(event.status))
        .bind(7, m_store.typeId(event.eventType, event.subEventType));
    if (event.factions.isEmpty())
        insertEvent.bindNull(8);
    else
        insertEvent.bind(8, m_store.factionId(event.factions.at(0)));
    if (event.factions.size() < 2)
        insertEvent.bindNull(9);
    else
        insertEvent.bind(9, m_store.factionId(event.factions.at(1)));
    insertEvent.bind(10, static_cast<std::int64_t>(mask))
        .bind(11, m_store.trackId(event.track.isEmpty() ? QStringLiteral("Kidal offensive") : event.track))
        .bind(12, event.location)
        .bind(42, placeId(event.location.toStdString()))
        .bind(13, event.placeText)
        .bind(14, event.summary)
        .bind(15, event.value)
        .bind(16, event.unit);
    if (event.fatalities >= 0)
        insertEvent.bind(17, event.fatalities);
    else
        insertEvent.bindNull(17);
    insertEvent.bind(18, event.notes).bind(19, event.edited ? 1 : 0);
    const std::array<const QString *, 22> columns{
        &acled.actor1,      &acled.assocActor1,  &acled.inter1,
        &acled.actor2,      &acled.assocActor2,  &acled.inter2,
        &acled.interaction, &acled.disorderType, &acled.civilianTargeting,
        &acled.iso,         &acled.region,       &acled.country,
        &acled.admin1,      &acled.admin2,       &acled.admin3,
        &acled.latitude,    &acled.longitude,    &acled.geoPrecision,
        &acled.source,      &acled.sourceScale,  &acled.tags,
        &acled.timestamp};
    for (std::size_t i = 0; i < columns.size(); ++i)
        insertEvent.bind(20 + static_cast<int>(i), columns.at(i)->isEmpty() ? QString() : *columns.at(i));
    if (const auto day = DayDate::fromIso(acled.eventDate))
        insertEvent.bind(43, std::int64_t{*day});
    else
        insertEvent.bindNull(43);
    insertEvent.bind(44, event.extra.isEmpty()
                             ? QString()
                             : QString::fromUtf8(QJsonDocument(event.extra).toJson(QJsonDocument::Compact)));
    std::uint64_t alternatives = 0;
    for (const QString &faction : event.initiatorAlternatives)
        alternatives |= m_store.factionBit(m_store.factionId(faction));
    insertEvent.bind(45, static_cast<std::int64_t>(alternatives));
    insertEvent.exec();
    const std::int64_t id = m_db.lastInsertId();
    for (int i = 0; i < event.actors.size(); ++i)
        insertActor.bind(1, id).bind(2, i).bind(3, event.actors.at(i)).exec();
    for (int i = 0; i < event.factions.size(); ++i)
        insertFaction.bind(1, id)
            .bind(2, m_store.factionId(event.factions.at(i)))
            .bind(3, i)
            .bind(4, i == 0 ? QStringLiteral("initiator") : QStringLiteral("counterpart"))
            .exec();
    if (!event.claimedBy.isEmpty()) {
        insertClaim.bind(1, id).bind(2, event.claimedBy);
        if (event.claimantFaction.isEmpty())
            insertClaim.bindNull(3);
        else
            insertClaim.bind(3, m_store.factionId(event.claimantFaction));
        insertClaim.exec();
    }
    if (!event.quote.isEmpty() || event.charStart >= 0 || event.confidence != 1.0) {
        insertProvenance.bind(1, id).bind(2, documentId);
        if (event.charStart >= 0 && event.charEnd >= event.charStart)
            insertProvenance.bind(3, event.charStart).bind(4, event.charEnd);
        else
            insertProvenance.bindNull(3).bindNull(4);
        insertProvenance.bind(5, event.quote).bind(6, event.confidence).exec();
    }
    return {id, true};
}

bool ImportTransaction::mergeIntoToldHappening(std::int64_t id, std::int64_t documentId, const Event &event) {
    if (event.location.isEmpty() || event.factions.isEmpty() || event.status == EventStatus::Measure)
        return false;
    std::uint64_t mask = 0;
    for (const QString &faction : event.factions)
        mask |= m_store.factionBit(m_store.factionId(faction));
    // The same happening: another article's event of the same ACLED event type, the same sides, the same
    // place and status, on days that meet or lie one day apart (sources often differ by a day).
    Statement select = m_db.prepare(
        "SELECT e.id FROM events e JOIN event_types et ON et.id = e.type_id "
        "JOIN documents d ON d.id = e.document_id "
        "WHERE e.deleted = 0 AND e.merged_into IS NULL AND e.id != ?1 AND e.document_id != ?2 "
        "AND d.kind = 'article' AND et.event_type = ?3 AND e.faction_mask = ?4 AND e.location = ?5 "
        "AND e.status = ?6 AND e.date_end >= ?7 - 1 AND e.date_start <= ?8 + 1 "
        "ORDER BY abs(e.date_start - ?7), e.id LIMIT 1");
    select.bind(1, id)
        .bind(2, documentId)
        .bind(3, event.eventType)
        .bind(4, static_cast<std::int64_t>(mask))
        .bind(5, event.location)
        .bind(6, static_cast<int>(event.status))
        .bind(7, std::int64_t{event.dateStart})
        .bind(8, std::int64_t{event.dateEnd});
    if (!select.step())
        return false;
    m_db.prepare("UPDATE events SET merged_into = ?1 WHERE id = ?2")
        .bind(1, select.int64(0))
        .bind(2, id)
        .exec();
    return true;
}

EventStore::AddResult ImportTransaction::add(const DocumentEvents &batch) {
    const Document &document = batch.document;
    const QList<Event> &events = batch.events;
    EventStore::AddResult result;
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

    Statement insertContradiction = m_db.prepare(
        "INSERT OR IGNORE INTO contradictions(event_a, event_b) VALUES (min(?1, ?2), max(?1, ?2))");
    QList<std::int64_t> ids;
    ids.reserve(events.size());
    const bool article = document.kind.isEmpty() || document.kind == QLatin1String("article");
    for (const Event &event : events) {
        const auto [id, added] = addEvent(result.documentId, event);
        ids.append(id);
        ++(added ? result.added : result.existing);
        if (added && article && mergeIntoToldHappening(id, result.documentId, event))
            ++result.merged;
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

} // namespace kt
