#pragma once

// Plain value types shared by every library of the program. No behaviour beyond trivial helpers.

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace kt {

// Days since 1970-01-01 (UTC). Events are calendar days; Mali is UTC+0 all year.
using Day = std::int32_t;

// ACLED's time_precision: 1 the day is known, 2 within about a week, 3 within about a month.
enum class TimePrecision : std::uint8_t { Exact = 1, Week = 2, Month = 3 };

enum class EventStatus : std::uint8_t { Occurred, Planned, Ongoing, Measure };

QString statusName(EventStatus status);
std::optional<EventStatus> statusFromName(const QString &name);

struct Document {
    std::int64_t id = 0;
    QString title;
    QString url;
    QString source;
    QString language; // "fr" or "en"
    QDate published;
    QString body;
    QString path; // the file the document was read from, for messages
    QString kind; // "article", "acled", "json"
};

// The columns of an ACLED row that have no other place in Event, kept as written so that an export gives
// them back. Empty for events extracted from articles.
struct AcledFields {
    QString
        eventDate; // the day the file gives, YYYY-MM-DD (for time_precision 2 and 3, not the range's ends)
    QString actor1;
    QString assocActor1; // "; "-separated, as in ACLED
    QString inter1;      // a number (older exports) or text, as written
    QString actor2;
    QString assocActor2;
    QString inter2;
    QString interaction;
    QString disorderType;
    QString civilianTargeting;
    QString iso;
    QString region;
    QString country;
    QString admin1;
    QString admin2;
    QString admin3;
    QString latitude; // as written: "14.4510" stays so (a decimal comma is read as a point)
    QString longitude;
    QString geoPrecision;
    QString source;
    QString sourceScale;
    QString tags;
    QString timestamp;

    bool isEmpty() const;
    bool operator==(const AcledFields &) const = default;
};

struct Event {
    std::int64_t id = 0;         // store id; 0 before the event is stored
    std::int64_t documentId = 0; // store id of the document it comes from; 0 when none
    QString uid;                 // stable external key (ACLED event_id_cnty or a content hash)
    Day dateStart = 0;
    Day dateEnd = 0;
    TimePrecision precision = TimePrecision::Exact;
    EventStatus status = EventStatus::Occurred;
    QString eventType;    // ACLED event type, e.g. "Battles"
    QString subEventType; // ACLED sub-event type, e.g. "Armed clash"
    QStringList factions; // canonical faction names; the first is the initiating side
    QStringList actors;   // names as written in the source
    QString location;     // the town or region, canonical spelling
    QString placeText;    // the place as written ("à l'ouest de Kidal")
    QString claimedBy;    // who says it happened, as a named actor
    QString claimantFaction;
    QString track;
    QString summary;    // a short title
    QString quote;      // the sentence the event comes from
    int charStart = -1; // span of the quote in the document body (UTF-16 code units)
    int charEnd = -1;
    double confidence = 1.0;
    bool edited = false;
    std::optional<double> value; // for measures: the quantity
    QString unit;                // for measures: what is counted
    int fatalities = -1;         // -1 when unknown
    QString notes;
    AcledFields acled;
    // Columns of the dataset the event comes from that have no other place, as written: ACLED's data_id,
    // iso3 or an event type of before 2019 ("event_type"); UCDP's type_of_violence, low and high, dyad…
    QJsonObject extra;
    // When the source is unsure who acted ("A and/or B", ACLED codebook, "Actor names"): the factions that
    // may have acted instead of the first of `factions`. They are sides of the event too (in `factions`).
    QStringList initiatorAlternatives;
    // Events this one contradicts. Within an extraction batch or a JSON file these are positions in the
    // list; for events read from a store they are store ids.
    QList<std::int64_t> contradicts;
    // Sources that tell this happening: 1, and one more for each event merged into it (read from a store).
    int sourceCount = 1;
};

// What to call an event in a label or a heading: its summary, or for an ACLED row (which has none) its
// sub-event type, sides and place: "Armed clash · FAMa vs CSP-PSD · Kidal", "Attack · JNIM and/or EIGS vs
// Civilians · Ménaka" when the source is unsure who acted.
QString eventTitle(const Event &event);

// A document and the events read from it. Within `events`, `contradicts` holds positions in the list.
struct DocumentEvents {
    Document document;
    QList<Event> events;
};

struct Faction {
    QString name;
    QString color; // "#rrggbb"
    QString description;
};

} // namespace kt
