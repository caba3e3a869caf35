#pragma once

#include "core/FactionCatalog.h"
#include "store/EventStore.h"

#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace kt {

// Reads of a store on a thread of their own, through a connection of their own, so that the window never
// waits on SQLite (a large read, a store another program is writing): the caller gets a
// QFuture and goes on, and follows it with a QFutureWatcher. Reads run one at a time, in the order asked.
// A request of a Ticket is superseded by the ticket's next one: a superseded read is skipped, or stopped
// (SQLITE_INTERRUPT) when it has begun, and its result is empty (also when it ended before it could be
// stopped); the caller follows the newest future only, as Hotspot's jobs do.
class StoreReader {
public:
    // The store at path, opened on the first read: ReadOnly, or ReadWrite when the reads may write a cache
    // (the index's snapshot, EventStore::loadIndex). catalogue: as EventStore's.
    StoreReader(QString path, EventStore::Access access, FactionCatalog catalogue);
    ~StoreReader(); // waits for the read under way; the reads not begun are dropped
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    template <class T> struct Result {
        std::optional<T> value; // nothing: superseded, or failed (error)
        QString error;          // why the read failed (StoreError's message, naming the store)
    };
    // A kind of request whose newest one alone matters (the selected event's details).
    class Ticket {
    public:
        bool isCurrent(quint64 request) const { return m_latest.load() == request; }

    private:
        friend class StoreReader;
        std::atomic<quint64> m_latest{0};
    };
    static std::shared_ptr<Ticket> ticket() { return std::make_shared<Ticket>(); }
    // Supersedes the ticket's requests without a new one (nothing is selected any more).
    static void supersede(Ticket &ticket) { ++ticket.m_latest; }

    // Runs work(store) on the reader's thread, as the ticket's newest request.
    template <class T>
    QFuture<Result<T>> read(const std::shared_ptr<Ticket> &ticket, std::function<T(EventStore &)> work) {
        const quint64 request = ++ticket->m_latest;
        return QtConcurrent::run(&m_pool, [this, ticket, request, work = std::move(work)]() -> Result<T> {
            if (!ticket->isCurrent(request))
                return {};
            try {
                EventStore &store = open([ticket, request] { return !ticket->isCurrent(request); });
                T value = work(store);
                if (!ticket->isCurrent(request))
                    return {}; // superseded while it read
                return {std::move(value), QString()};
            } catch (const std::exception &error) {
                if (!ticket->isCurrent(request))
                    return {}; // interrupted by a newer request
                return {std::nullopt, QString::fromUtf8(error.what())};
            }
        });
    }

private:
    // The reader's connection, opened on first use; reads stop once `stop` says true. On the reader's
    // thread only.
    EventStore &open(std::function<bool()> stop);

    QString m_path;
    EventStore::Access m_access;
    FactionCatalog m_catalogue;
    std::unique_ptr<EventStore> m_store; // made and used on the reader's thread, closed once it is done
    QThreadPool m_pool;                  // one thread
};

} // namespace kt
