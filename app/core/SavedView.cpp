#include "core/SavedView.h"

#include "core/DayDate.h"
#include "core/InputError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace kt {

namespace {

constexpr std::array kLaneNames{std::pair{LaneKey::Track, "track"}, std::pair{LaneKey::Faction, "faction"},
                                std::pair{LaneKey::Type, "type"}, std::pair{LaneKey::Place, "place"}};

QJsonArray sortedArray(const QSet<QString> &values) {
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> stringSet(const QJsonValue &value) {
    QSet<QString> set;
    for (const auto &item : value.toArray())
        if (item.isString())
            set.insert(item.toString());
    return set;
}

QString instant(double msecs) {
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject filterJson(const Filter &filter) {
    QJsonObject object;
    if (!filter.factions.isEmpty())
        object.insert(QStringLiteral("factions"), sortedArray(filter.factions));
    if (filter.factionRole == FactionRole::Initiator)
        object.insert(QStringLiteral("role"), QStringLiteral("initiator"));
    if (!filter.eventTypes.isEmpty())
        object.insert(QStringLiteral("types"), sortedArray(filter.eventTypes));
    if (!filter.tracks.isEmpty())
        object.insert(QStringLiteral("tracks"), sortedArray(filter.tracks));
    const std::array texts{std::pair{"place", &filter.place}, std::pair{"search", &filter.search},
                           std::pair{"claimant", &filter.claimant}};
    for (const auto &[key, text] : texts)
        if (!text->isEmpty())
            object.insert(QLatin1String(key), *text);
    if (filter.from)
        object.insert(QStringLiteral("from"), DayDate::toIso(*filter.from));
    if (filter.to)
        object.insert(QStringLiteral("to"), DayDate::toIso(*filter.to));
    if (filter.contestedOnly)
        object.insert(QStringLiteral("contested"), true);
    if (filter.minFatalities >= 0)
        object.insert(QStringLiteral("min_fatalities"), filter.minFatalities);
    return object;
}

Filter filterFromJson(const QJsonObject &object, const QString &origin) {
    Filter filter;
    filter.factions = stringSet(object.value(QStringLiteral("factions")));
    filter.factionRole = object.value(QStringLiteral("role")).toString() == QLatin1String("initiator")
                             ? FactionRole::Initiator
                             : FactionRole::Any;
    filter.eventTypes = stringSet(object.value(QStringLiteral("types")));
    filter.tracks = stringSet(object.value(QStringLiteral("tracks")));
    filter.place = object.value(QStringLiteral("place")).toString();
    filter.search = object.value(QStringLiteral("search")).toString();
    filter.claimant = object.value(QStringLiteral("claimant")).toString();
    for (const auto &[key, day] : {std::pair{"from", &filter.from}, std::pair{"to", &filter.to}}) {
        const QString text = object.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            continue;
        *day = DayDate::fromIso(text);
        if (!*day)
            throw InputError(origin, 0,
                             QStringLiteral("filter \"%1\" is not a date YYYY-MM-DD: \"%2\"")
                                 .arg(QLatin1String(key), text));
    }
    filter.contestedOnly = object.value(QStringLiteral("contested")).toBool();
    filter.minFatalities = object.value(QStringLiteral("min_fatalities")).toInt(-1);
    return filter;
}

} // namespace

QString laneKeyName(LaneKey key) {
    for (const auto &[lane, name] : kLaneNames)
        if (lane == key)
            return QLatin1String(name);
    return QStringLiteral("track");
}

std::optional<LaneKey> laneKeyFromName(const QString &name) {
    for (const auto &[lane, text] : kLaneNames)
        if (name == QLatin1String(text))
            return lane;
    return std::nullopt;
}

QString barScaleName(BarScale scale) {
    return scale == BarScale::Shared ? QStringLiteral("shared") : QStringLiteral("per-lane");
}

std::optional<BarScale> barScaleFromName(const QString &name) {
    if (name == QLatin1String("per-lane"))
        return BarScale::PerLane;
    if (name == QLatin1String("shared"))
        return BarScale::Shared;
    return std::nullopt;
}

QByteArray SavedView::toJson() const {
    QJsonObject object;
    object.insert(QStringLiteral("filter"), filterJson(filter));
    object.insert(QStringLiteral("window"), QJsonObject{{QStringLiteral("start"), instant(startMsecs)},
                                                        {QStringLiteral("end"), instant(endMsecs)}});
    object.insert(QStringLiteral("lanes"), laneKeyName(lanes));
    if (!hideEmptyLanes)
        object.insert(QStringLiteral("empty_lanes"), true);
    if (barScale != BarScale::PerLane) // views saved before bars had a choice read as per-lane
        object.insert(QStringLiteral("bars"), barScaleName(barScale));
    if (!title.isEmpty())
        object.insert(QStringLiteral("title"), title);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SavedView SavedView::fromJson(const QString &name, const QByteArray &json, const QString &origin) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        throw InputError(
            origin, 0,
            QStringLiteral("view \"%1\" is not a JSON object (%2)").arg(name, error.errorString()));
    const QJsonObject object = document.object();
    SavedView view;
    view.name = name;
    view.filter = filterFromJson(object.value(QStringLiteral("filter")).toObject(), origin);
    const QJsonObject window = object.value(QStringLiteral("window")).toObject();
    const auto msecs = [&](const char *key) {
        const QDateTime at =
            QDateTime::fromString(window.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            throw InputError(origin, 0,
                             QStringLiteral("view \"%1\": window %2 is not an ISO 8601 instant")
                                 .arg(name, QLatin1String(key)));
        return static_cast<double>(at.toMSecsSinceEpoch());
    };
    view.startMsecs = msecs("start");
    view.endMsecs = msecs("end");
    if (!(view.endMsecs > view.startMsecs))
        throw InputError(origin, 0,
                         QStringLiteral("view \"%1\": its window ends before it starts").arg(name));
    const QString lanes = object.value(QStringLiteral("lanes")).toString(QStringLiteral("track"));
    const auto key = laneKeyFromName(lanes);
    if (!key)
        throw InputError(origin, 0, QStringLiteral("view \"%1\": unknown lanes \"%2\"").arg(name, lanes));
    view.lanes = *key;
    view.hideEmptyLanes = !object.value(QStringLiteral("empty_lanes")).toBool();
    const QString bars = object.value(QStringLiteral("bars")).toString(QStringLiteral("per-lane"));
    const auto scale = barScaleFromName(bars);
    if (!scale)
        throw InputError(origin, 0, QStringLiteral("view \"%1\": unknown bars \"%2\"").arg(name, bars));
    view.barScale = *scale;
    view.title = object.value(QStringLiteral("title")).toString();
    return view;
}

} // namespace kt
