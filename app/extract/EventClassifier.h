#pragma once

#include "core/data.h"
#include "extract/CueWords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kt {

// What a clause reports, in ACLED's terms.
struct Classification {
    QString eventType;
    QString subEventType;
    EventStatus status = EventStatus::Occurred;
    QString action;             // a short English verb phrase for the title ("repelled", "left")
    bool statement = false;     // a declaration whose content is itself the news, with no other happening
    bool initiatorWins = false; // the wording claims a success for the side that acts ("repelled", "broke")
    int cueStart = -1;          // where the words that decided it are in the text
    int cueEnd = -1;
    QString defaultActor;           // the contextual label for its side when the sentence names none
    bool toldAgainInClause = false; // the kind told again in a relative clause ("Traore toppled Damiba, who
                                    // had seized power only in January"): a happening only if that clause
                                    // gives its own day or month
};

// Rule-based ACLED event type and sub-type, from cue words in French and English.
class EventClassifier {
public:
    // The happenings a text reports, in the order of their cue words; empty when it reports none. Words
    // that only refer to a happening ("dans le cadre de la résolution 2690", "in line with the agreement")
    // report none; a weak kind ("37 terroristes neutralisés") counts only alone; civilians killed in an
    // attack on soldiers are the battle's, an attack on civilians only is violence against them.
    static QList<Classification> classify(const QString &text);
    // The same on text already folded (TextNormalizer::fold), as the following *Folded functions, with the
    // cue words looked up in `words`: the words of a text that holds `folded` (the whole sentence of a
    // clause), so that a sentence's words are indexed once for every stage.
    static QList<Classification> classifyFolded(const QString &folded, const CueWords::Text &words);
    // A declaration without another happening: "a déclaré", "said", "souligne", with no cue word.
    static std::optional<Classification> statement(const QString &text);
    static std::optional<Classification> statementFolded(const QString &folded);
    // A quantity: "au moins 6 754 membres de son personnel", "près de 8.000 soldats"; never a toll ("10
    // soldats tués").
    struct Measure {
        double value = 0;
        QString unit;
        int start = 0;
        int end = 0;
    };
    static std::optional<Measure> measure(const QString &text);
    static std::optional<Measure> measureFolded(const QString &folded);
    // The deaths a sentence reports: "killing at least 14 civilians", "faisant 12 morts".
    static std::optional<int> fatalities(const QString &text);
    static std::optional<int> fatalitiesFolded(const QString &folded);
    // The rules that a text's cue words turn away though their pattern matches it: empty unless a rule's
    // list of cue words is incomplete. For the tests.
    static QStringList cueGaps(const QString &text);
};

} // namespace kt
