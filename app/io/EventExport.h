#pragma once

#include "core/Filter.h"

#include <QString>

#include <functional>

class QIODevice;

namespace kt {

class EventStore;
class Gazetteer;

// The stored events a filter lets through, written as ACLED CSV (EventCsv, streamed: a million events never
// sit in memory at once) or as events JSON (EventJson, with the documents they come from). `events` on the
// command line and the window's File → Export events write through here.
class EventExport {
public:
    enum class Format { Csv, Json };

    // Writes to `device` (already open); `name` is what errors call it (a path or "<stdout>"). Returns the
    // number of events written. `cancelled`, when given, is asked between events: true stops the writing
    // (returns -1). Throws InputError(name, 0, …) when the device refuses bytes, StoreError when the store
    // cannot be read. The gazetteer gives the CSV's admin1 of events not from ACLED.
    static qint64 write(const EventStore &store, const Filter &filter, Format format,
                        const Gazetteer &gazetteer, QIODevice &device, const QString &name,
                        const std::function<bool()> &cancelled = {});
    // The same into a file, written whole or not at all (QSaveFile): a failure or a cancel leaves an earlier
    // file there (and returns -1 for a cancel).
    static qint64 write(const EventStore &store, const Filter &filter, Format format,
                        const Gazetteer &gazetteer, const QString &path,
                        const std::function<bool()> &cancelled = {});
    // Csv for ".csv" (any case), else Json.
    static Format formatOf(const QString &path);
};

} // namespace kt
