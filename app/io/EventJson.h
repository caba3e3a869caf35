#pragma once

#include "core/data.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace kt {

// The events JSON of `extract`, `events --format json` and `import`:
//   {"document": {...}, "events": [...]}              one document (what extract prints), or
//   {"documents": [...], "events": [... "document": i]} several.
// In both, an event's "contradicts" lists positions of other events in "events".
class EventJson {
public:
    static QJsonObject toJson(const Event &event);
    // One event object; throws InputError(path, line, …) when a field is wrong.
    static Event eventFromJson(const QJsonObject &object, const QString &path, int line);
    static QJsonObject toJson(const Document &document, bool withBody = true);
    // One document and its events.
    static QByteArray write(const Document &document, const QList<Event> &events);
    // Events of several documents: `documents` is looked up by Event::documentId; `contradicts` holds store
    // ids.
    static QByteArray write(const QList<Document> &documents, const QList<Event> &events);
    // Throws InputError naming the file, the line and what is wrong.
    static QList<DocumentEvents> read(const QByteArray &json, const QString &path);
};

} // namespace kt
