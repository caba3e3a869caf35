#pragma once

#include "core/AcledRow.h"
#include "io/AcledSource.h"

#include <QString>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kt {

// Reads an ACLED file on a worker thread, a few thousand rows ahead of the thread that stores them, so
// that parsing and SQLite's work overlap on two cores. Rows come out in file order, bad ones included.
class AcledRowPipeline {
public:
    // Takes a source whose header is read (the readers' constructors read it on the calling thread).
    explicit AcledRowPipeline(std::unique_ptr<AcledSource> source);
    // Stops the worker, also when the consumer gave up half-way.
    ~AcledRowPipeline();
    AcledRowPipeline(const AcledRowPipeline &) = delete;
    AcledRowPipeline &operator=(const AcledRowPipeline &) = delete;

    // The next row: its views live until the next call.
    AcledSource::Result next(AcledRow &row);
    qint64 fileSize() const { return m_fileSize; }
    bool isMonadic() const { return m_monadic; }
    // The source's notices: complete once next() has returned End.
    QStringList notices() const;
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    struct Batch {
        std::string bytes;          // every field of every row, one after the other
        std::vector<AcledRow> rows; // views into bytes once the batch is complete
        // where each field, and last the extra columns, was copied
        std::vector<std::array<std::size_t, AcledRow::ColumnCount + 1>> offsets;
        std::vector<AcledSource::Result> results;
        qint64 bytesRead = 0;
    };
    void work();

    std::unique_ptr<AcledSource> m_reader;
    qint64 m_fileSize = 0;
    bool m_monadic = false;
    std::atomic<qint64> m_bytesRead{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_ready;
    bool m_finished = false; // the worker has queued its last batch
    bool m_stop = false;     // the consumer has gone
    std::unique_ptr<Batch> m_current;
    std::size_t m_position = 0;
    std::thread m_worker;
};

} // namespace kt
