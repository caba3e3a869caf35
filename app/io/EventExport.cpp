#include "io/EventExport.h"

#include "core/InputError.h"
#include "io/EventCsv.h"
#include "io/EventJson.h"
#include "store/EventStore.h"

#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QSaveFile>
#include <QSet>

#include <optional>

namespace kt {

namespace {

void put(QIODevice &device, const QString &name, const QByteArray &bytes) {
    if (device.write(bytes) != bytes.size())
        throw InputError(name, 0, QStringLiteral("cannot write the file: %1").arg(device.errorString()));
}

qint64 writeCsv(const EventStore &store, const Filter &filter, const Gazetteer &gazetteer, QIODevice &device,
                const QString &name, const std::function<bool()> &cancelled) {
    QHash<std::int64_t, std::optional<Document>> documents;
    QByteArray buffer = EventCsv::header();
    qint64 count = 0;
    bool stopped = false;
    store.forEachEvent(filter, [&](const Event &event) {
        if (stopped || (cancelled && cancelled())) {
            stopped = true;
            return;
        }
        auto it = documents.find(event.documentId);
        if (it == documents.end())
            it = documents.insert(event.documentId, store.document(event.documentId));
        buffer += EventCsv::row(event, it->has_value() ? &**it : nullptr, gazetteer);
        ++count;
        if (buffer.size() > (1 << 20)) {
            put(device, name, buffer);
            buffer.clear();
        }
    });
    if (stopped)
        return -1;
    put(device, name, buffer);
    return count;
}

qint64 writeJson(const EventStore &store, const Filter &filter, QIODevice &device, const QString &name) {
    const QList<Event> events = store.loadEvents(filter);
    QList<Document> documents;
    QSet<std::int64_t> seen;
    for (const Event &event : events) {
        if (event.documentId == 0 || seen.contains(event.documentId))
            continue;
        seen.insert(event.documentId);
        if (auto document = store.document(event.documentId))
            documents.append(*document);
    }
    put(device, name, EventJson::write(documents, events));
    return events.size();
}

} // namespace

EventExport::Format EventExport::formatOf(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? Format::Csv
                                                                                            : Format::Json;
}

qint64 EventExport::write(const EventStore &store, const Filter &filter, Format format,
                          const Gazetteer &gazetteer, QIODevice &device, const QString &name,
                          const std::function<bool()> &cancelled) {
    return format == Format::Csv ? writeCsv(store, filter, gazetteer, device, name, cancelled)
                                 : writeJson(store, filter, device, name);
}

qint64 EventExport::write(const EventStore &store, const Filter &filter, Format format,
                          const Gazetteer &gazetteer, const QString &path,
                          const std::function<bool()> &cancelled) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(path, 0, QStringLiteral("cannot write the file: %1").arg(file.errorString()));
    const qint64 count = write(store, filter, format, gazetteer, file, path, cancelled);
    if (count < 0) {
        file.cancelWriting();
        return -1;
    }
    if (!file.commit())
        throw InputError(path, 0, QStringLiteral("cannot write the file: %1").arg(file.errorString()));
    return count;
}

} // namespace kt
