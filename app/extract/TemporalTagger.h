#pragma once

#include "core/data.h"
#include "extract/CueWords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kt {

// A date expression found in a sentence and what it resolves to.
struct TimeExpression {
    enum class Kind {
        Date,     // a day or a short span: "dimanche", "le 31 octobre dernier", "dans la nuit de samedi à
                  // dimanche"
        Vague,    // an imprecise span: "récemment", "il y a un peu plus de deux semaines"
        Since,    // an ongoing span up to the reference: "depuis le mois de septembre"
        AsOf,     // a measure's date: "jusqu'à présent", "as of 30 June"
        Deadline, // something due: "d'ici le 31 décembre 2023", "au plus tard le 15 novembre"
        Relative, // relative to the narrative, not to the publication: "la veille", "le lendemain"
    };
    Kind kind = Kind::Date;
    int start = 0; // position in the sentence
    int end = 0;
    QString text;
    Day from = 0;
    Day to = 0;
    TimePrecision precision = TimePrecision::Exact;
    bool after = false; // a Deadline that opens rather than closes: "après le 1er janvier"
    // A numeric date whose day and month could be either way round ("5/10/2022" in English): from..to
    // spans both readings and the precision is Month; never resolved by guessing.
    bool ambiguous = false;
    // One of the days of a list the sentence distributes over its places or sides ("respectivement le 4
    // et le 6 mai", "on 13 and 15 August respectively"): each day is its own expression, in the list's
    // order.
    bool respectively = false;
};

// Finds French and English date expressions and resolves them against a reference day (the publication,
// or the day a quoted communiqué was issued) and the narrative's current day.
class TemporalTagger {
public:
    struct Context {
        Day reference = 0;            // the day the text speaks from
        std::optional<Day> narrative; // the day the story is at, for "la veille", "le lendemain"
        int narrativeSpan = 0; // and how many days before it the story may be, when its date is a range
        bool future = false;   // the sentence speaks of what is to come
        int futureStart = -1;  // where its first word that looks forward is (UTF-16 offset), or -1
        // Numeric dates ("10/05/2022") are day first in French; in English either way round, and flagged
        // ambiguous when nothing settles it.
        bool english = false;
    };
    static QList<TimeExpression> tag(const QString &sentence, const Context &context);
    // The same, given the folded sentence's words (the folded text is `words.folded()`).
    static QList<TimeExpression> tagWords(const QString &sentence, const CueWords::Text &words,
                                          const Context &context);
    // True when the sentence looks forward: future tense, "prochain", "will", "is due".
    static bool speaksOfFuture(const QString &sentence);
    static bool speaksOfFutureFolded(const QString &folded) { return futureAt(folded) >= 0; }
    // Where the first word that looks forward begins in the folded sentence (UTF-16 offset), or -1. Given
    // the sentence as written (same positions), a word written with a capital is a name, not a verb in the
    // future by its ending ("entre Kaniéra et Lakamané").
    static qsizetype futureAt(const QString &folded, QStringView written = {});
    // The rules that a sentence's cue words turn away though their pattern matches it: empty unless a rule's
    // list of cue words is incomplete. For the tests.
    static QStringList cueGaps(const QString &sentence);
};

} // namespace kt
