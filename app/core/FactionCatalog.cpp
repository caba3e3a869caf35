#include "core/FactionCatalog.h"

#include "core/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace kt {

FactionCatalog FactionCatalog::fromJson(const QJsonObject &gazetteer) {
    FactionCatalog catalog;
    const QJsonArray factions = gazetteer.value(QStringLiteral("factions")).toArray();
    for (const auto &value : factions) {
        const QJsonObject object = value.toObject();
        Faction faction;
        faction.name = object.value(QStringLiteral("name")).toString();
        faction.color = object.value(QStringLiteral("color")).toString();
        faction.description = object.value(QStringLiteral("description")).toString();
        if (faction.name.isEmpty())
            continue;
        catalog.m_factions.append(faction);
        catalog.addAlias(faction.name, faction.name);
        for (const auto &alias : object.value(QStringLiteral("aliases")).toArray())
            catalog.addAlias(alias.toString(), faction.name);
        for (const auto &name : object.value(QStringLiteral("dataset_names")).toArray())
            catalog.addAlias(name.toString(), faction.name);
    }
    const QJsonArray rules =
        gazetteer.value(QStringLiteral("actor_patterns")).toObject().value(QStringLiteral("rules")).toArray();
    for (const auto &value : rules) {
        const QJsonObject rule = value.toObject();
        catalog.m_formRules.append({TextNormalizer::fold(rule.value(QStringLiteral("prefix")).toString()),
                                    TextNormalizer::fold(rule.value(QStringLiteral("suffix")).toString()),
                                    rule.value(QStringLiteral("strip")).toBool(),
                                    rule.value(QStringLiteral("faction")).toString()});
    }
    const QJsonObject ucdp =
        gazetteer.value(QStringLiteral("ucdp_sides")).toObject().value(QStringLiteral("names")).toObject();
    for (auto it = ucdp.constBegin(); it != ucdp.constEnd(); ++it)
        catalog.m_ucdpSides.insert(TextNormalizer::fold(it.key()), it.value().toString());
    if (!catalog.faction(otherFactionName()))
        catalog.m_factions.append(Faction{otherFactionName(), QStringLiteral("#bbbbbb"),
                                          QStringLiteral("Actors not yet mapped to a faction")});
    return catalog;
}

const QJsonObject &FactionCatalog::bundledGazetteer() {
    static const QJsonObject json = [] {
        QFile file(QStringLiteral(":/data/gazetteer.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled gazetteer :/data/gazetteer.json is missing from the resources");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return json;
}

const FactionCatalog &FactionCatalog::bundled() {
    static const FactionCatalog catalog = fromJson(bundledGazetteer());
    return catalog;
}

void FactionCatalog::addFaction(const Faction &faction) {
    if (this->faction(faction.name))
        return;
    const int other = order(otherFactionName());
    m_factions.insert(std::min(other, static_cast<int>(m_factions.size())), faction);
    addAlias(faction.name, faction.name);
}

void FactionCatalog::renameFaction(const QString &name, const QString &newName) {
    for (Faction &faction : m_factions)
        if (faction.name == name)
            faction.name = newName;
    for (QString &target : m_aliases)
        if (target == name)
            target = newName;
    for (FormRule &rule : m_formRules)
        if (rule.faction == name)
            rule.faction = newName;
    for (QString &target : m_ucdpSides)
        if (target == name)
            target = newName;
    addAlias(newName, newName);
    addAlias(name, newName);
}

void FactionCatalog::setColor(const QString &factionName, const QString &color) {
    for (Faction &faction : m_factions)
        if (faction.name == factionName)
            faction.color = color;
}

std::optional<Faction> FactionCatalog::faction(const QString &name) const {
    for (const auto &faction : m_factions)
        if (faction.name == name)
            return faction;
    return std::nullopt;
}

QString FactionCatalog::color(const QString &factionName) const {
    if (const auto found = faction(factionName))
        return found->color;
    return QStringLiteral("#bbbbbb");
}

int FactionCatalog::order(const QString &factionName) const {
    for (int i = 0; i < m_factions.size(); ++i)
        if (m_factions.at(i).name == factionName)
            return i;
    return static_cast<int>(m_factions.size());
}

std::optional<QString> FactionCatalog::resolve(const QString &nameOrAlias) const {
    const auto it = m_aliases.constFind(TextNormalizer::fold(nameOrAlias.trimmed()));
    if (it == m_aliases.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<QString> FactionCatalog::resolveActor(const QString &actor) const {
    if (auto exact = resolve(actor))
        return exact;
    if (const qsizetype colon = actor.indexOf(QLatin1Char(':')); colon > 0)
        if (auto prefix = resolve(actor.left(colon)))
            return prefix;
    // "Military Forces of Mali (2021-) Prison Guards": the unit of a known force belongs to it.
    if (const qsizetype open = actor.indexOf(QLatin1Char('(')); open > 0) {
        if (const qsizetype close = actor.indexOf(QLatin1Char(')'), open); close > open)
            if (auto withParenthesis = resolve(actor.left(close + 1)))
                return withParenthesis;
        if (auto bare = resolve(actor.left(open)))
            return bare;
    }
    const qsizetype open = actor.indexOf(QLatin1Char('('));
    return resolveByForm(open > 0 ? actor.left(open).trimmed() : actor.trimmed());
}

std::optional<QString> FactionCatalog::resolveByForm(const QString &bare) const {
    const QString folded = TextNormalizer::fold(bare);
    for (const FormRule &rule : m_formRules) {
        const bool matches = (!rule.prefix.isEmpty() && folded.startsWith(rule.prefix)) ||
                             (!rule.suffix.isEmpty() && folded.endsWith(rule.suffix));
        if (!matches)
            continue;
        if (!rule.strip)
            return rule.faction;
        // "Mutiny of Military Forces of Mali": the rest of the name, after the prefix (same length folded).
        return resolveActor(bare.mid(rule.prefix.size()));
    }
    return std::nullopt;
}

FactionCatalog::Attribution FactionCatalog::resolveAttribution(const QString &actor) const {
    Attribution attribution;
    if (const auto whole = resolve(actor)) // a user's mapping of the whole name wins
        return {{*whole}, false, {}};
    const QStringList candidates = actor.split(QStringLiteral(" and/or "), Qt::SkipEmptyParts);
    for (const QString &candidate : candidates) {
        const auto faction = resolveActor(candidate.trimmed());
        if (!faction)
            attribution.unknown << candidate.trimmed();
        const QString name = faction.value_or(otherFactionName());
        if (!attribution.factions.contains(name))
            attribution.factions << name;
    }
    attribution.uncertain = attribution.factions.size() > 1;
    return attribution;
}

FactionCatalog::Attribution FactionCatalog::resolveUcdpSide(const QString &side) const {
    const QString name = side.trimmed();
    if (const auto it = m_ucdpSides.constFind(TextNormalizer::fold(name)); it != m_ucdpSides.constEnd())
        return {{it.value()}, false, {}};
    return resolveAttribution(name);
}

void FactionCatalog::addAlias(const QString &alias, const QString &factionName) {
    const QString key = TextNormalizer::fold(alias.trimmed());
    if (!key.isEmpty())
        m_aliases.insert(key, factionName);
}

} // namespace kt
