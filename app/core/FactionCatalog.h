#pragma once

#include "core/data.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kt {

// The canonical factions, their colours, and the aliases that name them. Built from the bundled gazetteer
// and completed with the mappings users have stored.
class FactionCatalog {
public:
    FactionCatalog() = default;
    // Reads the "factions" array of the gazetteer JSON: [{name, color, description, aliases: [..]}].
    static FactionCatalog fromJson(const QJsonObject &gazetteer);
    // The catalogue of the bundled gazetteer (resource :/data/gazetteer.json).
    static const FactionCatalog &bundled();
    // The bundled gazetteer JSON (resource :/data/gazetteer.json), read and parsed once.
    static const QJsonObject &bundledGazetteer();

    static QString otherFactionName() { return QStringLiteral("Other"); }

    const QList<Faction> &factions() const { return m_factions; }
    std::optional<Faction> faction(const QString &name) const;
    QString color(const QString &factionName) const;
    // Position of the faction in the canonical order; unknown factions come last.
    int order(const QString &factionName) const;

    // The canonical faction a name or alias stands for, matched without case or accents.
    std::optional<QString> resolve(const QString &nameOrAlias) const;
    // The faction of an actor name as ACLED writes it: the name itself, else the part before a colon
    // ("JNIM: Group for Support of Islam and Muslims"), else the name without its parenthesised years or
    // country ("Civilians (Mali)", "Military Forces of Mali (2021-) Prison Guards"). Nothing when unknown.
    std::optional<QString> resolveActor(const QString &actor) const;
    void addAlias(const QString &alias, const QString &factionName);
    const QHash<QString, QString> &aliases() const { return m_aliases; }

private:
    QList<Faction> m_factions;
    QHash<QString, QString> m_aliases; // folded alias -> canonical name
};

} // namespace kt
