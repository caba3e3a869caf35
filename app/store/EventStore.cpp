#include "store/EventStore.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"
#include "store/ImportTransaction.h"
#include "store/Schema.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

#include <sqlite3.h>

namespace kt {

namespace {

QString typeKey(const QString &eventType, const QString &subEventType) {
    return TextNormalizer::fold(eventType) + QChar(0x1f) + TextNormalizer::fold(subEventType);
}

// The words of a search as an FTS5 query: every word, as a prefix, quoted so that nothing in it is syntax.
QString ftsQuery(const QString &search) {
    QStringList terms;
    for (QString word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

const char *const kSelectEvents =
    "SELECT e.id, e.document_id, e.uid, e.date_start, e.date_end, e.time_precision, e.status, et.event_type, "
    "et.sub_event_type, e.location, e.place_text, t.name, e.summary, e.value, e.unit, e.fatalities, e.notes, "
    "e.edited, p.char_start, p.char_end, p.quote, p.confidence, c.claimant, cf.name, e.faction1, e.faction2, "
    "e.faction_mask, e.actor1, e.assoc_actor_1, e.inter1, e.actor2, e.assoc_actor_2, e.inter2, "
    "e.interaction, "
    "e.disorder_type, e.civilian_targeting, e.iso, e.region, e.country, e.admin1, e.admin2, e.admin3, "
    "e.latitude, e.longitude, e.geo_precision, e.source, e.source_scale, e.tags, e.timestamp, e.acled_day, "
    "e.extra, e.alternative_mask, (SELECT count(*) FROM events m WHERE m.merged_into = e.id) "
    "FROM events e JOIN event_types et ON et.id = e.type_id LEFT JOIN tracks t ON t.id = e.track_id "
    "LEFT JOIN provenance p ON p.event_id = e.id "
    "LEFT JOIN claims c ON c.event_id = e.id LEFT JOIN factions cf ON cf.id = c.faction_id ";

// The criteria the timeline's index cannot answer, as SQL conditions on `e` (events) and `c` (claims):
// contested, claimant or source. `argument` binds a value and gives its placeholder.
template <typename Bind> QStringList storeOnlyConditions(const Filter &filter, Bind &&argument) {
    QStringList conditions;
    if (filter.contestedOnly)
        conditions << QStringLiteral(
            "e.id IN (SELECT event_a FROM contradictions UNION SELECT event_b FROM contradictions)");
    if (!filter.claimant.trimmed().isEmpty()) {
        // Without case or accents on both sides: "menaka" finds "Ménaka".
        QString pattern = TextNormalizer::fold(filter.claimant.trimmed());
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = argument(QLatin1Char('%') + pattern + QLatin1Char('%'));
        conditions << QStringLiteral("(kt_fold(c.claimant) LIKE %1 ESCAPE '\\' OR kt_fold(e.source) LIKE %1 "
                                     "ESCAPE '\\' OR e.document_id IN (SELECT id FROM documents WHERE "
                                     "kt_fold(source) LIKE %1 ESCAPE '\\'))")
                          .arg(like);
    }
    return conditions;
}

// The events the timeline shows: neither deleted by an analyst nor merged into another as one of its sources.
const char *const kShown = "e.deleted = 0 AND e.merged_into IS NULL";

} // namespace

Database EventStore::openDatabase(const QString &path, Access access) {
    if (access != Access::Create && !QFileInfo::exists(path))
        throw StoreError(path.toStdString() + ": no such store (kidal-timeline import --db " +
                         path.toStdString() + " FILE makes one)");
    if (access != Access::ReadOnly)
        return Database(path, access == Access::Create ? Database::Mode::Create : Database::Mode::ReadWrite);
    {
        // An older schema is upgraded once, when the file can be written; then the store is read only.
        Database probe(path, Database::Mode::ReadOnly);
        const int version = Schema::version(probe);
        if (version < Schema::latestVersion() && version > 0) {
            if (!QFileInfo(path).isWritable())
                throw StoreError(path.toStdString() +
                                 ": this store was made by an older version of kidal-timeline "
                                 "(schema " +
                                 std::to_string(version) +
                                 ") and cannot be upgraded here: the file "
                                 "is read-only; open a writable copy once to upgrade it");
            Database writable(path, Database::Mode::ReadWrite);
            Schema::migrate(writable);
        }
    }
    return Database(path, Database::Mode::ReadOnly);
}

void EventStore::checkIntegrity() const {
    const qint64 fileSize = QFileInfo(m_db.path()).size();
    if (fileSize <= kQuickCheckBytes) {
        Statement check = m_db.prepare("PRAGMA quick_check(3)");
        QStringList problems;
        while (check.step())
            if (check.text(0) != QLatin1String("ok"))
                problems << check.text(0);
        if (!problems.isEmpty())
            throw StoreError(m_db.path().toStdString() + ": the store is damaged (" +
                                 problems.join(QStringLiteral("; ")).toStdString() +
                                 "); open a copy made before, or import its files again into a new store",
                             SQLITE_CORRUPT);
        return;
    }
    // A large store: too long to check every page at each open. A truncated file is found from its header,
    // counting the pages that are still in the write-ahead log (an import killed before its checkpoint leaves
    // the newest pages there, beyond the end of the file).
    const qint64 walSize = QFileInfo(m_db.path() + QStringLiteral("-wal")).size();
    Statement pages = m_db.prepare("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size");
    if (pages.step() && pages.int64(0) > fileSize + walSize)
        throw StoreError(m_db.path().toStdString() +
                             ": the store is damaged (the file is shorter than its pages: " +
                             std::to_string(fileSize) + " of " + std::to_string(pages.int64(0)) + " bytes)",
                         SQLITE_CORRUPT);
}

EventStore::EventStore(const QString &path, Access access, FactionCatalog catalogue)
    : m_db(openDatabase(path, access))
    , m_readOnly(access == Access::ReadOnly)
    , m_catalogue(std::move(catalogue)) {
    if (Schema::version(m_db) > 0)
        checkIntegrity();
    if (m_readOnly) {
        Schema::check(m_db);
        loadFactions();
        loadNames();
        return;
    }
    Schema::migrate(m_db);
    // Large imports touch the indexes all over: a page cache of 64 MiB keeps them in memory.
    m_db.exec("PRAGMA cache_size = -65536");
    seedFactions();
    loadFactions();
    loadNames();
    // A store just upgraded, or left by an import stopped before its full-text pass: catch up when that is
    // quick. A larger backlog is left to the caller (imports run it after committing); until then searches
    // read the unindexed events directly.
    if (const qint64 backlog = unindexedCount(); backlog > 0 && backlog <= kSearchCatchUpAtOpen)
        updateSearchIndex();
}

std::unique_ptr<EventStore> EventStore::openForViewing(const QString &path, const FactionCatalog &catalogue) {
    const QFileInfo file(path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return std::make_unique<EventStore>(path, Access::ReadOnly, catalogue);
    try {
        return std::make_unique<EventStore>(path, Access::ReadWrite, catalogue);
    } catch (const StoreError &error) {
        if (error.sqliteCode() != SQLITE_READONLY && error.sqliteCode() != SQLITE_CANTOPEN &&
            error.sqliteCode() != SQLITE_PERM)
            throw;
        return std::make_unique<EventStore>(path, Access::ReadOnly, catalogue);
    }
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
    const FactionCatalog &bundled = m_catalogue;
    QHash<QString, int> stored; // name -> position
    QSet<QString> renamed;      // the gazetteer's names of factions an analyst renamed
    Statement select =
        m_db.prepare("SELECT coalesce(bundled_name, name), position, bundled_name FROM factions");
    while (select.step()) {
        stored.insert(select.text(0), static_cast<int>(select.int64(1)));
        if (!select.isNull(2))
            renamed.insert(select.text(2));
    }
    qsizetype aliases = 0;
    Statement countAliases = m_db.prepare("SELECT count(*) FROM aliases WHERE origin = 'gazetteer'");
    if (countAliases.step())
        aliases = countAliases.int64(0);
    bool current = aliases >= bundled.aliases().size();
    for (int position = 0; position < bundled.factions().size() && current; ++position)
        current = stored.value(bundled.factions().at(position).name, -1) == position;
    if (current)
        return;
    Transaction transaction(m_db);
    Statement insertFaction =
        m_db.prepare("INSERT INTO factions(name, color, description, position) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT(name) DO UPDATE SET position = excluded.position, "
                     "description = excluded.description");
    int position = 0;
    for (const auto &faction : bundled.factions()) {
        if (renamed.contains(faction.name)) {
            ++position;
            continue;
        }
        insertFaction.bind(1, faction.name)
            .bind(2, faction.color)
            .bind(3, faction.description)
            .bind(4, position++)
            .exec();
    }
    loadFactions();
    Statement insertAlias =
        m_db.prepare("INSERT OR IGNORE INTO aliases(alias, faction_id, origin) VALUES (?1, ?2, 'gazetteer')");
    for (auto it = bundled.aliases().cbegin(); it != bundled.aliases().cend(); ++it)
        insertAlias.bind(1, it.key()).bind(2, factionId(it.value())).exec();
    transaction.commit();
}

void EventStore::loadFactions() {
    m_factionIds.clear();
    m_factionNames.clear();
    m_renamedFactions.clear();
    Statement ids = m_db.prepare("SELECT id, name, bundled_name FROM factions");
    while (ids.step()) {
        if (!ids.isNull(2))
            m_renamedFactions.insert(ids.text(2), ids.int64(0));
        if (ids.int64(0) > 64)
            throw StoreError(m_db.path().toStdString() + ": faction \"" + ids.text(1).toStdString() +
                             "\" has id " + std::to_string(ids.int64(0)) +
                             "; the store keeps at most 64 factions");
        m_factionIds.insert(ids.text(1), ids.int64(0));
        m_factionNames.insert(ids.int64(0), ids.text(1));
    }
}

void EventStore::reloadNames() {
    loadFactions();
    loadNames();
}

void EventStore::loadNames() {
    m_trackIds.clear();
    Statement tracks = m_db.prepare("SELECT id, name FROM tracks");
    while (tracks.step())
        m_trackIds.insert(tracks.text(1), tracks.int64(0));
    m_typeIds.clear();
    m_types.clear();
    Statement types = m_db.prepare("SELECT id, event_type, sub_event_type FROM event_types");
    while (types.step()) {
        m_typeIds.insert(typeKey(types.text(1), types.text(2)), types.int64(0));
        m_types.insert(types.int64(0), {types.text(1), types.text(2)});
    }
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

std::int64_t EventStore::typeId(const QString &eventType, const QString &subEventType) {
    const QString key = typeKey(eventType, subEventType);
    if (const auto it = m_typeIds.constFind(key); it != m_typeIds.constEnd())
        return it.value();
    m_db.prepare("INSERT INTO event_types(event_type, sub_event_type) VALUES (?1, ?2)")
        .bind(1, eventType)
        .bind(2, subEventType)
        .exec();
    const std::int64_t id = m_db.lastInsertId();
    m_typeIds.insert(key, id);
    m_types.insert(id, {eventType, subEventType});
    return id;
}

std::int64_t EventStore::factionId(const QString &name) const {
    if (const auto it = m_factionIds.constFind(name); it != m_factionIds.constEnd())
        return it.value();
    // The gazetteer's name of a faction an analyst renamed.
    if (const auto it = m_renamedFactions.constFind(name); it != m_renamedFactions.constEnd())
        return it.value();
    // A faction the catalogue does not know: events keep it under "Other" so nothing is lost.
    return m_factionIds.value(FactionCatalog::otherFactionName());
}

std::uint64_t EventStore::factionBit(std::int64_t factionId) const {
    return factionId >= 1 && factionId <= 64 ? (std::uint64_t{1} << static_cast<unsigned>(factionId - 1)) : 0;
}

qint64 EventStore::eventCount() const {
    Statement count =
        m_db.prepare("SELECT count(*) FROM events e WHERE e.deleted = 0 AND e.merged_into IS NULL");
    return count.step() ? count.int64(0) : 0;
}

bool EventStore::isEmpty() const {
    Statement any =
        m_db.prepare("SELECT EXISTS (SELECT 1 FROM events e WHERE e.deleted = 0 AND e.merged_into IS NULL)");
    return !any.step() || any.int64(0) == 0;
}

EventStore::AddResult EventStore::add(const Document &document, const QList<Event> &events) {
    return add(QList<DocumentEvents>{DocumentEvents{document, events}}).constFirst();
}

QList<EventStore::AddResult> EventStore::add(const QList<DocumentEvents> &batches) {
    QList<AddResult> results;
    ImportTransaction transaction(*this);
    for (const DocumentEvents &batch : batches)
        results.append(transaction.add(batch));
    transaction.commit();
    updateSearchIndex();
    return results;
}

QString EventStore::whereClause(const Filter &filter, QList<Argument> &arguments) const {
    QStringList conditions{QString::fromLatin1(kShown)};
    auto argument = [&arguments](Argument value) {
        arguments.append(std::move(value));
        return QStringLiteral("?%1").arg(arguments.size());
    };
    if (filter.from)
        conditions << QStringLiteral("e.date_end >= ") + argument(std::int64_t{*filter.from});
    if (filter.to)
        conditions << QStringLiteral("e.date_start <= ") + argument(std::int64_t{*filter.to});
    if (!filter.factions.isEmpty() && filter.factionRole == FactionRole::Initiator) {
        QStringList ids{QStringLiteral("-1")};
        for (const QString &name : filter.factions)
            if (m_factionIds.contains(name))
                ids << QString::number(m_factionIds.value(name));
        conditions << QStringLiteral("e.faction1 IN (%1)").arg(ids.join(QLatin1Char(',')));
    } else if (!filter.factions.isEmpty()) {
        std::uint64_t mask = 0;
        for (const QString &name : filter.factions)
            if (m_factionIds.contains(name))
                mask |= factionBit(m_factionIds.value(name));
        conditions << QStringLiteral("(e.faction_mask & ") + argument(static_cast<std::int64_t>(mask)) +
                          QStringLiteral(") != 0");
    }
    conditions << storeOnlyConditions(filter, argument);
    if (filter.minFatalities >= 0)
        conditions << QStringLiteral("e.fatalities >= ") + argument(std::int64_t{filter.minFatalities});
    if (!filter.eventTypes.isEmpty()) {
        QStringList ids;
        for (auto it = m_types.cbegin(); it != m_types.cend(); ++it)
            if (filter.eventTypes.contains(it.value().first) || filter.eventTypes.contains(it.value().second))
                ids << QString::number(it.key());
        conditions << QStringLiteral("e.type_id IN (%1)")
                          .arg(ids.isEmpty() ? QStringLiteral("-1") : ids.join(QLatin1Char(',')));
    }
    if (!filter.tracks.isEmpty()) {
        QStringList ids;
        for (auto it = m_trackIds.cbegin(); it != m_trackIds.cend(); ++it)
            for (const QString &track : filter.tracks)
                if (it.key().compare(track, Qt::CaseInsensitive) == 0)
                    ids << QString::number(it.value());
        conditions << QStringLiteral("e.track_id IN (%1)")
                          .arg(ids.isEmpty() ? QStringLiteral("-1") : ids.join(QLatin1Char(',')));
    }
    if (!filter.search.isEmpty()) {
        const QString query = ftsQuery(filter.search);
        if (!query.isEmpty())
            conditions << QStringLiteral(
                              "(e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH %1) "
                              "OR e.id > (SELECT indexed_through FROM search_state))")
                              .arg(argument(query));
    }
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<Event> EventStore::loadEvents(const Filter &filter) const {
    QList<Event> events;
    forEachEvent(filter, [&events](const Event &event) { events.append(event); });
    return events;
}

void EventStore::forEachEvent(const Filter &filter, const std::function<void(const Event &)> &visit) const {
    QList<Argument> arguments;
    const QString where = whereClause(filter, arguments);
    forEachEventWhere(where, arguments, filter, {}, visit);
}

QList<Event> EventStore::loadEvents(const std::vector<std::int64_t> &ids) const {
    QList<Event> events;
    if (ids.empty())
        return events;
    QStringList numbers;
    numbers.reserve(static_cast<qsizetype>(ids.size()));
    for (const std::int64_t id : ids)
        numbers << QString::number(id);
    const QString list = numbers.join(QLatin1Char(','));
    forEachEventWhere(QStringLiteral("WHERE e.id IN (%1) AND %2").arg(list, QLatin1String(kShown)), {},
                      Filter(), list, [&events](const Event &event) { events.append(event); });
    return events;
}

std::optional<std::vector<std::int64_t>> EventStore::textMatches(const Filter &filter) const {
    QStringList terms;
    if (!filter.search.isEmpty())
        terms << ftsQuery(filter.search);
    if (!filter.place.trimmed().isEmpty())
        terms << QStringLiteral("place : (%1)").arg(ftsQuery(filter.place));
    terms.removeAll(QString());
    terms.removeAll(QStringLiteral("place : ()"));
    QList<Argument> arguments;
    auto argument = [&arguments](Argument value) {
        arguments.append(std::move(value));
        return QStringLiteral("?%1").arg(arguments.size());
    };
    QStringList conditions = storeOnlyConditions(filter, argument);
    if (!terms.isEmpty())
        conditions << QStringLiteral(
                          "e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH %1 UNION "
                          "SELECT id FROM events WHERE id > (SELECT indexed_through FROM search_state))")
                          .arg(argument(terms.join(QLatin1Char(' '))));
    if (conditions.isEmpty())
        return std::nullopt;
    const QByteArray sql =
        (QStringLiteral("SELECT e.id FROM events e LEFT JOIN claims c ON c.event_id = e.id "
                        "WHERE ") +
         conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY e.id"))
            .toUtf8();
    Statement select = m_db.prepare(sql.constData());
    for (int i = 0; i < arguments.size(); ++i)
        std::visit([&select, i](const auto &value) { select.bind(i + 1, value); }, arguments.at(i));
    std::vector<std::int64_t> ids;
    while (select.step())
        ids.push_back(select.int64(0));
    return ids;
}

void EventStore::forEachEventWhere(const QString &where, const QList<Argument> &arguments,
                                   const Filter &filter, const QString &idList,
                                   const std::function<void(const Event &)> &visit) const {
    const QByteArray sql = (QString::fromLatin1(kSelectEvents) + where +
                            QStringLiteral(" ORDER BY e.date_start, e.date_end, e.id"))
                               .toUtf8();
    Statement select = m_db.prepare(sql.constData());
    for (int i = 0; i < arguments.size(); ++i)
        std::visit([&select, i](const auto &value) { select.bind(i + 1, value); }, arguments.at(i));
    Statement actors = m_db.prepare("SELECT name FROM event_actors WHERE event_id = ?1 ORDER BY position");
    Statement factions = m_db.prepare("SELECT f.name FROM event_factions ef JOIN factions f ON f.id = "
                                      "ef.faction_id WHERE ef.event_id = ?1 ORDER BY ef.position");
    Statement contradictions = m_db.prepare(
        "SELECT event_b FROM contradictions WHERE event_a = ?1 UNION SELECT event_a FROM contradictions "
        "WHERE event_b = ?1");
    const FactionCatalog &catalog = m_catalogue;
    // Only events from articles have rows in these tables: ask them only about those (and, when the
    // events are asked for by id, only about these ids).
    QSet<std::int64_t> listed;
    const auto only = [&idList](const char *column) {
        return idList.isEmpty() ? QString()
                                : QStringLiteral(" WHERE %1 IN (%2)").arg(QLatin1String(column), idList);
    };
    for (const QString &listSql :
         {QStringLiteral("SELECT DISTINCT event_id FROM event_factions") + only("event_id"),
          QStringLiteral("SELECT DISTINCT event_id FROM event_actors") + only("event_id"),
          QStringLiteral("SELECT event_a FROM contradictions") + only("event_a") +
              QStringLiteral(" UNION SELECT event_b FROM contradictions") + only("event_b")}) {
        Statement ids = m_db.prepare(listSql.toUtf8().constData());
        while (ids.step())
            listed.insert(ids.int64(0));
    }
    while (select.step()) {
        Event event;
        event.id = select.int64(0);
        event.documentId = select.int64(1);
        event.uid = select.text(2);
        event.dateStart = static_cast<Day>(select.int64(3));
        event.dateEnd = static_cast<Day>(select.int64(4));
        event.precision = static_cast<TimePrecision>(select.int64(5));
        event.status = static_cast<EventStatus>(select.int64(6));
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
        AcledFields &acled = event.acled;
        acled.actor1 = select.text(27);
        acled.assocActor1 = select.text(28);
        acled.inter1 = select.text(29);
        acled.actor2 = select.text(30);
        acled.assocActor2 = select.text(31);
        acled.inter2 = select.text(32);
        acled.interaction = select.text(33);
        acled.disorderType = select.text(34);
        acled.civilianTargeting = select.text(35);
        acled.iso = select.text(36);
        acled.region = select.text(37);
        acled.country = select.text(38);
        acled.admin1 = select.text(39);
        acled.admin2 = select.text(40);
        acled.admin3 = select.text(41);
        acled.latitude = select.text(42);
        acled.longitude = select.text(43);
        acled.geoPrecision = select.text(44);
        acled.source = select.text(45);
        acled.sourceScale = select.text(46);
        acled.tags = select.text(47);
        acled.timestamp = select.text(48);
        if (!select.isNull(49))
            acled.eventDate = DayDate::toIso(static_cast<Day>(select.int64(49)));
        if (!select.isNull(50))
            event.extra = QJsonDocument::fromJson(select.text(50).toUtf8()).object();
        const auto alternatives = static_cast<std::uint64_t>(select.int64(51));
        event.sourceCount = 1 + static_cast<int>(select.int64(52));

        // Events from articles list their factions and actors in order; ACLED rows keep them in columns.
        const bool hasLists = listed.contains(event.id);
        if (hasLists) {
            factions.bind(1, event.id);
            while (factions.step())
                event.factions.append(factions.text(0));
            factions.reset();
        }
        if (event.factions.isEmpty()) {
            for (const int column : {24, 25})
                if (!select.isNull(column))
                    event.factions.append(m_factionNames.value(select.int64(column)));
            const auto mask = static_cast<std::uint64_t>(select.int64(26));
            QStringList others;
            for (auto it = m_factionNames.cbegin(); it != m_factionNames.cend(); ++it)
                if ((mask & factionBit(it.key())) != 0 && !event.factions.contains(it.value()))
                    others << it.value();
            std::sort(others.begin(), others.end(), [&catalog](const QString &a, const QString &b) {
                return catalog.order(a) < catalog.order(b);
            });
            event.factions += others;
        }
        for (auto it = m_factionNames.cbegin(); it != m_factionNames.cend(); ++it)
            if ((alternatives & factionBit(it.key())) != 0)
                event.initiatorAlternatives << it.value();
        std::sort(
            event.initiatorAlternatives.begin(), event.initiatorAlternatives.end(),
            [&catalog](const QString &a, const QString &b) { return catalog.order(a) < catalog.order(b); });
        if (hasLists) {
            actors.bind(1, event.id);
            while (actors.step())
                event.actors.append(actors.text(0));
            actors.reset();
        }
        if (event.actors.isEmpty()) {
            // actor1 and actor2 are one name each; the associated actors are "; "-separated lists.
            for (const auto &[column, list] :
                 {std::pair{&acled.actor1, false}, std::pair{&acled.assocActor1, true},
                  std::pair{&acled.actor2, false}, std::pair{&acled.assocActor2, true}})
                for (const QString &name :
                     list ? column->split(QStringLiteral("; "), Qt::SkipEmptyParts) : QStringList{*column})
                    if (!name.isEmpty())
                        event.actors.append(name);
        }
        if (hasLists) {
            contradictions.bind(1, event.id);
            while (contradictions.step())
                event.contradicts.append(contradictions.int64(0));
            contradictions.reset();
        }
        if (!filter.matches(event))
            continue;
        visit(event);
    }
}

void EventStore::loadIndexNames(EventIndex &index) const {
    index.factionNames.resize(65);
    for (auto it = m_factionNames.cbegin(); it != m_factionNames.cend(); ++it)
        index.factionNames[it.key()] = it.value();
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (index.typeNames.size() <= it.key()) {
            index.typeNames.resize(it.key() + 1);
            index.eventTypeNames.resize(it.key() + 1);
        }
        index.typeNames[it.key()] = it.value().second;
        index.eventTypeNames[it.key()] = it.value().first;
    }
    for (auto it = m_trackIds.cbegin(); it != m_trackIds.cend(); ++it) {
        if (index.trackNames.size() <= it.value())
            index.trackNames.resize(it.value() + 1);
        index.trackNames[it.value()] = it.key();
    }
    Statement places = m_db.prepare("SELECT id, name FROM places");
    while (places.step()) {
        const auto id = static_cast<qsizetype>(places.int64(0));
        if (index.placeNames.size() <= id)
            index.placeNames.resize(id + 1);
        index.placeNames[id] = places.text(1);
    }
}

EventIndex EventStore::readIndexRows() const {
    EventIndex index;
    // The largest id bounds the number of events and costs no scan, where count(*) reads a whole index.
    Statement largest = m_db.prepare("SELECT coalesce(max(id), 0) FROM events");
    index.reserve(largest.step() ? static_cast<std::size_t>(largest.int64(0)) : 0);
    Statement select = m_db.prepare(
        "SELECT id, date_start, date_end, time_precision, status, type_id, faction1, faction_mask, track_id, "
        "place_id, coalesce(fatalities, -1) "
        "FROM events INDEXED BY events_timeline WHERE deleted = 0 AND merged_into IS NULL "
        "ORDER BY date_start, date_end");
    EventIndex::Row row;
    while (select.step()) {
        row.id = select.int64(0);
        row.start = static_cast<Day>(select.int64(1));
        row.end = static_cast<Day>(select.int64(2));
        row.precision = static_cast<TimePrecision>(select.int64(3));
        row.status = static_cast<EventStatus>(select.int64(4));
        row.type = static_cast<std::uint16_t>(select.int64(5));
        row.primaryFaction = static_cast<std::uint8_t>(select.int64(6));
        row.factionMask = static_cast<std::uint64_t>(select.int64(7));
        row.track = static_cast<std::uint16_t>(select.int64(8));
        row.place = static_cast<std::uint32_t>(select.int64(9));
        row.fatalities = static_cast<std::int32_t>(select.int64(10));
        index.append(row);
    }
    return index;
}

std::pair<std::int64_t, std::int64_t> EventStore::indexState() const {
    Statement state = m_db.prepare("SELECT (SELECT generation FROM store_state WHERE id = 1), (SELECT "
                                   "coalesce(max(id), 0) FROM events)");
    state.step();
    return {state.int64(0), state.int64(1)};
}

EventIndex EventStore::loadIndex() const {
    const auto state = indexState();
    Statement snapshot = m_db.prepare(
        "SELECT count(*) FROM index_snapshot WHERE id = 1 AND generation = ?1 AND last_event_id = ?2");
    snapshot.bind(1, state.first).bind(2, state.second);
    std::optional<EventIndex> index;
    if (snapshot.step() && snapshot.int64(0) == 1) {
        const BlobReader columns(m_db, "index_snapshot", "columns", 1);
        index = EventIndex::read(columns.size(), [&columns](char *into, qint64 bytes, qint64 offset) {
            return columns.read(into, bytes, offset);
        });
    }
    const bool read = !index;
    if (read)
        index = readIndexRows();
    loadIndexNames(*index);
    if (read)
        keepIndexSnapshot(*index, state);
    return std::move(*index);
}

bool EventStore::keepIndexSnapshot(const EventIndex &index,
                                   std::pair<std::int64_t, std::int64_t> state) const {
    if (m_readOnly || index.size() < m_snapshotFrom)
        return false;
    // A cache: when another program is writing the store, go without rather than wait for it.
    m_db.setBusyTimeout(0);
    const auto restore = qScopeGuard([this] { m_db.setBusyTimeout(Database::busyTimeoutMs()); });
    try {
        Transaction transaction(m_db);
        if (indexState() != state)
            return false; // written to since the rows were read: the next load reads them again
        m_db.prepare("INSERT OR REPLACE INTO index_snapshot(id, generation, last_event_id, columns) "
                     "VALUES (1, ?1, ?2, ?3)")
            .bind(1, state.first)
            .bind(2, state.second)
            .bindBlob(3, index.toBytes())
            .exec();
        transaction.commit();
        return true;
    } catch (const StoreError &) {
        return false; // a cache: the store works as well without it
    }
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
    FactionCatalog catalog = m_catalogue;
    // What analysts changed: names, colours, factions of their own.
    Statement factions = m_db.prepare("SELECT name, color, bundled_name FROM factions ORDER BY position, id");
    while (factions.step()) {
        const QString name = factions.text(0);
        if (!factions.isNull(2))
            catalog.renameFaction(factions.text(2), name);
        else if (!catalog.faction(name))
            catalog.addFaction(Faction{name, factions.text(1), QString()});
        catalog.setColor(name, factions.text(1));
    }
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

void EventStore::checkNewFactionName(const QString &name, const QString &renamed) const {
    const QString path = m_db.path();
    if (name.trimmed().isEmpty())
        throw StoreError(path.toStdString() + ": a faction needs a name");
    // A faction may take a name that already stands for it (an alias of its own).
    const std::optional<QString> taken = factionCatalog().resolve(name.trimmed());
    if ((taken && *taken != renamed) || (m_factionIds.contains(name.trimmed()) && name.trimmed() != renamed))
        throw StoreError(path.toStdString() + ": the name \"" + name.toStdString() +
                         "\" is taken (it names " + taken.value_or(name).toStdString() + ")");
}

namespace {

void checkColor(const QString &path, const QString &color) {
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!rgb.match(color).hasMatch())
        throw StoreError(path.toStdString() + ": \"" + color.toStdString() +
                         "\" is not a colour of the form #rrggbb");
}

} // namespace

void EventStore::addFaction(const QString &name, const QString &color) {
    checkNewFactionName(name);
    checkColor(m_db.path(), color);
    Transaction transaction(m_db);
    Statement free =
        m_db.prepare("SELECT coalesce(max(id), 0) + 1, coalesce(max(position), 0) + 1 FROM factions");
    free.step();
    if (free.int64(0) > 64)
        throw StoreError(m_db.path().toStdString() + ": the store keeps at most 64 factions");
    m_db.prepare("INSERT INTO factions(id, name, color, position) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, free.int64(0))
        .bind(2, name.trimmed())
        .bind(3, color)
        .bind(4, free.int64(1))
        .exec();
    transaction.commit();
    loadFactions();
}

void EventStore::renameFaction(const QString &name, const QString &newName) {
    if (!m_factionIds.contains(name))
        throw StoreError(m_db.path().toStdString() + ": unknown faction \"" + name.toStdString() + "\"");
    if (name == FactionCatalog::otherFactionName())
        throw StoreError(m_db.path().toStdString() + ": \"Other\" keeps its name");
    checkNewFactionName(newName, name);
    Transaction transaction(m_db);
    const std::int64_t id = m_factionIds.value(name);
    // The gazetteer's name is kept once, at the first renaming.
    m_db.prepare("UPDATE factions SET name = ?2, bundled_name = coalesce(bundled_name, ?3) WHERE id = ?1")
        .bind(1, id)
        .bind(2, newName.trimmed())
        .bind(3, m_catalogue.faction(name) ? name : QString())
        .exec();
    m_db.prepare("INSERT INTO aliases(alias, faction_id, origin) VALUES (?1, ?2, 'user') "
                 "ON CONFLICT(alias) DO UPDATE SET faction_id = excluded.faction_id, origin = 'user'")
        .bind(1, TextNormalizer::fold(name))
        .bind(2, id)
        .exec();
    transaction.commit();
    loadFactions();
}

void EventStore::setFactionColor(const QString &name, const QString &color) {
    if (!m_factionIds.contains(name))
        throw StoreError(m_db.path().toStdString() + ": unknown faction \"" + name.toStdString() + "\"");
    checkColor(m_db.path(), color);
    m_db.prepare("UPDATE factions SET color = ?2 WHERE id = ?1")
        .bind(1, m_factionIds.value(name))
        .bind(2, color)
        .exec();
}

int EventStore::remapActor(const QString &actor, const QString &factionName) {
    Transaction transaction(m_db);
    addAlias(actor, factionName);
    const FactionCatalog catalog = factionCatalog();
    const std::uint64_t otherBit = factionBit(m_factionIds.value(FactionCatalog::otherFactionName()));
    auto idOf = [&](const QString &name) -> std::int64_t {
        if (name.isEmpty())
            return 0;
        return factionId(catalog.resolveActor(name).value_or(FactionCatalog::otherFactionName()));
    };
    // Only ACLED rows name their actors in columns; their factions are worked out again from those. LIKE
    // narrows the rows down (it ignores ASCII case only); the exact, accent-blind match is made below.
    Statement select = m_db.prepare(
        "SELECT id, actor1, assoc_actor_1, actor2, assoc_actor_2 FROM events WHERE actor1 IS NOT NULL AND "
        "(actor1 LIKE ?1 OR assoc_actor_1 LIKE ?1 OR actor2 LIKE ?1 OR assoc_actor_2 LIKE ?1 OR "
        "(faction_mask & "
        "?2) != 0)");
    QString pattern = actor.trimmed();
    pattern.replace(QLatin1Char('%'), QLatin1Char('_'));
    select.bind(1, QLatin1Char('%') + pattern + QLatin1Char('%'))
        .bind(2, static_cast<std::int64_t>(otherBit));
    Statement update =
        m_db.prepare("UPDATE events SET faction1 = ?2, faction2 = ?3, faction_mask = ?4 WHERE id = ?1");
    int changed = 0;
    const QString folded = TextNormalizer::fold(actor.trimmed());
    while (select.step()) {
        bool names = false;
        for (int column = 1; column <= 4 && !names; ++column)
            for (const QString &name : select.text(column).split(QStringLiteral("; "), Qt::SkipEmptyParts))
                names = names || TextNormalizer::fold(name.trimmed()) == folded;
        if (!names)
            continue;
        const std::int64_t first = idOf(select.text(1));
        const std::int64_t second = idOf(select.text(3));
        std::uint64_t mask = factionBit(first) | factionBit(second);
        for (const int column : {2, 4})
            for (const QString &name : select.text(column).split(QStringLiteral("; "), Qt::SkipEmptyParts))
                mask |= factionBit(idOf(name));
        update.bind(1, select.int64(0)).bind(3, second).bind(4, static_cast<std::int64_t>(mask));
        if (first != 0)
            update.bind(2, first);
        else
            update.bindNull(2);
        if (second == 0)
            update.bindNull(3);
        update.exec();
        ++changed;
    }
    transaction.commit();
    return changed;
}

QList<std::pair<QString, qint64>> EventStore::otherActors() const {
    const FactionCatalog catalog = factionCatalog();
    const std::uint64_t otherBit = factionBit(m_factionIds.value(FactionCatalog::otherFactionName()));
    Statement select = m_db.prepare("SELECT actor1, assoc_actor_1, actor2, assoc_actor_2 FROM events WHERE "
                                    "actor1 IS NOT NULL AND (faction_mask & ?1) != 0");
    select.bind(1, static_cast<std::int64_t>(otherBit));
    QHash<QString, bool> known; // resolved once per name
    QHash<QString, qint64> counts;
    while (select.step()) {
        QSet<QString> names;
        for (int column = 0; column < 4; ++column)
            for (const QString &name : select.text(column).split(QStringLiteral("; "), Qt::SkipEmptyParts))
                names.insert(name.trimmed());
        for (const QString &name : std::as_const(names)) {
            auto it = known.find(name);
            if (it == known.end()) {
                const QStringList sides = catalog.resolveAttribution(name).factions;
                it = known.insert(name, std::any_of(sides.cbegin(), sides.cend(), [](const QString &side) {
                                      return side != FactionCatalog::otherFactionName();
                                  }));
            }
            if (!it.value())
                ++counts[name];
        }
    }
    QList<std::pair<QString, qint64>> actors;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        actors.append({it.key(), it.value()});
    std::sort(actors.begin(), actors.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return actors;
}

QStringList EventStore::trackNames() const {
    struct Track {
        QString name;
        std::int64_t position = 0;
    };
    std::vector<Track> tracks;
    Statement select = m_db.prepare("SELECT name, position FROM tracks ORDER BY position, id");
    while (select.step())
        tracks.push_back({select.text(0), select.int64(1)});
    // A country's dataset tracks ("ACLED: Mali", "UCDP: Mali") sit together, where the first of them is.
    const auto country = [](const QString &name) {
        for (const QLatin1String prefix : {QLatin1String("ACLED: "), QLatin1String("UCDP: ")})
            if (name.startsWith(prefix))
                return name.mid(prefix.size());
        return QString();
    };
    QHash<QString, std::int64_t> first;
    for (const Track &track : tracks)
        if (const QString c = country(track.name); !c.isEmpty() && !first.contains(c))
            first.insert(c, track.position);
    std::stable_sort(tracks.begin(), tracks.end(), [&](const Track &a, const Track &b) {
        const QString ca = country(a.name);
        const QString cb = country(b.name);
        const std::int64_t pa = ca.isEmpty() ? a.position : first.value(ca);
        const std::int64_t pb = cb.isEmpty() ? b.position : first.value(cb);
        return pa != pb ? pa < pb : (ca == cb && ca.isEmpty() ? false : a.name < b.name);
    });
    QStringList names;
    for (const Track &track : tracks)
        names.append(track.name);
    return names;
}

QList<std::pair<QString, QString>> EventStore::eventTypes() const {
    QList<std::int64_t> ids = m_types.keys();
    std::sort(ids.begin(), ids.end());
    QList<std::pair<QString, QString>> types;
    for (const std::int64_t id : ids)
        types << m_types.value(id);
    return types;
}

qint64 EventStore::unindexedCount() const {
    Statement count =
        m_db.prepare("SELECT count(*) FROM events WHERE id > (SELECT indexed_through FROM search_state)");
    return count.step() ? count.int64(0) : 0;
}

QString EventStore::searchRows() {
    return QStringLiteral(
        "SELECT e.id, e.summary, p.quote, e.notes, "
        "coalesce(e.location, '') || ' ' || coalesce(e.place_text, '') || ' ' || coalesce(e.admin1, '') "
        "|| ' ' || coalesce(e.admin2, '') || ' ' || coalesce(e.admin3, ''), "
        "coalesce(e.actor1, '') || ' ' || coalesce(e.assoc_actor_1, '') || ' ' || coalesce(e.actor2, '') "
        "|| ' ' || coalesce(e.assoc_actor_2, '') || ' ' || coalesce(c.claimant, '') || ' ' || "
        "coalesce((SELECT group_concat(name, ' ') FROM event_actors a WHERE a.event_id = e.id), '') "
        "FROM events e LEFT JOIN provenance p ON p.event_id = e.id LEFT JOIN claims c ON c.event_id = e.id");
}

std::optional<std::int64_t> EventStore::placeId(const QString &name) {
    if (name.isEmpty())
        return std::nullopt;
    m_db.prepare("INSERT INTO places(name) VALUES (?1) ON CONFLICT(name) DO NOTHING").bind(1, name).exec();
    Statement select = m_db.prepare("SELECT id FROM places WHERE name = ?1");
    select.bind(1, name);
    return select.step() ? std::optional(select.int64(0)) : std::nullopt;
}

qint64 EventStore::updateSearchIndex() {
    const qint64 pending = unindexedCount();
    if (pending == 0)
        return 0;
    Transaction transaction(m_db);
    m_db.exec((QStringLiteral("INSERT INTO event_search(rowid, summary, quote, notes, place, actors) ") +
               searchRows() +
               QStringLiteral(" WHERE e.id > (SELECT indexed_through FROM search_state) ORDER BY e.id"))
                  .toUtf8()
                  .constData());
    m_db.exec("UPDATE search_state SET indexed_through = (SELECT coalesce(max(id), 0) FROM events)");
    transaction.commit();
    return pending;
}

} // namespace kt
