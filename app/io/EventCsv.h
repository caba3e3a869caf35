#pragma once

#include "core/data.h"

#include <QByteArray>
#include <QList>

namespace kt {

class Gazetteer;

// Writes events as an ACLED-format CSV: the 31 columns of an ACLED export, RFC 4180 quoting. Events that
// came from ACLED are written back as they were read: the same day in event_date (as YYYY-MM-DD), the same
// text in every other column. A file's columns beyond the 31 (Event::extra) are not written here; events
// JSON keeps them. Any other event (from an article, edited, planned,
// a measure, a date range ACLED's precision codes cannot express) also carries itself, whole, as events
// JSON in a last tag "kidal-timeline:{…}", so that importing the file gives the same events back.
class EventCsv {
public:
    static const QStringList &columns();
    // The header line, CRLF-terminated.
    static QByteArray header();
    // One event's line; document is the one it comes from, or null. An event not from ACLED gets its
    // admin1 from the gazetteer's region of its place.
    static QByteArray row(const Event &event, const Document *document, const Gazetteer &gazetteer);
    static QByteArray write(const QList<Event> &events, const QList<Document> &documents,
                            const Gazetteer &gazetteer);
    static QByteArray quote(const QString &field);

    // The tag that carries a whole event, and how to find it in a tags field.
    static QString tagPrefix() { return QStringLiteral("kidal-timeline:"); }
    // True when importing the ACLED columns alone would give this event back.
    static bool isPlainAcled(const Event &event);
    // The day ACLED would write for an event: the day itself, the middle of the week, or the 15th.
    static Day representativeDay(const Event &event);
    // The day an event's event_date column says: the dataset's own day when it gave one, else the above.
    static Day acledDay(const Event &event);
};

} // namespace kt
