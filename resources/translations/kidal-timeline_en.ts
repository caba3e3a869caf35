<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartRenderer</name>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1 – %2 · %3 events · dates in UTC</source>
        <translation>%1 – %2 · %3 events · dates in UTC</translation>
    </message>
    <message>
        <source>Filters: none (all events)</source>
        <translation>Filters: none (all events)</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Data through %1</source>
        <translation>Data through %1</translation>
    </message>
</context>
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Merge “%1” into “%2”</translation>
    </message>
    <message>
        <source>Separate the sources of “%1”</source>
        <translation>Separate the sources of “%1”</translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>Split “%1”</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>Reading %1 (%2 of %3)</translation>
    </message>
</context>
<context>
    <name>kt::Application</name>
    <message>
        <source>An unexpected error stopped the last action; the window carries on.</source>
        <translation>An unexpected error stopped the last action; the window carries on.</translation>
    </message>
</context>
<context>
    <name>kt::CorrectionActions</name>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Edit event…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Delete event</translation>
    </message>
    <message>
        <source>&amp;Merge selected events</source>
        <translation>&amp;Merge selected events</translation>
    </message>
    <message>
        <source>S&amp;plit event</source>
        <translation>S&amp;plit event</translation>
    </message>
    <message>
        <source>Se&amp;parate sources</source>
        <translation>Se&amp;parate sources</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Select two or more rows in the table (Ctrl+click): the current one keeps, the others become its sources</source>
        <translation>Select two or more rows in the table (Ctrl+click): the current one keeps, the others become its sources</translation>
    </message>
    <message>
        <source>Show each report merged into this event as an event of its own again</source>
        <translation>Show each report merged into this event as an event of its own again</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>This store is read-only</translation>
    </message>
    <message>
        <source>Delete %1 events</source>
        <translation>Delete %1 events</translation>
    </message>
    <message>
        <source>Merge %1 events into “%2”</source>
        <translation>Merge %1 events into “%2”</translation>
    </message>
</context>
<context>
    <name>kt::EventDetails</name>
    <message>
        <source>Click an event on the timeline to see where it comes from and who claims it.</source>
        <translation>Click an event on the timeline to see where it comes from and who claims it.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>Initiator</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Actors as written</source>
        <translation>Actors as written</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody named: reported by the source&lt;/i&gt;</source>
        <translation>&lt;i&gt;nobody named: reported by the source&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;coded by ACLED from its sources&lt;/i&gt;</source>
        <translation>&lt;i&gt;coded by ACLED from its sources&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>% (edited by an analyst)</source>
        <translation>% (edited by an analyst)</translation>
    </message>
    <message>
        <source>ACLED event</source>
        <translation>ACLED event</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Fatalities</translation>
    </message>
    <message>
        <source>Admin areas</source>
        <translation>Admin areas</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source> (geo precision %1)</source>
        <translation> (geo precision %1)</translation>
    </message>
    <message>
        <source>Sides (inter)</source>
        <translation>Sides (inter)</translation>
    </message>
    <message>
        <source>Civilian targeting</source>
        <translation>Civilian targeting</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Contested — contradicted by:</source>
        <translation>Contested — contradicted by:</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nobody named</translation>
    </message>
    <message>
        <source>another source</source>
        <translation>another source</translation>
    </message>
    <message>
        <source>Sources disagree on the day: %1 (%2), %3</source>
        <translation>Sources disagree on the day: %1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 reports tell this event (listed below)</source>
        <translation>%1 reports tell this event (listed below)</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>First version</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>claimed by %1</translation>
    </message>
    <message>
        <source>the day is known</source>
        <translation>the day is known</translation>
    </message>
    <message>
        <source>within about a week</source>
        <translation>within about a week</translation>
    </message>
    <message>
        <source>within about a month</source>
        <translation>within about a month</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>uncertain: %1 &lt;span style=&apos;color:%2&apos;&gt;(the source names one or the other: “A and/or B”)&lt;/span&gt;</source>
        <translation>uncertain: %1 &lt;span style=&apos;color:%2&apos;&gt;(the source names one or the other: “A and/or B”)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation>Reading the event…</translation>
    </message>
</context>
<context>
    <name>kt::EventEditDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>The day is known</source>
        <translation>The day is known</translation>
    </message>
    <message>
        <source>Within about a week</source>
        <translation>Within about a week</translation>
    </message>
    <message>
        <source>Within about a month</source>
        <translation>Within about a month</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Source says:</source>
        <translation>Source says:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precision:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Su&amp;b-type:</source>
        <translation>Su&amp;b-type:</translation>
    </message>
    <message>
        <source>&amp;Initiator:</source>
        <translation>&amp;Initiator:</translation>
    </message>
    <message>
        <source>Other si&amp;des:</source>
        <translation>Other si&amp;des:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>Trac&amp;k:</translation>
    </message>
    <message>
        <source>F&amp;atalities:</source>
        <translation>F&amp;atalities:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Other sides</source>
        <translation>Other sides</translation>
    </message>
</context>
<context>
    <name>kt::EventTable</name>
    <message>
        <source>Find in the events in view…</source>
        <translation>Find in the events in view…</translation>
    </message>
    <message>
        <source>Find in the events in view</source>
        <translation>Find in the events in view</translation>
    </message>
    <message>
        <source>Events in view</source>
        <translation>Events in view</translation>
    </message>
    <message>
        <source>Listing the events in view</source>
        <translation>Listing the events in view</translation>
    </message>
    <message>
        <source>Find looks through at most %1 events and %2 are in view: zoom in, or use the filter’s Text box.</source>
        <translation>Find looks through at most %1 events and %2 are in view: zoom in, or use the filter’s Text box.</translation>
    </message>
    <message>
        <source>Sorted by date: sorting by “%1” reads every event, at most %2, and %3 are in view. Zoom in to sort by it.</source>
        <translation>Sorted by date: sorting by “%1” reads every event, at most %2, and %3 are in view. Zoom in to sort by it.</translation>
    </message>
</context>
<context>
    <name>kt::EventTableModel</name>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Known to</source>
        <translation>Known to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Place</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Edited by an analyst.</source>
        <translation>Edited by an analyst.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>occurred</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
</context>
<context>
    <name>kt::ExportDialog</name>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
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
        <translation>2× (high-density screens, print)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>millimetres</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>inches</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Size unit</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Resolution in dots per inch</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation>Su&amp;btitle:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> in</translation>
    </message>
    <message>
        <source>The picture: %1 × %2 pixels at %3 dpi</source>
        <translation>The picture: %1 × %2 pixels at %3 dpi</translation>
    </message>
    <message>
        <source>The page: %1 × %2 mm</source>
        <translation>The page: %1 × %2 mm</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large a picture: lower the resolution or the size.</source>
        <translation>%1 × %2 pixels is too large a picture: lower the resolution or the size.</translation>
    </message>
</context>
<context>
    <name>kt::FactionEditor</name>
    <message>
        <source>These actors of the imported datasets belong to no faction, so their events are drawn as “Other”. Choose a faction for an actor: its stored events move there, and later imports map the name the same way.</source>
        <translation>These actors of the imported datasets belong to no faction, so their events are drawn as “Other”. Choose a faction for an actor: its stored events move there, and later imports map the name the same way.</translation>
    </message>
    <message>
        <source>Actor, as written</source>
        <translation>Actor, as written</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Faction</source>
        <translation>Faction</translation>
    </message>
    <message>
        <source>(leave under Other)</source>
        <translation>(leave under Other)</translation>
    </message>
    <message>
        <source>Factions and actors</source>
        <translation>Factions and actors</translation>
    </message>
    <message>
        <source>&amp;Factions</source>
        <translation>&amp;Factions</translation>
    </message>
    <message>
        <source>&amp;Actors under “Other”</source>
        <translation>&amp;Actors under “Other”</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>&amp;New faction…</source>
        <translation>&amp;New faction…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>New faction</source>
        <translation>New faction</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Colour of %1</translation>
    </message>
    <message>
        <source>Rename faction</source>
        <translation>Rename faction</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>New name of %1:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
</context>
<context>
    <name>kt::FilterChips</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>Filters in force</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Remove the filter %1</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Initiator: %1</translation>
    </message>
    <message>
        <source>Factions: %1</source>
        <translation>Factions: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Types: %1</source>
        <translation>Types: %1</translation>
    </message>
    <message>
        <source>Tracks: %1</source>
        <translation>Tracks: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Dates: %1 – %2</source>
        <translation>Dates: %1 – %2</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: “%1”</translation>
    </message>
    <message>
        <source>Claimed by or source: “%1”</source>
        <translation>Claimed by or source: “%1”</translation>
    </message>
    <message>
        <source>Contested only</source>
        <translation>Contested only</translation>
    </message>
    <message>
        <source>At least %1 fatalities</source>
        <translation>At least %1 fatalities</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
</context>
<context>
    <name>kt::FilterPanel</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Factions</source>
        <translation>Factions</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Contested only (another claim contradicts it)</source>
        <translation>Contested only (another claim contradicts it)</translation>
    </message>
    <message>
        <source>Find a faction</source>
        <translation>Find a faction</translation>
    </message>
    <message>
        <source>Faction role</source>
        <translation>Faction role</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Event types</translation>
    </message>
    <message>
        <source>Place or admin area (“Kidal”, “Tombouc”)</source>
        <translation>Place or admin area (“Kidal”, “Tombouc”)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Tracks (ACLED and UCDP: one per country)</source>
        <translation>Tracks (ACLED and UCDP: one per country)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Use current zoom</source>
        <translation>Use current zoom</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>An event shows when any of its days is within the range, both ends included.</source>
        <translation>An event shows when any of its days is within the range, both ends included.</translation>
    </message>
    <message>
        <source>Words, anywhere in the store</source>
        <translation>Words, anywhere in the store</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>C&amp;laimed by or source:</source>
        <translation>C&amp;laimed by or source:</translation>
    </message>
    <message>
        <source>Fatalities at &amp;least:</source>
        <translation>Fatalities at &amp;least:</translation>
    </message>
    <message>
        <source>Places and tracks</source>
        <translation>Places and tracks</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Claims and text</source>
        <translation>Claims and text</translation>
    </message>
    <message>
        <source>Find a faction (any of its names: “armée malienne”)</source>
        <translation>Find a faction (any of its names: “armée malienne”)</translation>
    </message>
    <message>
        <source>“état-major”, “RFI”, “CSP”</source>
        <translation>“état-major”, “RFI”, “CSP”</translation>
    </message>
    <message>
        <source>In any role</source>
        <translation>In any role</translation>
    </message>
    <message>
        <source>As the side that acted</source>
        <translation>As the side that acted</translation>
    </message>
    <message>
        <source>In any role: an event shows when one of its sides is checked. As the side that acted: only when its initiator (ACLED&apos;s actor1) is.</source>
        <translation>In any role: an event shows when one of its sides is checked. As the side that acted: only when its initiator (ACLED&apos;s actor1) is.</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Only</translation>
    </message>
</context>
<context>
    <name>kt::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the store is put back as it was…</source>
        <translation>Cancelling: the store is put back as it was…</translation>
    </message>
    <message>
        <source>The import was cancelled; the store is as it was.</source>
        <translation>The import was cancelled; the store is as it was.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; nothing was imported</translation>
    </message>
    <message>
        <source>%1: %2 events added, %3 already stored</source>
        <translation>%1: %2 events added, %3 already stored</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 events added, %4 already stored, %5 bad rows skipped</source>
        <translation>%1: %2 rows, %3 events added, %4 already stored, %5 bad rows skipped</translation>
    </message>
    <message>
        <source>  skipped %1</source>
        <translation>  skipped %1</translation>
    </message>
    <message>
        <source>  … and %1 more skipped rows</source>
        <translation>  … and %1 more skipped rows</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) went under “Other” (no faction knows them): %1</source>
        <translation>
            <numerusform>%n actor went under “Other” (no faction knows it): %1</numerusform>
            <numerusform>%n actors went under “Other” (no faction knows them): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of the events added were told by another article: each is kept as one of that event&apos;s sources (Edit → Separate sources undoes it)</source>
        <translation>%1: %2 of the events added were told by another article: each is kept as one of that event&apos;s sources (Edit → Separate sources undoes it)</translation>
    </message>
</context>
<context>
    <name>kt::LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
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
        <translation>Filter</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Events in view</source>
        <translation>Events in view</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>This store is read-only</translation>
    </message>
    <message>
        <source>&amp;Paste article…</source>
        <translation>&amp;Paste article…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>%1 events moved to their factions</source>
        <translation>%1 events moved to their factions</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Export picture…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Fit all</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>&amp;Next event</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>&amp;Previous event</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>P&amp;anels</translation>
    </message>
    <message>
        <source>&amp;Lanes by</source>
        <translation>&amp;Lanes by</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Track</translation>
    </message>
    <message>
        <source>&amp;Faction</source>
        <translation>&amp;Faction</translation>
    </message>
    <message>
        <source>Event &amp;type</source>
        <translation>Event &amp;type</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Hide empty lanes</source>
        <translation>&amp;Hide empty lanes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About kidal-timeline</source>
        <translation>&amp;About kidal-timeline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Event stores (*.sqlite *.db);;All files (*)</source>
        <translation>Event stores (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
    <message>
        <source>Articles and datasets (%1);;Articles (*.txt *.md);;ACLED or UCDP exports (*.csv);;ACLED API answers or events JSON (*.json)</source>
        <translation>Articles and datasets (%1);;Articles (*.txt *.md);;ACLED or UCDP exports (*.csv);;ACLED API answers or events JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot save the pasted article: %2</source>
        <translation>%1: cannot save the pasted article: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing can be imported into it. Open or make another store (File → New store).</source>
        <translation>%1 is read-only: nothing can be imported into it. Open or make another store (File → New store).</translation>
    </message>
    <message>
        <source>An import is running: wait for it, or cancel it.</source>
        <translation>An import is running: wait for it, or cancel it.</translation>
    </message>
    <message>
        <source>Imported: %1 events added</source>
        <translation>Imported: %1 events added</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>Skip bad rows and import the rest</source>
        <translation>Skip bad rows and import the rest</translation>
    </message>
    <message>
        <source>Nothing was imported. The rows that cannot be read can be skipped; the report lists each one with its line.</source>
        <translation>Nothing was imported. The rows that cannot be read can be skipped; the report lists each one with its line.</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom around the pointer&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom around the pointer&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pan&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fit all&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fit all&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Select an event, or zoom into a bar&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Select an event, or zoom into a bar&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About kidal-timeline</source>
        <translation>About kidal-timeline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kidal-timeline %1&lt;/h3&gt;&lt;p&gt;A zoomable timeline of the war in northern Mali, from news reports and conflict datasets.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and SQLite %3 (public domain).&lt;/p&gt;&lt;p&gt;Data: ACLED, the Armed Conflict Location &amp;amp; Event Data Project (acleddata.com), used under its terms of use; UCDP Georeferenced Event Dataset, Uppsala Conflict Data Program (ucdp.uu.se), CC BY 4.0. News articles belong to their publishers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kidal-timeline %1&lt;/h3&gt;&lt;p&gt;A zoomable timeline of the war in northern Mali, from news reports and conflict datasets.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and SQLite %3 (public domain).&lt;/p&gt;&lt;p&gt;Data: ACLED, the Armed Conflict Location &amp;amp; Event Data Project (acleddata.com), used under its terms of use; UCDP Georeferenced Event Dataset, Uppsala Conflict Data Program (ucdp.uu.se), CC BY 4.0. News articles belong to their publishers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>kidal-timeline</source>
        <translation>kidal-timeline</translation>
    </message>
    <message>
        <source>The window shows what it showed before. Nothing in the store was changed.</source>
        <translation>The window shows what it showed before. Nothing in the store was changed.</translation>
    </message>
    <message>
        <source>%1 of %2 events in view%3%4 · wheel: zoom · drag: pan · Home: fit</source>
        <translation>%1 of %2 events in view%3%4 · wheel: zoom · drag: pan · Home: fit</translation>
    </message>
    <message>
        <source> (as bars)</source>
        <translation> (as bars)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>&amp;Factions and actors…</source>
        <translation>&amp;Factions and actors…</translation>
    </message>
    <message>
        <source>Colour: the side that acted · factions filtered as the side that acted</source>
        <translation>Colour: the side that acted · factions filtered as the side that acted</translation>
    </message>
    <message>
        <source>Colour: the side that acted · factions filtered in any role</source>
        <translation>Colour: the side that acted · factions filtered in any role</translation>
    </message>
    <message>
        <source>Export e&amp;vents…</source>
        <translation>Export e&amp;vents…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>%1 events written to %2</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>View “%1”</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view (its filters, time window, lanes and title):</source>
        <translation>Name of the view (its filters, time window, lanes and title):</translation>
    </message>
    <message>
        <source>A view “%1” exists. Replace it with this one?</source>
        <translation>A view “%1” exists. Replace it with this one?</translation>
    </message>
    <message>
        <source>View saved as “%1”</source>
        <translation>View saved as “%1”</translation>
    </message>
    <message>
        <source>&amp;Saved views</source>
        <translation>&amp;Saved views</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Save view…</translation>
    </message>
    <message>
        <source>&amp;Manage views…</source>
        <translation>&amp;Manage views…</translation>
    </message>
    <message>
        <source>Export the events</source>
        <translation>Export the events</translation>
    </message>
    <message>
        <source>ACLED CSV (*.csv);;Events JSON (*.json)</source>
        <translation>ACLED CSV (*.csv);;Events JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the events to %1…</source>
        <translation>Writing the events to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Export of the events cancelled: nothing was written</source>
        <translation>Export of the events cancelled: nothing was written</translation>
    </message>
    <message>
        <source>Bars on &amp;one scale for all lanes</source>
        <translation>Bars on &amp;one scale for all lanes</translation>
    </message>
    <message>
        <source>Reading the store</source>
        <translation>Reading the store</translation>
    </message>
    <message>
        <source>Filtering %1 events…</source>
        <translation>Filtering %1 events…</translation>
    </message>
    <message>
        <source>The store could not be read.</source>
        <translation>The store could not be read.</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Reading the store…</translation>
    </message>
</context>
<context>
    <name>kt::PasteArticleDialog</name>
    <message>
        <source>Paste an article</source>
        <translation>Paste an article</translation>
    </message>
    <message>
        <source>Relative dates in the text (“mardi”, “last week”) are read from this day.</source>
        <translation>Relative dates in the text (“mardi”, “last week”) are read from this day.</translation>
    </message>
    <message>
        <source>e.g. RFI, Reuters, Le Monde</source>
        <translation>e.g. RFI, Reuters, Le Monde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Published:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>kt::SavedViewsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Delete the view “%1”?</translation>
    </message>
    <message>
        <source>lanes by track</source>
        <translation>lanes by track</translation>
    </message>
    <message>
        <source>lanes by faction</source>
        <translation>lanes by faction</translation>
    </message>
    <message>
        <source>lanes by event type</source>
        <translation>lanes by event type</translation>
    </message>
    <message>
        <source>lanes by place</source>
        <translation>lanes by place</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>all events</translation>
    </message>
    <message>
        <source>title “%1”</source>
        <translation>title “%1”</translation>
    </message>
    <message>
        <source>No saved view yet: View → Saved views → Save view…</source>
        <translation>No saved view yet: View → Saved views → Save view…</translation>
    </message>
</context>
<context>
    <name>kt::TimelineChart</name>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>1 week (Monday to Sunday)</source>
        <translation>1 week (Monday to Sunday)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>click to zoom in</source>
        <translation>click to zoom in</translation>
    </message>
    <message>
        <source>planned (deadline)</source>
        <translation>planned (deadline)</translation>
    </message>
    <message>
        <source>initiator uncertain (A and/or B)</source>
        <translation>initiator uncertain (A and/or B)</translation>
    </message>
    <message>
        <source>date known within a range</source>
        <translation>date known within a range</translation>
    </message>
    <message>
        <source>contested (contradicting claims)</source>
        <translation>contested (contradicting claims)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (right axis)</translation>
    </message>
    <message>
        <source>%1 events in view, too many to draw one by one: each bar covers %2, stacked by faction,
each lane on its own scale (its dotted line: its tallest bar&apos;s count).</source>
        <translation>%1 events in view, too many to draw one by one: each bar covers %2, stacked by faction,
each lane on its own scale (its dotted line: its tallest bar&apos;s count).</translation>
    </message>
    <message>
        <source>%1 events in view, too many to draw one by one: each bar covers %2, stacked by faction,
all lanes on one scale (the dotted lines: the tallest bar&apos;s count).</source>
        <translation>%1 events in view, too many to draw one by one: each bar covers %2, stacked by faction,
all lanes on one scale (the dotted lines: the tallest bar&apos;s count).</translation>
    </message>
    <message>
        <source>Zoom in, or click a bar, to draw its events; the table lists them all.</source>
        <translation>Zoom in, or click a bar, to draw its events; the table lists them all.</translation>
    </message>
    <message>
        <source>+N: more events than the lane holds (click to list them)</source>
        <translation>+N: more events than the lane holds (click to list them)</translation>
    </message>
    <message>
        <source>+N: more events than the lane holds</source>
        <translation>+N: more events than the lane holds</translation>
    </message>
</context>
<context>
    <name>kt::TimelineView</name>
    <message>
        <source> (within about a week)</source>
        <translation> (within about a week)</translation>
    </message>
    <message>
        <source> (within about a month)</source>
        <translation> (within about a month)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Events by date, one lane per track, faction, type or place. The wheel or + and − zoom, the arrows pan, N and P step through the events, Home shows them all.</source>
        <translation>Events by date, one lane per track, faction, type or place. The wheel or + and − zoom, the arrows pan, N and P step through the events, Home shows them all.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n more event(s)&lt;/b&gt; that do not fit the lane</source>
        <translation>
            <numerusform>&lt;b&gt;%n more event&lt;/b&gt; that does not fit the lane</numerusform>
            <numerusform>&lt;b&gt;%n more events&lt;/b&gt; that do not fit the lane</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Click to list them.</translation>
    </message>
    <message numerus="yes">
        <source>%n more: zoom in, or see the table of events</source>
        <translation>
            <numerusform>%n more: zoom in, or see the table of events</numerusform>
            <numerusform>%n more: zoom in, or see the table of events</numerusform>
        </translation>
    </message>
</context>
</TS>
