#include "io/AcledRowPipeline.h"

namespace kt {

namespace {

constexpr std::size_t kBatchRows = 4096;
constexpr std::size_t kBatchesAhead = 4;

} // namespace

AcledRowPipeline::AcledRowPipeline(std::unique_ptr<AcledSource> source)
    : m_reader(std::move(source))
    , m_fileSize(m_reader->fileSize())
    , m_monadic(m_reader->isMonadic()) {
    m_worker = std::thread([this] { work(); });
}

AcledRowPipeline::~AcledRowPipeline() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void AcledRowPipeline::work() {
    // Exceptions cannot cross threads: the reader reports bad rows as results, and nothing else here throws
    // except allocation, which ends the program anyway.
    AcledRow row;
    bool more = true;
    while (more) {
        auto batch = std::make_unique<Batch>();
        batch->rows.reserve(kBatchRows);
        batch->results.reserve(kBatchRows);
        batch->offsets.reserve(kBatchRows);
        while (batch->rows.size() < kBatchRows) {
            const AcledSource::Result result = m_reader->next(row);
            if (result.kind == AcledSource::Result::End) {
                more = false;
                break;
            }
            // Copy the fields out of the reader's buffer: offsets now, views once the bytes stop moving.
            auto &offsets = batch->offsets.emplace_back();
            if (result.kind == AcledSource::Result::Row) {
                for (std::size_t column = 0; column < row.fields.size(); ++column) {
                    offsets.at(column) = batch->bytes.size();
                    batch->bytes.append(row.fields.at(column));
                }
                offsets.back() = batch->bytes.size();
                batch->bytes.append(row.extra);
            }
            batch->rows.push_back(row);
            batch->results.push_back(result);
        }
        for (std::size_t i = 0; i < batch->rows.size(); ++i) {
            if (batch->results[i].kind != AcledSource::Result::Row)
                continue;
            AcledRow &copy = batch->rows[i];
            for (std::size_t column = 0; column < copy.fields.size(); ++column)
                copy.fields.at(column) = std::string_view(batch->bytes.data() + batch->offsets[i].at(column),
                                                          copy.fields.at(column).size());
            copy.extra = std::string_view(batch->bytes.data() + batch->offsets[i].back(), copy.extra.size());
        }
        batch->bytesRead = m_reader->bytesRead();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        if (!more)
            m_finished = true;
        lock.unlock();
        m_changed.notify_all();
    }
}

QStringList AcledRowPipeline::notices() const {
    const std::lock_guard lock(m_mutex);
    return m_finished ? m_reader->notices() : QStringList();
}

AcledSource::Result AcledRowPipeline::next(AcledRow &row) {
    while (!m_current || m_position >= m_current->rows.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return {AcledSource::Result::End, 0, {}};
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_position = 0;
        m_bytesRead.store(m_current->bytesRead, std::memory_order_relaxed);
        lock.unlock();
        m_changed.notify_all();
    }
    row = m_current->rows[m_position];
    return m_current->results[m_position++];
}

} // namespace kt
