#pragma once

#include "core/FactionCatalog.h"
#include "core/data.h"
#include "view/EventRecord.h"

#include <QTextBrowser>

#include <optional>

namespace kt {

// Everything about one event: dates with their precision, sides, type, place, who claims it, the sentence
// it comes from shown inside its article, and the claims that contradict it. It reads nothing itself: the
// window reads the record off its thread (StoreReader) and shows it here.
class EventDetails : public QTextBrowser {
    Q_OBJECT
public:
    using Provenance = EventRecord::Provenance;
    explicit EventDetails(const FactionCatalog &catalog, QWidget *parent = nullptr);

    // The event shown (nothing: none, the placeholder).
    void setRecord(const std::optional<EventRecord> &record);
    // A read is taking long: says so, and keeps the event shown before until setRecord.
    void setReading();
    // The event shown, 0 when none.
    std::int64_t shownEvent() const { return m_shown; }
    static QString html(const Event &event, const std::optional<Document> &document,
                        const QList<Event> &contradicting, const FactionCatalog &catalog,
                        const Provenance &provenance = {});

Q_SIGNALS:
    void eventLinkActivated(std::int64_t eventId);

private:
    static QString idleText();

    const FactionCatalog &m_catalog;
    std::int64_t m_shown = 0;
};

} // namespace kt
