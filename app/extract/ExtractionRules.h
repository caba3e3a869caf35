#pragma once

#include "core/data.h"
#include "extract/CueWords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>

namespace kt {

// The extractor's words as data (resources/data/extraction.json): what each kind of happening is told with,
// title templates, reporting verbs and the other patterns the stages use. Patterns run on folded text (see
// TextNormalizer); a happening's `cues` are word starts or phrases one of which every match holds, so that a
// sentence without any is not searched for it (CueWords).
class ExtractionRules {
public:
    struct Happening {
        QString name;
        CueWords cues;
        QRegularExpression pattern;
        QString eventType;
        QString subEventType;
        EventStatus status = EventStatus::Occurred;
        QString action;             // a short English verb phrase for titles ("repelled", "left")
        bool initiatorWins = false; // the words give the acting side the upper hand
        QString defaultActor;       // a contextual label ("the state") for the side when none is named
        bool weak = false;          // only a happening when the sentence tells no other ("neutralisés")
    };

    // The named patterns of the file.
    enum Pattern {
        StatementVerbs,
        ReportingVerbs,
        AccordingTo,
        Conditional,
        Fatalities,
        Measure,
        MeasureGone,
        Qualifier,
        ClauseEnd,
        Pronoun,
        Possessive,
        FirstPerson,
        RefersToStatement,
        Withdrawal,
        FeminineArticle,
        PlacePrefix,
        Destination,
        PassiveAgent,      // after a happening's words: "… par", "… by" before its agent
        TargetOfHappening, // words around a happening's that say the side named before it was hit
        Casualty,          // deaths and wounds: a count of them is a toll, not a measure
        ShownOn,           // before a date: the day something was shown or made known ("broadcast on")
        MentionOnly,       // before a happening's words: it is only referred to ("dans le cadre de")
        Anaphor,           // before a happening's words: one already told ("l'attaque", "the attack")
        Background,        // a general trend, not one happening ("depuis plusieurs années", "often")
        DenialVerbs,       // what makes a statement news of its own: denying, rejecting, condemning, accusing
        SpeakerSubject, // before a happening's words: the speaker is its subject ("said they had withdrawn")
        TargetAfter,    // right after a happening's words: the side named next is hit ("attack on")
        PlaceCount,  // right before a place: a count of those hit there ("six in Dinguiri", "cinq à Déou")
        Killing,     // words that say people were killed, for counts without a noun ("killing six in …")
        SeatOfPower, // right before a place: its government, not where something happened ("autorités de")
        NegatedReport,    // right before a reporting verb: nobody said it ("never claimed", "n'a jamais
                          // revendiqué")
        RetellingSubject, // a sentence that opens on one already told ("The incident occurred…", "L'attaque a
                          // eu lieu…")
        SeatOfPowerAfter,   // right after a place: its government ("Ouagadougou's ruling junta")
        PartOfCountry,      // right before a country: a part of it ("north-central", "le nord du")
        AlsoThatOf,         // right before a place: a second happening of the kind there ("ainsi que celle du
                            // village de", "and that on")
        BorderOf,           // right before a country: its border, not the country ("frontalière avec la")
        NumberedHappenings, // "deux attaques", "three attacks": as many happenings, one per place named
        TrailingClause,     // a clause that goes on after a closing reporting phrase (", qui", ", which",
                            // ", as")
        RegionBefore, // right before a place: it is named as a region ("la région de", "the region of")
        RegionAfter,  // right after a place: likewise ("… region", "… province")
        InCountry,    // right before a country: the sentence is in it ("in", "au", "en")
        RiotWords,    // a protest told with violence ("very violent protesters", "jets de pierres"): a riot
        PatternCount
    };

    // Throws std::runtime_error naming what is wrong in the JSON (a missing pattern, one that does not
    // compile).
    explicit ExtractionRules(const QJsonObject &json);
    // The bundled rules (resource :/data/extraction.json), read once.
    static const ExtractionRules &bundled();

    const QList<Happening> &happenings() const { return m_happenings; }
    const QRegularExpression &pattern(Pattern which) const { return m_patterns.at(which); }
    // Whether the `reach` characters of `folded` just before `position` match a pattern written to end
    // there ("vers ", "autorités de ", "never officially ").
    bool matchesBefore(Pattern which, const QString &folded, qsizetype position, qsizetype reach) const {
        return matchBefore(which, folded, position, reach).hasMatch();
    }
    // The match itself (positions in the `reach` characters before `position`). A pattern given its last
    // words in the file ("last_words") is not run where the word before `position` is none of them.
    QRegularExpressionMatch matchBefore(Pattern which, const QString &folded, qsizetype position,
                                        qsizetype reach) const;
    // The patterns whose last words turn away a position where the pattern, run anyway, ends: empty unless
    // a list of last words is incomplete. For the tests.
    QStringList lastWordGaps(const QString &folded) const;
    // Whether a pattern run on a whole sentence can match it: false when the pattern has cue words in the
    // file ("pattern_cues") and the sentence holds none of them (CueWords), so that it need not be run.
    bool mayMatch(Pattern which, const CueWords::Text &words) const { return m_cues.at(which).admit(words); }
    // The patterns whose cue words turn away a sentence they match: empty unless a cue list is incomplete.
    // For the tests.
    QStringList cueGaps(const QString &folded) const;
    // The title forms of an action that one side does to another: both named, the actor only, the target
    // only, neither ("%1" the acting sides, "%2" the sides hit). Empty when the action has none.
    QStringList titleForms(const QString &action) const { return m_titles.value(action); }
    // Whether a faction is no state's force (ACLED's rebels, political and identity militias, unidentified
    // groups): territory it takes is "Non-state actor overtakes territory", not "Government regains
    // territory" (ACLED codebook, Battles).
    bool isNonState(const QString &faction) const { return m_nonState.contains(faction); }

private:
    QList<Happening> m_happenings;
    bool mayEndAt(Pattern which, const QString &folded, qsizetype position) const;

    std::array<QRegularExpression, PatternCount> m_patterns;
    std::array<QSet<QString>, PatternCount> m_lastWords; // empty: any
    std::array<CueWords, PatternCount> m_cues;           // none: every sentence
    QHash<QString, QStringList> m_titles;
    QSet<QString> m_nonState;
};

} // namespace kt
