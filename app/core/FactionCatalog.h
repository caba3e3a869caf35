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
    // Reads the gazetteer JSON: its "factions" array ([{name, color, description, aliases: [..],
    // dataset_names: [..]}]), its "actor_patterns" rules and its "ucdp_sides" names.
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
    // country ("Civilians (Mali)", "Military Forces of Mali (2021-) Prison Guards"), else the gazetteer's
    // rules on the name's form ("Fulani Ethnic Militia (Mali)" is a communal militia, "Mutiny of Military
    // Forces of Mali (2013-2020)" the forces themselves). Nothing when unknown.
    std::optional<QString> resolveActor(const QString &actor) const;

    // The sides an ACLED actor name stands for. ACLED writes an uncertain attribution as "A and/or B"
    // (codebook: "Actor names"): both sides are listed and `uncertain` is set, unless both are one faction.
    // An unknown name is under Other and listed in `unknown`.
    struct Attribution {
        QStringList factions;
        bool uncertain = false;
        QStringList unknown;
    };
    Attribution resolveAttribution(const QString &actor) const;
    // A UCDP GED side (side_a, side_b): UCDP's own names first (the gazetteer's "ucdp_sides": its
    // "Government of Mali" is the army), then as an ACLED name.
    Attribution resolveUcdpSide(const QString &side) const;
    void addAlias(const QString &alias, const QString &factionName);
    // A faction an analyst made: placed before "Other", known by its own name.
    void addFaction(const Faction &faction);
    // A faction an analyst renamed: every alias, rule and UCDP name that gave the old name gives the new one,
    // and the old name becomes an alias of it.
    void renameFaction(const QString &name, const QString &newName);
    void setColor(const QString &factionName, const QString &color);
    const QHash<QString, QString> &aliases() const { return m_aliases; }

private:
    struct FormRule {
        QString prefix; // folded
        QString suffix; // folded
        bool strip = false;
        QString faction;
    };
    std::optional<QString> resolveByForm(const QString &bare) const;

    QList<Faction> m_factions;
    QHash<QString, QString> m_aliases; // folded alias -> canonical name
    QList<FormRule> m_formRules;
    QHash<QString, QString> m_ucdpSides; // folded UCDP name -> canonical name
};

} // namespace kt
