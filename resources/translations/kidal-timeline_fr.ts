<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChartRenderer</name>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autre(s)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 events · dates in UTC</source>
        <translation>%1 – %2 · %3 événements · dates en UTC</translation>
    </message>
    <message>
        <source>Filters: none (all events)</source>
        <translation>Filtres&#xa0;: aucun (tous les événements)</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data through %1</source>
        <translation>Données jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>Separate the sources of “%1”</source>
        <translation>Séparer les sources de « %1 »</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>Scinder « %1 »</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>Lecture de %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>kt::Application</name>
    <message>
        <source>An unexpected error stopped the last action; the window carries on.</source>
        <translation>Une erreur inattendue a interrompu la dernière action&#x202f;; la fenêtre reste utilisable.</translation>
    </message>
</context>
<context>
    <name>kt::CorrectionActions</name>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <source>&amp;Merge selected events</source>
        <translation>&amp;Fusionner les événements choisis</translation>
    </message>
    <message>
        <source>S&amp;plit event</source>
        <translation>S&amp;cinder l’événement</translation>
    </message>
    <message>
        <source>Se&amp;parate sources</source>
        <translation>Sé&amp;parer les sources</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Select two or more rows in the table (Ctrl+click): the current one keeps, the others become its sources</source>
        <translation>Choisissez deux lignes ou plus dans le tableau (Ctrl+clic) : la ligne courante reste, les autres deviennent ses sources</translation>
    </message>
    <message>
        <source>Show each report merged into this event as an event of its own again</source>
        <translation>Montrer de nouveau chaque récit fusionné dans cet événement comme un événement à part</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>Cette base est en lecture seule</translation>
    </message>
    <message>
        <source>Delete %1 events</source>
        <translation>Supprimer %1 événements</translation>
    </message>
    <message>
        <source>Merge %1 events into “%2”</source>
        <translation>Fusionner %1 événements dans « %2 »</translation>
    </message>
</context>
<context>
    <name>kt::EventDetails</name>
    <message>
        <source>Click an event on the timeline to see where it comes from and who claims it.</source>
        <translation>Cliquez sur un événement de la chronologie pour voir d’où il provient et qui le revendique.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiateur</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Actors as written</source>
        <translation>Acteurs (libellé d’origine)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Revendiqué par</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody named: reported by the source&lt;/i&gt;</source>
        <translation>&lt;i&gt;personne n’est nommé&#xa0;: événement rapporté par la source&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;coded by ACLED from its sources&lt;/i&gt;</source>
        <translation>&lt;i&gt;codé par ACLED d’après ses sources&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>% (edited by an analyst)</source>
        <translation>% (valeur modifiée par un analyste)</translation>
    </message>
    <message>
        <source>ACLED event</source>
        <translation>Événement ACLED</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Admin areas</source>
        <translation>Divisions administratives</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source> (geo precision %1)</source>
        <translation> (précision géographique %1)</translation>
    </message>
    <message>
        <source>Sides (inter)</source>
        <translation>Camps (inter)</translation>
    </message>
    <message>
        <source>Civilian targeting</source>
        <translation>Ciblage de civils</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Contested — contradicted by:</source>
        <translation>Contesté — contredit par&#xa0;:</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne n’est nommé</translation>
    </message>
    <message>
        <source>another source</source>
        <translation>une autre source</translation>
    </message>
    <message>
        <source>Sources disagree on the day: %1 (%2), %3</source>
        <translation>Les sources divergent sur le jour : %1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 reports tell this event (listed below)</source>
        <translation>%1 récits rapportent cet événement (ci-dessous)</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>selon %1</translation>
    </message>
    <message>
        <source>the day is known</source>
        <translation>jour connu</translation>
    </message>
    <message>
        <source>within about a week</source>
        <translation>à une semaine près</translation>
    </message>
    <message>
        <source>within about a month</source>
        <translation>à un mois près</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>uncertain: %1 &lt;span style=&apos;color:%2&apos;&gt;(the source names one or the other: “A and/or B”)&lt;/span&gt;</source>
        <translation>incertain : %1 &lt;span style=&apos;color:%2&apos;&gt;(la source nomme l’un ou l’autre : « A et/ou B »)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation>Lecture de l’événement…</translation>
    </message>
</context>
<context>
    <name>kt::EventEditDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>The day is known</source>
        <translation>Le jour est connu</translation>
    </message>
    <message>
        <source>Within about a week</source>
        <translation>À une semaine près</translation>
    </message>
    <message>
        <source>Within about a month</source>
        <translation>À un mois près</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Source says:</source>
        <translation>La source dit :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Su&amp;b-type:</source>
        <translation>S&amp;ous-type :</translation>
    </message>
    <message>
        <source>&amp;Initiator:</source>
        <translation>&amp;Initiateur :</translation>
    </message>
    <message>
        <source>Other si&amp;des:</source>
        <translation>Autres &amp;camps :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>&amp;Fil :</translation>
    </message>
    <message>
        <source>F&amp;atalities:</source>
        <translation>&amp;Morts :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Other sides</source>
        <translation>Autres camps</translation>
    </message>
</context>
<context>
    <name>kt::EventTable</name>
    <message>
        <source>Find in the events in view…</source>
        <translation>Rechercher dans les événements affichés…</translation>
    </message>
    <message>
        <source>Find in the events in view</source>
        <translation>Rechercher dans les événements affichés</translation>
    </message>
    <message>
        <source>Events in view</source>
        <translation>Événements affichés</translation>
    </message>
    <message>
        <source>Listing the events in view</source>
        <translation>Liste des événements affichés en cours</translation>
    </message>
    <message>
        <source>Find looks through at most %1 events and %2 are in view: zoom in, or use the filter’s Text box.</source>
        <translation>La recherche parcourt au plus %1 événements et %2 sont affichés&#xa0;: zoomez, ou utilisez la case Texte du filtre.</translation>
    </message>
    <message>
        <source>Sorted by date: sorting by “%1” reads every event, at most %2, and %3 are in view. Zoom in to sort by it.</source>
        <translation>Trié par date&#xa0;: trier par «&#xa0;%1&#xa0;» lit chaque événement, au plus %2, et %3 sont affichés. Zoomez pour trier ainsi.</translation>
    </message>
</context>
<context>
    <name>kt::EventTableModel</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Known to</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Revendiqué par</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Edited by an analyst.</source>
        <translation>Modifié par un analyste.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>survenu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
</context>
<context>
    <name>kt::ExportDialog</name>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2× (high-density screens, print)</source>
        <translation>2× (écrans haute densité, impression)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>millimètres</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pouces</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Unité de taille</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Résolution en points par pouce</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>So&amp;us-titre :</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> po</translation>
    </message>
    <message>
        <source>The picture: %1 × %2 pixels at %3 dpi</source>
        <translation>L’image : %1 × %2 pixels à %3 ppp</translation>
    </message>
    <message>
        <source>The page: %1 × %2 mm</source>
        <translation>La page : %1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large a picture: lower the resolution or the size.</source>
        <translation>%1 × %2 pixels, c’est une image trop grande : réduisez la résolution ou la taille.</translation>
    </message>
</context>
<context>
    <name>kt::FactionEditor</name>
    <message>
        <source>These actors of the imported datasets belong to no faction, so their events are drawn as “Other”. Choose a faction for an actor: its stored events move there, and later imports map the name the same way.</source>
        <translation>Ces acteurs des jeux de données importés n’appartiennent à aucune faction&#x202f;; leurs événements sont donc dessinés sous «&#xa0;Other&#xa0;». Choisissez une faction pour un acteur&#xa0;: ses événements enregistrés y sont déplacés, et les importations suivantes rattacheront ce nom de la même façon.</translation>
    </message>
    <message>
        <source>Actor, as written</source>
        <translation>Acteur (libellé d’origine)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Faction</source>
        <translation>Faction</translation>
    </message>
    <message>
        <source>(leave under Other)</source>
        <translation>(laisser sous Other)</translation>
    </message>
    <message>
        <source>Factions and actors</source>
        <translation>Factions et acteurs</translation>
    </message>
    <message>
        <source>&amp;Factions</source>
        <translation>&amp;Factions</translation>
    </message>
    <message>
        <source>&amp;Actors under “Other”</source>
        <translation>&amp;Acteurs sous « Autre »</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>&amp;New faction…</source>
        <translation>&amp;Nouvelle faction…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>New faction</source>
        <translation>Nouvelle faction</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Rename faction</source>
        <translation>Renommer la faction</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Nouveau nom de %1 :</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
</context>
<context>
    <name>kt::FilterChips</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Initiateur : %1</translation>
    </message>
    <message>
        <source>Factions: %1</source>
        <translation>Factions : %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Types: %1</source>
        <translation>Types : %1</translation>
    </message>
    <message>
        <source>Tracks: %1</source>
        <translation>Fils : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>Dates : %1 – %2</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texte : « %1 »</translation>
    </message>
    <message>
        <source>Claimed by or source: “%1”</source>
        <translation>Revendiqué par ou source : « %1 »</translation>
    </message>
    <message>
        <source>Contested only</source>
        <translation>Contestés seulement</translation>
    </message>
    <message>
        <source>At least %1 fatalities</source>
        <translation>Au moins %1 morts</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
</context>
<context>
    <name>kt::FilterPanel</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Contested only (another claim contradicts it)</source>
        <translation>Contestés seulement (une autre revendication les contredit)</translation>
    </message>
    <message>
        <source>Find a faction</source>
        <translation>Chercher une faction</translation>
    </message>
    <message>
        <source>Faction role</source>
        <translation>Rôle de la faction</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d’événements</translation>
    </message>
    <message>
        <source>Place or admin area (“Kidal”, “Tombouc”)</source>
        <translation>Lieu ou division administrative (« Kidal », « Tombouc »)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Tracks (ACLED and UCDP: one per country)</source>
        <translation>Fils (ACLED et UCDP : un par pays)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Use current zoom</source>
        <translation>Reprendre le zoom actuel</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>An event shows when any of its days is within the range, both ends included.</source>
        <translation>Un événement s’affiche quand l’un de ses jours est dans l’intervalle, bornes comprises.</translation>
    </message>
    <message>
        <source>Words, anywhere in the store</source>
        <translation>Des mots, n’importe où dans la base</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>C&amp;laimed by or source:</source>
        <translation>Re&amp;vendiqué par ou source :</translation>
    </message>
    <message>
        <source>Fatalities at &amp;least:</source>
        <translation>Morts, au &amp;moins :</translation>
    </message>
    <message>
        <source>Places and tracks</source>
        <translation>Lieux et fils</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Claims and text</source>
        <translation>Revendications et texte</translation>
    </message>
    <message>
        <source>Find a faction (any of its names: “armée malienne”)</source>
        <translation>Chercher une faction (par n’importe quel nom : « armée malienne »)</translation>
    </message>
    <message>
        <source>“état-major”, “RFI”, “CSP”</source>
        <translation>« état-major », « RFI », « CSP »</translation>
    </message>
    <message>
        <source>In any role</source>
        <translation>Dans tout rôle</translation>
    </message>
    <message>
        <source>As the side that acted</source>
        <translation>Comme camp qui a agi</translation>
    </message>
    <message>
        <source>In any role: an event shows when one of its sides is checked. As the side that acted: only when its initiator (ACLED&apos;s actor1) is.</source>
        <translation>Dans tout rôle : un événement s’affiche quand l’un de ses camps est coché. Comme camp qui a agi : seulement quand son initiateur (actor1 d’ACLED) l’est.</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Seulement</translation>
    </message>
</context>
<context>
    <name>kt::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the store is put back as it was…</source>
        <translation>Annulation&#xa0;: la base est remise dans son état d’origine…</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>L’importation a été annulée&#x202f;; la base est inchangée.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1&#x202f;; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: %2 events added, %3 already stored</source>
        <translation>%1&#xa0;: %2 événements ajoutés, %3 déjà présents</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 events added, %4 already stored, %5 bad rows skipped</source>
        <translation>%1&#xa0;: %2 lignes, %3 événements ajoutés, %4 déjà présents, %5 lignes invalides ignorées</translation>
    </message>
    <message>
        <source>  skipped %1</source>
        <translation>  ligne ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  … and %1 more skipped rows</source>
        <translation>  … et %1 autres lignes ignorées</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) went under “Other” (no faction knows them): %1</source>
        <translation>
            <numerusform>%n acteur est passé sous «&#xa0;Other&#xa0;» (aucune faction ne le connaît)&#xa0;: %1</numerusform>
            <numerusform>%n acteurs sont passés sous «&#xa0;Other&#xa0;» (aucune faction ne les connaît)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of the events added were told by another article: each is kept as one of that event&apos;s sources (Edit → Separate sources undoes it)</source>
        <translation>%1 : %2 des événements ajoutés étaient déjà rapportés par un autre article : chacun est gardé comme source de cet événement (Édition → Séparer les sources l’annule)</translation>
    </message>
</context>
<context>
    <name>kt::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>kt::MainWindow</name>
    <message>
        <source>kidal-timeline — %1</source>
        <translation>kidal-timeline — %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events in view</source>
        <translation>Événements affichés</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>Cette base est en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Paste article…</source>
        <translation>&amp;Coller un article…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>%1 events moved to their factions</source>
        <translation>%1 événements déplacés vers leur faction</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Exporter l’image…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>Événement suiva&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>Événement pré&amp;cédent</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>P&amp;anneaux</translation>
    </message>
    <message>
        <source>&amp;Lanes by</source>
        <translation>Cou&amp;loirs par</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Piste</translation>
    </message>
    <message>
        <source>&amp;Faction</source>
        <translation>&amp;Faction</translation>
    </message>
    <message>
        <source>Event &amp;type</source>
        <translation>&amp;Type d’événement</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Hide empty lanes</source>
        <translation>&amp;Masquer les couloirs vides</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About kidal-timeline</source>
        <translation>À &amp;propos de kidal-timeline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Event stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases d’événements (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message>
        <source>Articles and datasets (%1);;Articles (*.txt *.md);;ACLED or UCDP exports (*.csv);;ACLED API answers or events JSON (*.json)</source>
        <translation>Articles et jeux de données (%1);;Articles (*.txt *.md);;Exports ACLED ou UCDP (*.csv);;Réponses de l’API ACLED ou événements JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot save the pasted article: %2</source>
        <translation>%1&#xa0;: impossible d’enregistrer l’article collé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be imported into it. Open or make another store (File → New store).</source>
        <translation>%1 est en lecture seule&#xa0;: rien ne peut y être importé. Ouvrez ou créez une autre base (Fichier → Nouvelle base).</translation>
    </message>
    <message>
        <source>An import is running: wait for it, or cancel it.</source>
        <translation>Une importation est en cours&#xa0;: attendez qu’elle se termine, ou annulez-la.</translation>
    </message>
    <message>
        <source>Imported: %1 events added</source>
        <translation>Importation&#xa0;: %1 événements ajoutés</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>L’importation est terminée.</translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation>Ignorer les lignes invalides et importer le reste</translation>
    </message>
    <message>
        <source>Nothing was imported. The rows that cannot be read can be skipped; the report lists each one with its line.</source>
        <translation>Rien n’a été importé. Les lignes illisibles peuvent être ignorées&#x202f;; le rapport les énumère une à une avec leur numéro de ligne.</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom around the pointer&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Molette&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoomer autour du pointeur&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Glisser&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Déplacer la vue&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fit all&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Début&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Tout afficher&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Select an event, or zoom into a bar&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Clic&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sélectionner un événement, ou zoomer sur une barre&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About kidal-timeline</source>
        <translation>À propos de kidal-timeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kidal-timeline %1&lt;/h3&gt;&lt;p&gt;A zoomable timeline of the war in northern Mali, from news reports and conflict datasets.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and SQLite %3 (public domain).&lt;/p&gt;&lt;p&gt;Data: ACLED, the Armed Conflict Location &amp;amp; Event Data Project (acleddata.com), used under its terms of use; UCDP Georeferenced Event Dataset, Uppsala Conflict Data Program (ucdp.uu.se), CC BY 4.0. News articles belong to their publishers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kidal-timeline %1&lt;/h3&gt;&lt;p&gt;Une chronologie zoomable de la guerre dans le nord du Mali, établie à partir d’articles de presse et de jeux de données sur les conflits.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 (LGPL v3) et SQLite %3 (domaine public).&lt;/p&gt;&lt;p&gt;Données&#xa0;: ACLED, the Armed Conflict Location &amp;amp; Event Data Project (acleddata.com), utilisé selon ses conditions d’utilisation&#x202f;; UCDP Georeferenced Event Dataset, Uppsala Conflict Data Program (ucdp.uu.se), CC BY 4.0. Les articles de presse appartiennent à leurs éditeurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>kidal-timeline</source>
        <translation>kidal-timeline</translation>
    </message>
    <message>
        <source>The window shows what it showed before. Nothing in the store was changed.</source>
        <translation>La fenêtre affiche ce qu’elle affichait auparavant. Rien n’a été modifié dans la base.</translation>
    </message>
    <message>
        <source>%1 of %2 events in view%3%4 · wheel: zoom · drag: pan · Home: fit</source>
        <translation>%1 sur %2 événements affichés%3%4 · molette&#xa0;: zoom · glisser&#xa0;: déplacer · Début&#xa0;: tout afficher</translation>
    </message>
    <message>
        <source> (as bars)</source>
        <translation> (en barres)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;à l’ouverture&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>&amp;Factions and actors…</source>
        <translation>&amp;Factions et acteurs…</translation>
    </message>
    <message>
        <source>Colour: the side that acted · factions filtered as the side that acted</source>
        <translation>Couleur : le camp qui a agi · factions filtrées comme camp qui a agi</translation>
    </message>
    <message>
        <source>Colour: the side that acted · factions filtered in any role</source>
        <translation>Couleur : le camp qui a agi · factions filtrées dans tout rôle</translation>
    </message>
    <message>
        <source>Export e&amp;vents…</source>
        <translation>Exporter les é&amp;vénements…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>%1 événements écrits dans %2</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Vue « %1 »</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view (its filters, time window, lanes and title):</source>
        <translation>Nom de la vue (ses filtres, sa fenêtre de temps, ses couloirs et son titre) :</translation>
    </message>
    <message>
        <source>A view “%1” exists. Replace it with this one?</source>
        <translation>Une vue « %1 » existe. La remplacer par celle-ci ?</translation>
    </message>
    <message>
        <source>View saved as “%1”</source>
        <translation>Vue enregistrée sous « %1 »</translation>
    </message>
    <message>
        <source>&amp;Saved views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>&amp;Manage views…</source>
        <translation>&amp;Gérer les vues…</translation>
    </message>
    <message>
        <source>Export the events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>ACLED CSV (*.csv);;Events JSON (*.json)</source>
        <translation>CSV ACLED (*.csv);;Événements JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the events to %1…</source>
        <translation>Écriture des événements dans %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export of the events cancelled: nothing was written</source>
        <translation>Export des événements annulé : rien n’a été écrit</translation>
    </message>
    <message>
        <source>Bars on &amp;one scale for all lanes</source>
        <translation>Barres sur &amp;une seule échelle pour tous les couloirs</translation>
    </message>
    <message>
        <source>Reading the store</source>
        <translation>Lecture de la base</translation>
    </message>
    <message>
        <source>Filtering %1 events…</source>
        <translation>Filtrage de %1 événements…</translation>
    </message>
    <message>
        <source>The store could not be read.</source>
        <translation>La base n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture de la base…</translation>
    </message>
</context>
<context>
    <name>kt::PasteArticleDialog</name>
    <message>
        <source>Paste an article</source>
        <translation>Coller un article</translation>
    </message>
    <message>
        <source>Relative dates in the text (“mardi”, “last week”) are read from this day.</source>
        <translation>Les dates relatives du texte («&#xa0;mardi&#xa0;», «&#xa0;last week&#xa0;») sont calculées à partir de ce jour.</translation>
    </message>
    <message>
        <source>e.g. RFI, Reuters, Le Monde</source>
        <translation>p. ex. RFI, Reuters, Le Monde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>kt::SavedViewsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Supprimer la vue « %1 » ?</translation>
    </message>
    <message>
        <source>lanes by track</source>
        <translation>couloirs par piste</translation>
    </message>
    <message>
        <source>lanes by faction</source>
        <translation>couloirs par faction</translation>
    </message>
    <message>
        <source>lanes by event type</source>
        <translation>couloirs par type d’événement</translation>
    </message>
    <message>
        <source>lanes by place</source>
        <translation>couloirs par lieu</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>title “%1”</source>
        <translation>titre « %1 »</translation>
    </message>
    <message>
        <source>No saved view yet: View → Saved views → Save view…</source>
        <translation>Aucune vue enregistrée : Affichage → Vues enregistrées → Enregistrer la vue…</translation>
    </message>
</context>
<context>
    <name>kt::TimelineChart</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week (Monday to Sunday)</source>
        <translation>1 semaine (du lundi au dimanche)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>click to zoom in</source>
        <translation>cliquer pour zoomer</translation>
    </message>
    <message>
        <source>planned (deadline)</source>
        <translation>prévu (échéance)</translation>
    </message>
    <message>
        <source>initiator uncertain (A and/or B)</source>
        <translation>initiateur incertain (A et/ou B)</translation>
    </message>
    <message>
        <source>date known within a range</source>
        <translation>date connue dans un intervalle</translation>
    </message>
    <message>
        <source>contested (contradicting claims)</source>
        <translation>contesté (revendications contradictoires)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (axe de droite)</translation>
    </message>
    <message>
        <source>%1 events in view, too many to draw one by one: each bar covers %2, stacked by faction,
each lane on its own scale (its dotted line: its tallest bar&apos;s count).</source>
        <translation>%1 événements affichés, trop nombreux pour être dessinés un par un&#xa0;: chaque barre couvre %2, empilée par faction,
chaque couloir à sa propre échelle (sa ligne pointillée&#xa0;: le nombre de sa plus haute barre).</translation>
    </message>
    <message>
        <source>%1 events in view, too many to draw one by one: each bar covers %2, stacked by faction,
all lanes on one scale (the dotted lines: the tallest bar&apos;s count).</source>
        <translation>%1 événements affichés, trop nombreux pour être dessinés un par un&#xa0;: chaque barre couvre %2, empilée par faction,
tous les couloirs à la même échelle (les lignes pointillées&#xa0;: le nombre de la plus haute barre).</translation>
    </message>
    <message>
        <source>Zoom in, or click a bar, to draw its events; the table lists them all.</source>
        <translation>Zoomez, ou cliquez sur une barre, pour en dessiner les événements&#xa0;; le tableau les liste tous.</translation>
    </message>
    <message>
        <source>+N: more events than the lane holds (click to list them)</source>
        <translation>+N&#xa0;: plus d’événements que le couloir n’en contient (cliquer pour les lister)</translation>
    </message>
    <message>
        <source>+N: more events than the lane holds</source>
        <translation>+N&#xa0;: plus d’événements que le couloir n’en contient</translation>
    </message>
</context>
<context>
    <name>kt::TimelineView</name>
    <message>
        <source> (within about a week)</source>
        <translation> (à une semaine près)</translation>
    </message>
    <message>
        <source> (within about a month)</source>
        <translation> (à un mois près)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Events by date, one lane per track, faction, type or place. The wheel or + and − zoom, the arrows pan, N and P step through the events, Home shows them all.</source>
        <translation>Les événements par date, une ligne par fil, faction, type ou lieu. La molette ou + et − zooment, les flèches déplacent, N et P passent d’un événement à l’autre, Début les montre tous.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n more event(s)&lt;/b&gt; that do not fit the lane</source>
        <translation>
            <numerusform>&lt;b&gt;%n événement de plus&lt;/b&gt; qui ne tient pas dans le couloir</numerusform>
            <numerusform>&lt;b&gt;%n événements de plus&lt;/b&gt; qui ne tiennent pas dans le couloir</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Cliquer pour les lister.</translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in, or see the table of events</source>
        <translation>
            <numerusform>%n de plus&#xa0;: zoomer, ou voir le tableau des événements</numerusform>
            <numerusform>%n de plus&#xa0;: zoomer, ou voir le tableau des événements</numerusform>
        </translation>
    </message>
</context>
</TS>
