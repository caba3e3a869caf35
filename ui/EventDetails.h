#pragma once

#include "core/FactionCatalog.h"
#include "core/data.h"

#include <QTextBrowser>

#include <functional>
#include <optional>

namespace kt {

// Everything about one event: dates with their precision, sides, type, place, who claims it, the sentence
// it comes from shown inside its article, and the claims that contradict it.
class EventDetails : public QTextBrowser {
    Q_OBJECT
public:
    using DocumentLookup = std::function<std::optional<Document>(std::int64_t)>;
    using EventLookup = std::function<std::optional<Event>(std::int64_t)>;
    // What the store holds beside an event: the other sources merged into it, each with its document, and,
    // for an event an analyst edited, its first version.
    struct Provenance {
        QList<std::pair<Event, std::optional<Document>>> otherSources;
        std::optional<Event> original;
    };
    using ProvenanceLookup = std::function<Provenance(const Event &)>;
    EventDetails(const FactionCatalog &catalog, DocumentLookup documents, EventLookup events,
                 ProvenanceLookup provenance = {}, QWidget *parent = nullptr);

    void setEvent(const std::optional<Event> &event);
    static QString html(const Event &event, const std::optional<Document> &document,
                        const QList<Event> &contradicting, const FactionCatalog &catalog,
                        const Provenance &provenance = {});

Q_SIGNALS:
    void eventLinkActivated(std::int64_t eventId);

private:
    const FactionCatalog &m_catalog;
    DocumentLookup m_documents;
    EventLookup m_events;
    ProvenanceLookup m_provenance;
};

} // namespace kt
