#include "view/ViewportQuery.h"

#include "core/DayDate.h"
#include "core/FactionCatalog.h"
#include "core/ViewState.h"
#include "store/EventStore.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kt {

namespace {

constexpr double kDayMsecs = 86'400'000.0;
constexpr qsizetype kCacheLimit = 50'000;

// The days a window [start, end) touches: a window that ends at midnight does not reach the next day.
std::pair<Day, Day> daysOf(double startMsecs, double endMsecs) {
    return {static_cast<Day>(std::floor(startMsecs / kDayMsecs)),
            static_cast<Day>(std::ceil(endMsecs / kDayMsecs)) - 1};
}

} // namespace

ViewportQuery::ViewportQuery(const EventStore &store, Load load)
    : m_store(store) {
    if (load == Load::Now) {
        reload();
        return;
    }
    setIndex(std::make_shared<const EventIndex>());
    m_awaitsIndex = true;
}

void ViewportQuery::reload() {
    setIndex(std::make_shared<const EventIndex>(m_store.loadIndex()));
}

void ViewportQuery::setIndex(std::shared_ptr<const EventIndex> index) {
    m_awaitsIndex = false;
    m_index = std::move(index);
    m_bitmaps = std::make_shared<IndexBitmaps>(*m_index);
    m_allLanes = m_store.trackNames();
    m_cache.clear();
    m_selected = false;
    setFilter(m_filter);
}

void ViewportQuery::setHideEmptyLanes(bool hide) {
    m_hideEmptyLanes = hide;
    lanesChanged();
}

void ViewportQuery::setLaneMode(LaneKey mode) {
    m_laneMode = mode;
    lanesChanged();
}

const QStringList &ViewportQuery::lanes() const {
    if (m_lanesStale)
        updateLanes();
    return m_lanes;
}

namespace {

constexpr int kPlaceLanes = 12;

QString otherPlaces() {
    return QStringLiteral("Other places");
}

QString noPlace() {
    return QStringLiteral("No place given");
}

} // namespace

QString ViewportQuery::laneNameOfKey(std::size_t key) const {
    const auto at = static_cast<qsizetype>(key);
    switch (m_laneMode) {
    case LaneKey::Place: {
        const QString name = m_index->placeNames.value(at);
        if (name.isEmpty())
            return noPlace();
        return m_placeLanes.contains(name) ? name : otherPlaces();
    }
    case LaneKey::Faction:
        return at > 0 && at < m_index->factionNames.size() && !m_index->factionNames.at(at).isEmpty()
                   ? m_index->factionNames.at(at)
                   : FactionCatalog::otherFactionName();
    case LaneKey::Type:
        return m_index->eventTypeNames.value(at);
    case LaneKey::Track:
        break;
    }
    return m_index->trackNames.value(at);
}

void ViewportQuery::updateLanes() const {
    m_lanesStale = false;
    // Every possible lane in its order: tracks in the store's order, factions in the catalogue's, ACLED's
    // event types in ACLED's.
    QStringList candidates;
    std::size_t keyCount = 0;
    std::vector<qint64> perKey; // selected rows per lane key, counted once when needed
    const auto countPerKey = [&] {
        if (perKey.empty())
            perKey = countsByKey(keyCount);
    };
    switch (m_laneMode) {
    case LaneKey::Track:
        candidates = m_allLanes;
        keyCount = static_cast<std::size_t>(m_index->trackNames.size());
        break;
    case LaneKey::Faction:
        // The store's factions (renamed and new ones too), in the order they were made: the catalogue's.
        for (const QString &faction : m_index->factionNames)
            if (!faction.isEmpty())
                candidates << faction;
        if (!candidates.contains(FactionCatalog::otherFactionName()))
            candidates << FactionCatalog::otherFactionName();
        keyCount = static_cast<std::size_t>(m_index->factionNames.size());
        break;
    case LaneKey::Type:
        for (const QString &type : m_index->eventTypeNames)
            if (!type.isEmpty() && !candidates.contains(type))
                candidates << type;
        keyCount = static_cast<std::size_t>(m_index->typeNames.size());
        break;
    case LaneKey::Place: {
        // The busiest places under the filter get a lane each, busiest first.
        keyCount = static_cast<std::size_t>(m_index->placeNames.size());
        countPerKey();
        std::vector<std::pair<qint64, std::size_t>> counts(keyCount);
        for (std::size_t key = 1; key < keyCount; ++key) // key 0: no place
            counts[key] = {perKey[key], key};
        std::stable_sort(counts.begin(), counts.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        m_placeLanes.clear();
        for (const auto &[count, key] : counts)
            if (count > 0 && m_placeLanes.size() < kPlaceLanes) {
                m_placeLanes.insert(m_index->placeNames.at(static_cast<qsizetype>(key)));
                candidates << m_index->placeNames.at(static_cast<qsizetype>(key));
            }
        candidates << otherPlaces() << noPlace();
        break;
    }
    }
    QSet<QString> used;
    if (m_hideEmptyLanes) {
        countPerKey();
        const QSet<QString> possible(candidates.cbegin(), candidates.cend());
        for (std::size_t key = 0; key < keyCount; ++key)
            if (perKey[key] > 0)
                if (const QString name = laneNameOfKey(key); possible.contains(name))
                    used.insert(name);
    }
    m_lanes.clear();
    for (const QString &lane : std::as_const(candidates))
        if (!m_hideEmptyLanes || used.contains(lane))
            m_lanes << lane;
    if (m_lanes.isEmpty() && !candidates.isEmpty())
        m_lanes << candidates.first(); // an empty chart still has a lane to show that it is empty
    m_laneOfKey.assign(keyCount, -1);
    for (std::size_t key = 0; key < keyCount; ++key)
        m_laneOfKey[key] = static_cast<int>(m_lanes.indexOf(laneNameOfKey(key)));
}

std::vector<qint64> ViewportQuery::countsByKey(std::size_t keyCount) const {
    std::vector<qint64> counts(keyCount, 0);
    m_selection->forEach([&](std::size_t position) {
        if (const std::size_t key = laneKeyOf(*m_index, position, m_laneMode); key < keyCount)
            ++counts[key];
    });
    return counts;
}

QStringList ViewportQuery::lanesOf(const QList<Event> &events) const {
    if (m_lanesStale)
        updateLanes(); // the places with a lane of their own
    QStringList lanes;
    lanes.reserve(events.size());
    for (const Event &event : events) {
        switch (m_laneMode) {
        case LaneKey::Faction:
            lanes << event.factions.value(0, FactionCatalog::otherFactionName());
            break;
        case LaneKey::Type:
            lanes << event.eventType;
            break;
        case LaneKey::Place:
            lanes << (event.location.isEmpty()                ? noPlace()
                      : m_placeLanes.contains(event.location) ? event.location
                                                              : otherPlaces());
            break;
        case LaneKey::Track:
            lanes << event.track;
            break;
        }
    }
    return lanes;
}

void ViewportQuery::setFilter(const Filter &filter) {
    if (hasSelected(filter))
        return; // the same rows: a pass over a million of them saved
    setSelection(select(selectionRequest(filter), m_store));
}

ViewportQuery::Selection ViewportQuery::select(const SelectionRequest &request, const EventStore &store) {
    const Filter &filter = request.filter;
    const EventIndex &index = *request.index;
    IndexFilter rows;
    if (!filter.factions.isEmpty()) {
        rows.factionMask = 0;
        for (qsizetype id = 1; id < index.factionNames.size(); ++id)
            if (filter.factions.contains(index.factionNames.at(id)))
                rows.factionMask |= std::uint64_t{1} << static_cast<unsigned>(id - 1);
    }
    rows.initiatorOnly = filter.factionRole == FactionRole::Initiator;
    if (!filter.eventTypes.isEmpty()) {
        rows.types.assign(static_cast<std::size_t>(index.typeNames.size()), false);
        for (qsizetype id = 0; id < index.typeNames.size(); ++id)
            rows.types[static_cast<std::size_t>(id)] =
                filter.eventTypes.contains(index.typeNames.at(id)) ||
                filter.eventTypes.contains(index.eventTypeNames.at(id));
    }
    if (!filter.tracks.isEmpty()) {
        rows.tracks.assign(static_cast<std::size_t>(index.trackNames.size()), false);
        for (qsizetype id = 0; id < index.trackNames.size(); ++id)
            rows.tracks[static_cast<std::size_t>(id)] =
                std::any_of(filter.tracks.cbegin(), filter.tracks.cend(), [&](const QString &track) {
                    return index.trackNames.at(id).compare(track, Qt::CaseInsensitive) == 0;
                });
    }
    if (filter.from)
        rows.from = *filter.from;
    if (filter.to)
        rows.to = *filter.to;
    rows.minFatalities = filter.minFatalities;
    if (auto ids = store.textMatches(filter)) {
        rows.ids = std::move(*ids);
        rows.restrictIds = true;
    }
    return {request, std::make_shared<const IndexSelection>(index, request.bitmaps, rows)};
}

bool ViewportQuery::setSelection(const Selection &selection) {
    if (selection.request.index != m_index)
        return false;
    m_filter = selection.request.filter;
    m_selection = selection.rows;
    m_selected = true;
    lanesChanged();
    return true;
}

ViewportQuery::Frame ViewportQuery::query(double startMsecs, double endMsecs, int targetBins) {
    Frame frame;
    const auto [from, to] = daysOf(startMsecs, endMsecs);
    const std::vector<std::size_t> visible = LevelOfDetail::visible(*m_index, *m_selection, from, to);
    if (visible.size() > LevelOfDetail::kMarkerLimit) {
        const int laneCount = static_cast<int>(lanes().size());
        frame.bins = LevelOfDetail::bins(*m_index, *m_selection, m_laneOfKey, laneCount, from, to, targetBins,
                                         m_laneMode);
        frame.shown = static_cast<qint64>(frame.bins->total);
        return frame;
    }
    std::vector<std::int64_t> ids;
    ids.reserve(visible.size());
    for (const std::size_t position : visible)
        ids.push_back(m_index->id(position));
    cache(ids);
    frame.events.reserve(static_cast<qsizetype>(visible.size()));
    for (const std::size_t position : visible)
        if (const auto it = m_cache.constFind(m_index->id(position)); it != m_cache.constEnd())
            frame.events.append(it.value());
    frame.shown = frame.events.size();
    return frame;
}

QHash<QString, qint64> ViewportQuery::factionCounts() const {
    const auto &counts = m_selection->factionCounts();
    QHash<QString, qint64> byName;
    for (qsizetype id = 1; id < m_index->factionNames.size(); ++id)
        if (!m_index->factionNames.at(id).isEmpty())
            byName.insert(m_index->factionNames.at(id), counts[static_cast<std::size_t>(id)]);
    return byName;
}

QStringList ViewportQuery::factionsPresent() const {
    const std::uint64_t present = m_index->factionsPresent();
    QStringList names;
    for (qsizetype id = 1; id < m_index->factionNames.size(); ++id)
        if ((present & (std::uint64_t{1} << static_cast<unsigned>(id - 1))) != 0)
            names << m_index->factionNames.at(id);
    return names;
}

QStringList ViewportQuery::tracksShown() const {
    if (m_laneMode == LaneKey::Track)
        return lanes();
    if (m_filter.tracks.isEmpty())
        return m_allLanes;
    QStringList shown;
    for (const QString &track : m_allLanes)
        if (m_filter.tracks.contains(track))
            shown << track;
    return shown.isEmpty() ? m_allLanes : shown;
}

std::pair<double, double> ViewportQuery::fitWindow() const {
    const ViewState::Window window = ViewState::fitting(
        m_index->size() == 0 ? std::nullopt
                             : std::optional{std::pair{m_index->firstDay(), m_index->lastDay()}});
    return {window.start, window.end};
}

std::optional<std::size_t> ViewportQuery::positionOf(std::int64_t id) {
    const std::optional<Event> current = event(id);
    if (!current)
        return std::nullopt;
    // The index is sorted by start day: look among the rows that start on this event's day.
    const auto [first, last] = m_index->overlapping(current->dateStart, current->dateStart);
    Q_UNUSED(last);
    for (std::size_t i = first; i < m_index->size() && m_index->start(i) <= current->dateStart; ++i)
        if (m_index->id(i) == id)
            return i;
    return std::nullopt;
}

std::optional<std::int64_t> ViewportQuery::neighbour(std::int64_t id, int direction) {
    const std::optional<std::size_t> at = positionOf(id);
    if (!at)
        return std::nullopt;
    // Step over what the filter hides.
    for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(*at) + direction;
         i >= 0 && i < static_cast<std::ptrdiff_t>(m_index->size()); i += direction)
        if (m_selection->contains(static_cast<std::size_t>(i)))
            return m_index->id(static_cast<std::size_t>(i));
    return std::nullopt;
}

std::optional<ViewportQuery::BarPlace> ViewportQuery::barOf(std::int64_t id) {
    const std::optional<std::size_t> at = positionOf(id);
    if (!at || !m_selection->contains(*at))
        return std::nullopt;
    lanes(); // the lane of each key, up to date
    const std::size_t key = laneKeyOf(*m_index, *at, m_laneMode);
    if (key >= m_laneOfKey.size() || m_laneOfKey[key] < 0)
        return std::nullopt;
    return BarPlace{m_laneOfKey[key], LevelOfDetail::markerDay(*m_index, *at)};
}

std::optional<Event> ViewportQuery::event(std::int64_t id) {
    if (const auto it = m_cache.constFind(id); it != m_cache.constEnd())
        return it.value();
    const QList<Event> loaded = m_store.loadEvents(std::vector<std::int64_t>{id});
    if (loaded.isEmpty())
        return std::nullopt;
    m_cache.insert(id, loaded.first());
    return loaded.first();
}

void ViewportQuery::cache(const std::vector<std::int64_t> &ids) {
    std::vector<std::int64_t> missing;
    for (const std::int64_t id : ids)
        if (!m_cache.contains(id))
            missing.push_back(id);
    if (missing.empty())
        return;
    if (m_cache.size() + static_cast<qsizetype>(missing.size()) > kCacheLimit) {
        m_cache.clear();
        missing = ids; // those cached a moment ago went with the rest
    }
    for (const Event &event : m_store.loadEvents(missing))
        m_cache.insert(event.id, event);
}

QList<Event> ViewportQuery::events(const std::vector<std::int64_t> &ids) {
    cache(ids);
    QList<Event> found;
    for (const std::int64_t id : ids)
        if (const auto it = m_cache.constFind(id); it != m_cache.constEnd())
            found.append(it.value());
    return found;
}

TableRows::Request ViewportQuery::tableRequest(double startMsecs, double endMsecs) const {
    const auto [from, to] = daysOf(startMsecs, endMsecs);
    return {m_index, m_selection, from, to};
}

std::optional<std::int64_t> ViewportQuery::firstInWindow(double startMsecs, double endMsecs,
                                                         int direction) const {
    const std::pair<Day, Day> days = daysOf(startMsecs, endMsecs);
    const auto [first, last] = m_index->overlapping(days.first, days.second);
    const auto fits = [&](std::size_t at) {
        return m_selection->contains(at) && m_index->end(at) >= days.first;
    };
    if (direction > 0) {
        for (std::size_t at = first; at < last; ++at)
            if (fits(at))
                return m_index->id(at);
    } else {
        for (std::size_t at = last; at > first; --at)
            if (fits(at - 1))
                return m_index->id(at - 1);
    }
    return std::nullopt;
}

} // namespace kt
