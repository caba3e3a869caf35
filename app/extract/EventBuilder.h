#pragma once

#include "extract/EventClassifier.h"
#include "extract/SentenceContext.h"
#include "extract/SentencePlace.h"
#include "extract/SentenceSides.h"
#include "extract/SentenceTimes.h"

#include <QList>
#include <QString>

namespace kt {

// What one sentence yields, as the builders see it.
struct SentenceFacts {
    const SentenceContext &context;
    const SentenceTimes &times;
    const SentencePlace &place;
    const SentenceSides &sides;
    const NarrativeState &story;
    const Gazetteer &gazetteer;
    Day published = 0;
};

// An event made from a sentence, with what the merging stage needs to know of it.
struct BuiltEvent {
    Event event;
    QString action;          // what it says happened ("fought", "left", "due", "count", "statement")
    QString winner;          // the side the words give the upper hand, for contradicting claims
    bool retelling = false;  // told again by reference ("l'attaque", "the attack") without a day of its own
    bool storyDated = false; // dated only by the story's range (or the day of a report), not by its own words
    bool sideless = false;   // a battle with no side named: joins the violence it retells, takes the story's
                             // sides at a place the sentence names, or is left out
    bool placed = false;     // its place is named in its sentence (not carried from the story)
    bool ownClause = false;  // told again in a relative clause with its own day: never another telling
};

// The event builders: a count (measure), something due (deadline), each happening the sentence tells, and a
// statement when a named speaker says something with no other happening. They date, title and place events
// and give them a confidence (see confidence()).
class EventBuilder {
public:
    explicit EventBuilder(const SentenceFacts &facts);

    // Every event of the sentence, in the order above. `datedByVague` says whether a happening took its day
    // from a vague expression ("récemment"), which the story then moves to.
    QList<BuiltEvent> build(bool &datedByVague) const;

    // The confidence rule: 0.85 for an event whose sides and place are named in its sentence; +0.1 when its
    // date is its sentence's own; -0.15 when the date is only the story's (a range); -0.1 when a speaker-
    // dependent label decided a side; -0.15 when a pronoun decided it; -0.05 without a place in the sentence;
    // always within 0.05 to 0.99.
    static double confidence(bool ownDate, bool storyDate, bool usedLabel, bool usedCoreference, bool placed);

private:
    Event base(const Classification &what, const QStringList &sides) const;
    void setDate(Event &event, const TimeExpression &time) const;
    void setRange(Event &event, Day from, Day to) const;
    void dateFromStory(Event &event) const;
    std::optional<BuiltEvent> measure() const;
    std::optional<BuiltEvent> deadline(bool plannedHappenings) const;
    QList<BuiltEvent> happenings(bool plannedHappenings, bool &datedByVague) const;
    // `teller`: speakerOf(cue), who tells the happening.
    QStringList sidesOf(const Classification &what, int cue, const Speaker &teller, QString &owner) const;
    Speaker speakerOf(int cue) const;
    QString trackOf(const Event &event) const;
    QString storyCountry() const;
    bool dateHappening(Event &event, const Classification &what, int cue, bool plannedHappenings,
                       bool &datedByVague) const;
    bool isBackground(const Classification &what) const;
    bool toldBeforeFuture(const Classification &what) const;
    bool toldInPlural(const Classification &what) const;
    QList<TimeExpression> daysInTurn() const;
    QList<BuiltEvent> distributed(const BuiltEvent &built, const QString &title, int cue) const;
    QList<BuiltEvent> perPlace(const BuiltEvent &built, const QString &title, bool plural) const;
    QList<BuiltEvent> alsoThatOf(const BuiltEvent &built, const QString &title) const;
    std::pair<int, int> clauseOf(int cue) const;
    struct ClauseTimes {
        std::optional<TimeExpression> own;   // a day or a short span (SentenceTimes::ownDate's kinds)
        std::optional<TimeExpression> vague; // an imprecise or ongoing span (SentenceTimes::vague's kinds)
    };
    ClauseTimes clauseTimes(int cue) const;
    std::optional<BuiltEvent> statement() const;
    QString title(const Classification &what, const QStringList &sides, const QString &owner, int cue) const;

    const SentenceFacts &m_facts;
    QList<Classification> m_happenings;
    std::optional<EventClassifier::Measure> m_measure;
    QList<std::pair<int, int>> m_relativeClauses; // from the comma that opens each to the comma that ends it
};

} // namespace kt
