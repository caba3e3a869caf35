#pragma once

#include "core/DayDate.h"
#include "extract/EventBuilder.h"
#include "extract/Extractor.h"
#include "extract/Gazetteer.h"
#include "extract/SentenceContext.h"
#include "extract/SentencePlace.h"
#include "extract/SentenceSides.h"
#include "extract/SentenceTimes.h"

#include <QString>

namespace kt::test {

inline Day day(const char *iso) {
    return *DayDate::fromIso(QString::fromLatin1(iso));
}

inline QString iso(Day value) {
    return DayDate::toIso(value);
}

// One sentence through the stages, as the extractor runs them, with a story carried in from before.
struct Staged {
    explicit Staged(const char *text, const char *publishedOn = "2023-11-15", NarrativeState carried = {})
        : story(std::move(carried))
        , published(day(publishedOn)) {
        sentence.text = QString::fromUtf8(text);
        sentence.end = static_cast<int>(sentence.text.size());
        context = SentenceContext::read(sentence, Gazetteer::bundled(), story);
        times = SentenceTimes::resolve(context, story, published);
        place = SentencePlace::find(context, story);
        sides = SentenceSides::find(context, place, Gazetteer::bundled(), story);
    }
    Staged(const Staged &) = delete; // the context points at the sentence
    Staged &operator=(const Staged &) = delete;

    QList<BuiltEvent> build() const {
        const SentenceFacts facts{context, times, place, sides, story, Gazetteer::bundled(), published};
        bool datedByVague = false;
        return EventBuilder(facts).build(datedByVague);
    }

    Sentence sentence;
    NarrativeState story;
    Day published = 0;
    SentenceContext context;
    SentenceTimes times;
    SentencePlace place;
    SentenceSides sides;
};

// A whole text through the extractor.
inline QList<Event> extractText(const char *body, const char *published, const char *language = "fr") {
    Document document;
    document.title = QStringLiteral("t");
    document.published = DayDate::toDate(day(published));
    document.language = QString::fromLatin1(language);
    document.body = QString::fromUtf8(body);
    return Extractor().extract(document).events;
}

} // namespace kt::test
