#include "extract/TemporalTagger.h"
#include "extract/WrittenCount.h"

#include "core/DayDate.h"
#include "core/TextNormalizer.h"
#include "extract/CueWords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace kt {

namespace {

using Kind = TimeExpression::Kind;

const QString kWeekdaysFr = QStringLiteral("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche");
const QString kWeekdaysEn = QStringLiteral("monday|tuesday|wednesday|thursday|friday|saturday|sunday");
// Full names first, then the abbreviations of the press and of AFP's style ("janv.", "fév", "juil.").
const QString kMonthsFr =
    QStringLiteral("janvier|janv\\.?|fevrier|fevr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|aout|"
                   "septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|decembre|dec\\.?");
const QString kMonthsEn = QStringLiteral(
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?");

int weekdayNumber(const QString &word) {
    static const QHash<QString, int> days{
        {QStringLiteral("lundi"), 1},     {QStringLiteral("mardi"), 2},    {QStringLiteral("mercredi"), 3},
        {QStringLiteral("jeudi"), 4},     {QStringLiteral("vendredi"), 5}, {QStringLiteral("samedi"), 6},
        {QStringLiteral("dimanche"), 7},  {QStringLiteral("monday"), 1},   {QStringLiteral("tuesday"), 2},
        {QStringLiteral("wednesday"), 3}, {QStringLiteral("thursday"), 4}, {QStringLiteral("friday"), 5},
        {QStringLiteral("saturday"), 6},  {QStringLiteral("sunday"), 7}};
    return days.value(word, 0);
}

int monthNumber(QString word) {
    word.remove(QLatin1Char('.'));
    static const QHash<QString, int> months{
        {QStringLiteral("janvier"), 1},  {QStringLiteral("fevrier"), 2},   {QStringLiteral("mars"), 3},
        {QStringLiteral("avril"), 4},    {QStringLiteral("mai"), 5},       {QStringLiteral("juin"), 6},
        {QStringLiteral("juillet"), 7},  {QStringLiteral("aout"), 8},      {QStringLiteral("septembre"), 9},
        {QStringLiteral("octobre"), 10}, {QStringLiteral("novembre"), 11}, {QStringLiteral("decembre"), 12},
        {QStringLiteral("january"), 1},  {QStringLiteral("february"), 2},  {QStringLiteral("march"), 3},
        {QStringLiteral("april"), 4},    {QStringLiteral("may"), 5},       {QStringLiteral("june"), 6},
        {QStringLiteral("july"), 7},     {QStringLiteral("august"), 8},    {QStringLiteral("september"), 9},
        {QStringLiteral("october"), 10}, {QStringLiteral("november"), 11}, {QStringLiteral("december"), 12},
        {QStringLiteral("jan"), 1},      {QStringLiteral("feb"), 2},       {QStringLiteral("mar"), 3},
        {QStringLiteral("apr"), 4},      {QStringLiteral("jun"), 6},       {QStringLiteral("jul"), 7},
        {QStringLiteral("aug"), 8},      {QStringLiteral("sep"), 9},       {QStringLiteral("sept"), 9},
        {QStringLiteral("oct"), 10},     {QStringLiteral("nov"), 11},      {QStringLiteral("dec"), 12},
        {QStringLiteral("janv"), 1},     {QStringLiteral("fev"), 2},       {QStringLiteral("fevr"), 2},
        {QStringLiteral("avr"), 4},      {QStringLiteral("juil"), 7}};
    return months.value(word, 0);
}

// The weekday closest to the reference: the last one on or before it, or, looking forward, the next one on
// or after it. "dernier"/"last" means strictly before; "prochain"/"next" strictly after.
Day resolveWeekday(int weekday, Day reference, bool forward, bool strict) {
    const int refWeekday = DayDate::toDate(reference).dayOfWeek();
    if (forward) {
        int delta = (weekday - refWeekday + 7) % 7;
        if (delta == 0 && strict)
            delta = 7;
        return reference + delta;
    }
    int delta = (refWeekday - weekday + 7) % 7;
    if (delta == 0 && strict)
        delta = 7;
    return reference - delta;
}

// The year of a day and month written without one: looking forward, the first such day on or after the
// reference; looking back ("dernier") the last one on or before it (year 0: not written); otherwise the one
// in the reference's year unless that is more than a week ahead, then the year before.
std::optional<Day> resolveDayMonth(int day, int month, int year, Day reference, bool forward, bool past) {
    const QDate ref = DayDate::toDate(reference);
    if (year > 0) {
        const QDate date(year, month, day);
        return date.isValid() ? std::optional<Day>(DayDate::fromDate(date)) : std::nullopt;
    }
    const QDate same(ref.year(), month, day);
    if (!same.isValid())
        return std::nullopt;
    const Day sameDay = DayDate::fromDate(same);
    if (forward)
        return sameDay >= reference ? sameDay : DayDate::fromDate(QDate(ref.year() + 1, month, day));
    if (past || sameDay > reference + 7)
        return sameDay <= reference ? sameDay : DayDate::fromDate(QDate(ref.year() - 1, month, day));
    return sameDay;
}

// What a sentence holds, looked for once: a rule whose cues are absent cannot match it, and its pattern is
// not run.
enum Need : unsigned {
    kNone = 0,
    kDigit = 1,        // a digit
    kMonth = 2,        // a month's name, full or short, in French or English ("dec" but not "declare")
    kWeekdayFr = 4,    // a French weekday
    kWeekday = 8,      // a weekday, French or English
    kTwoWeekdays = 16, // two different weekdays: a list ("samedi et dimanche")
    kNumericDate = 32, // two numbers joined by '/', '.' or '-' ("10/05", "2022-05")
};

struct Clues {
    explicit Clues(const CueWords::Text &sentenceWords)
        : text(sentenceWords) {
        static const auto packAll = [](std::initializer_list<const char *> words) {
            std::vector<std::uint64_t> packed;
            for (const char *word : words)
                packed.push_back(CueWords::pack(QString::fromLatin1(word)));
            return packed;
        };
        static const std::vector<std::uint64_t> months =
            packAll({"janvier", "fevrier",   "mars",     "avril",    "mai",      "juin",    "juillet",
                     "aout",    "septembre", "octobre",  "novembre", "decembre", "january", "february",
                     "march",   "april",     "may",      "june",     "july",     "august",  "september",
                     "october", "november",  "december", "jan",      "feb",      "mar",     "apr",
                     "jun",     "jul",       "aug",      "sep",      "sept",     "oct",     "nov",
                     "dec",     "janv",      "fev",      "fevr",     "avr",      "juil"});
        static const std::vector<std::uint64_t> weekdaysFr =
            packAll({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"});
        static const std::vector<std::uint64_t> weekdaysEn =
            packAll({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
        const auto count = [this](const std::vector<std::uint64_t> &words) {
            return std::count_if(words.cbegin(), words.cend(),
                                 [this](std::uint64_t w) { return text.hasWord(w); });
        };
        const auto french = count(weekdaysFr);
        const auto weekdays = french + count(weekdaysEn);
        const bool month =
            std::any_of(months.cbegin(), months.cend(), [this](std::uint64_t w) { return text.hasWord(w); });
        held = (text.hasDigit() ? kDigit : kNone) | (month ? kMonth : kNone) |
               (french > 0 ? kWeekdayFr : kNone) | (weekdays > 0 ? kWeekday : kNone) |
               (weekdays > 1 ? kTwoWeekdays : kNone) |
               (text.hasDigit() && numericDate(text.folded()) ? kNumericDate : kNone);
    }
    static bool numericDate(const QString &folded) {
        for (qsizetype i = 1; i + 1 < folded.size(); ++i) {
            const QChar c = folded.at(i);
            if ((c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')) &&
                folded.at(i - 1).isDigit() && folded.at(i + 1).isDigit())
                return true;
        }
        return false;
    }
    const CueWords::Text &text;
    unsigned held = kNone; // the Need bits the sentence meets
};

struct Cues {
    Cues(unsigned needsAll, std::initializer_list<const char *> anyOf,
         std::initializer_list<const char *> alsoAnyOf = {})
        : needs(needsAll)
        , words(anyOf)
        , alsoWords(alsoAnyOf) {}
    unsigned needs = kNone; // every one of them
    CueWords words;         // one of them at least, when given
    CueWords alsoWords;     // and one of these, when given
    bool admit(const Clues &clues) const {
        return (clues.held & needs) == needs && words.admit(clues.text) && alsoWords.admit(clues.text);
    }
};

struct Rule {
    Cues cues;
    QRegularExpression pattern;
    std::function<std::optional<TimeExpression>(const QRegularExpressionMatch &,
                                                const TemporalTagger::Context &)>
        resolve;
};

TimeExpression make(Kind kind, Day from, Day to, TimePrecision precision) {
    TimeExpression expression;
    expression.kind = kind;
    expression.from = std::min(from, to);
    expression.to = std::max(from, to);
    expression.precision = precision;
    return expression;
}

TimePrecision precisionOfSpan(Day from, Day to) {
    const int days = to - from;
    if (days <= 0)
        return TimePrecision::Exact;
    return days <= 7 ? TimePrecision::Week : TimePrecision::Month;
}

// The rules run on folded text, where every letter of a French or English date is plain ASCII: ASCII word
// boundaries are enough, and several times cheaper than Unicode ones.
QRegularExpression rx(const QString &pattern) {
    return QRegularExpression(pattern);
}

std::optional<Day> validDay(int year, int month, int day) {
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2100)
        return std::nullopt;
    return DayDate::fromDate(date);
}

// Groups: year, month, day (ISO); or first number, separator, second number, year.
// Two days of one month written "14 ou 15 novembre" or "4 et 6 mai": days in groups 1 and 2, the month in
// group 3, the year in group 4 (else the one resolveDayMonth settles). Nothing when either is no day.
std::optional<std::pair<Day, Day>> twoDaysOfMonth(const QRegularExpressionMatch &m,
                                                  const TemporalTagger::Context &c) {
    const int month = monthNumber(m.captured(3));
    const int year = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const auto first = resolveDayMonth(m.captured(1).toInt(), month, year, c.reference, c.future, false);
    const auto second = resolveDayMonth(m.captured(2).toInt(), month, year, c.reference, c.future, false);
    if (month == 0 || !first || !second)
        return std::nullopt;
    return std::pair{*first, *second};
}

std::optional<TimeExpression> numericDate(const QRegularExpressionMatch &m,
                                          const TemporalTagger::Context &c) {
    if (!m.captured(1).isEmpty()) {
        const auto day = validDay(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return day ? std::optional(make(Kind::Date, *day, *day, TimePrecision::Exact)) : std::nullopt;
    }
    const int first = m.captured(4).toInt();
    const int second = m.captured(6).toInt();
    const int year = m.captured(7).toInt();
    const bool monthFirst = c.english && first <= 12 && second > 12;
    const auto day = monthFirst ? validDay(year, first, second) : validDay(year, second, first);
    if (!day)
        return std::nullopt;
    if (!c.english || first > 12 || second > 12 || first == second)
        return make(Kind::Date, *day, *day, TimePrecision::Exact);
    const auto other = validDay(year, first, second);
    if (!other)
        return make(Kind::Date, *day, *day, TimePrecision::Exact);
    auto expression = make(Kind::Date, *day, *other, TimePrecision::Month);
    expression.ambiguous = true;
    return expression;
}

const QList<Rule> &rules() {
    // A month's name or abbreviation is never the start of a longer word ("3 dec" but not "3 declarations").
    static const QString dateFr =
        QStringLiteral("(?:(?:%1)\\s+)?(\\d{1,2})(?!\\d)(?:er)?\\s+(%2)(?![a-z])(?:\\s+(\\d{4}))?")
            .arg(kWeekdaysFr, kMonthsFr);
    static const QString dateEnDmy =
        QStringLiteral("(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?\\s+(%1)(?![a-z])(?:,?\\s+(\\d{4}))?")
            .arg(kMonthsEn);
    static const QString dateEnMdy =
        QStringLiteral("(%1)(?![a-z])\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?")
            .arg(kMonthsEn);

    // A day and month in any of the three written forms; groups: day, month, year (French and d-m-y) or
    // month, day, year (m-d-y).
    auto dayMonth = [](const QRegularExpressionMatch &m, int first, bool monthFirst, Day reference,
                       bool forward, bool past) -> std::optional<Day> {
        const int day = (monthFirst ? m.captured(first + 1) : m.captured(first)).toInt();
        const int month = monthNumber(monthFirst ? m.captured(first) : m.captured(first + 1));
        const QString yearText = m.captured(first + 2);
        const int year = yearText.isEmpty() ? 0 : yearText.toInt();
        if (month == 0)
            return std::nullopt;
        return resolveDayMonth(day, month, year, reference, forward, past);
    };

    // A day written in any of the three forms, when a pattern offers them as "(?:%1|%2|%3)" with dateFr,
    // dateEnMdy, dateEnDmy: whichever matched.
    auto anyForm = [dayMonth](const QRegularExpressionMatch &m, Day reference, bool forward,
                              bool past) -> std::optional<Day> {
        if (!m.captured(1).isEmpty())
            return dayMonth(m, 1, false, reference, forward, past);
        if (!m.captured(4).isEmpty())
            return dayMonth(m, 4, true, reference, forward, past);
        return dayMonth(m, 7, false, reference, forward, past);
    };

    // Due on the day written in any form: from the reference day (or the due day, when it is before) to it.
    auto dueOn = [anyForm](const QRegularExpressionMatch &m,
                           const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
        const std::optional<Day> day = anyForm(m, c.reference, true, false);
        if (!day)
            return std::nullopt;
        return make(Kind::Deadline, std::min(c.reference, *day), *day,
                    precisionOfSpan(std::min(c.reference, *day), *day));
    };

    static const QList<Rule> list{
        // Deadlines: "d'ici le 31 decembre 2023", "au plus tard le 15 novembre", "by Dec. 31, 2023".
        {Cues{kDigit, {"d'ici", "au plus tard", "avant le", "jusqu'au", "no later", "by "}},
         rx(QStringLiteral(
                "\\b(?:d'ici (?:au|le|a)|au plus tard le|avant le|jusqu'au|no later than|by)\\s+(?:%1|%2|%3)")
                .arg(dateFr, dateEnMdy, dateEnDmy)),
         dueOn},
        // "before a September 15 deadline", "ahead of the 31 December deadline": the day named as a deadline.
        {Cues{kDigit, {"deadline"}},
         rx(QStringLiteral("\\b(?:before|ahead of) (?:the |a |an )?(?:%1|%2|%3)\\s+deadline")
                .arg(dateFr, dateEnMdy, dateEnDmy)),
         dueOn},
        // "by Wednesday", "d'ici mercredi", "avant jeudi": due on the next such day (on that weekday itself,
        // a
        // week on).
        {Cues{kWeekday, {"d'ici", "avant", "by ", "before"}},
         rx(QStringLiteral("\\b(?:d'ici (?:a )?|avant |by |before )(%1|%2)\\b")
                .arg(kWeekdaysFr, kWeekdaysEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const Day due = resolveWeekday(weekdayNumber(m.captured(1)), c.reference, true, true);
             return make(Kind::Deadline, c.reference, due, precisionOfSpan(c.reference, due));
         }},
        {Cues{kNone, {"fin de l'annee", "end of the year", "year's end", "by the end of"}},
         rx(QStringLiteral("\\b(?:d'ici (?:a )?la fin de l'annee|by the end of the year|by year's end|by the "
                           "end of (\\d{4}))")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const int year =
                 m.captured(1).isEmpty() ? DayDate::toDate(c.reference).year() : m.captured(1).toInt();
             const Day end = DayDate::fromDate(QDate(year, 12, 31));
             return make(Kind::Deadline, std::min(c.reference, end), end, TimePrecision::Month);
         }},
        // "d'ici la mi-novembre", "d'ici fin octobre", "by mid-November", "by the end of October".
        {Cues{kMonth, {"d'ici", "by "}},
         rx(QStringLiteral(
                "\\b(?:d'ici (?:a )?(?:la |le )?|by (?:the )?)(mi-|mid-|fin |fin de |end of |debut |"
                "early |late )?(?:mois d[e'] ?)?(%1|%2)(?:\\s+(\\d{4}))?\\b")
                .arg(kMonthsFr, kMonthsEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const int month = monthNumber(m.captured(2));
             if (month == 0)
                 return std::nullopt;
             // The month not yet over: "by the end of October" written on 3 October is this October.
             int year = m.captured(3).isEmpty() ? DayDate::toDate(c.reference).year() : m.captured(3).toInt();
             const auto endOf = [month](int y) {
                 return DayDate::fromDate(QDate(y, month, 1).addMonths(1)) - 1;
             };
             if (m.captured(3).isEmpty() && endOf(year) < c.reference)
                 ++year;
             const Day first = DayDate::fromDate(QDate(year, month, 1));
             const Day monthEnd = endOf(year);
             if (monthEnd < c.reference)
                 return std::nullopt;
             const QString part = m.captured(1).trimmed();
             Day due = monthEnd; // "by November": by its end
             if (part == QLatin1String("mi-") || part == QLatin1String("mid-"))
                 due = first + 14;
             else if (part == QLatin1String("debut") || part == QLatin1String("early"))
                 due = first + 9;
             const Day from = std::min(c.reference, due);
             return make(Kind::Deadline, from, due, precisionOfSpan(from, due));
         }},
        // "apres le 1er janvier", "after 1 January": something due after a day.
        {Cues{kDigit | kMonth, {"apres le", "a partir du", "after"}},
         rx(QStringLiteral("\\b(?:apres le|a partir du|after)\\s+(?:%1|%2)").arg(dateFr, dateEnDmy)),
         [dayMonth](const QRegularExpressionMatch &m,
                    const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const auto day = !m.captured(1).isEmpty() ? dayMonth(m, 1, false, c.reference, true, false)
                                                       : dayMonth(m, 4, false, c.reference, true, false);
             if (!day)
                 return std::nullopt;
             auto expression = make(*day >= c.reference ? Kind::Deadline : Kind::Date, *day, *day + 30,
                                    TimePrecision::Month);
             expression.after = true;
             return expression;
         }},
        // "ce mardi 14 ou mercredi 15 novembre": either of two days.
        {Cues{kDigit | kMonth, {" ou "}},
         rx(QStringLiteral("\\b(?:ce |cette "
                           ")?(?:(?:%1)\\s+)?(\\d{1,2})(?:er)?\\s+ou\\s+(?:(?:%1)\\s+)?(\\d{1,2})(?:er)?\\s+("
                           "%2)(?:\\s+(\\d{4}))?")
                .arg(kWeekdaysFr, kMonthsFr)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const auto days = twoDaysOfMonth(m, c);
             if (!days)
                 return std::nullopt;
             const auto [first, second] = *days;
             return make(second >= c.reference && c.future ? Kind::Deadline : Kind::Date, first, second,
                         precisionOfSpan(first, second));
         }},
        // "as of 30 June", "a la date du 30 juin", "au 30 juin": a measure's date.
        {Cues{kDigit | kMonth, {"as of", "as at", "a la date du", "en date du"}},
         rx(QStringLiteral("\\b(?:as of|as at|a la date du|en date du)\\s+(?:%1|%2|%3)")
                .arg(dateFr, dateEnMdy, dateEnDmy)),
         [anyForm](const QRegularExpressionMatch &m,
                   const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const std::optional<Day> day = anyForm(m, c.reference, false, true);
             if (!day)
                 return std::nullopt;
             return make(Kind::AsOf, *day, *day, TimePrecision::Exact);
         }},
        // "a la date de mardi dernier": a measure's date given by a weekday.
        {Cues{kWeekdayFr, {"a la date d"}},
         rx(QStringLiteral("\\ba la date (?:de|du) (%1)(?: (dernier))?").arg(kWeekdaysFr)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const Day day =
                 resolveWeekday(weekdayNumber(m.captured(1)), c.reference, false, !m.captured(2).isEmpty());
             return make(Kind::AsOf, day, day, TimePrecision::Exact);
         }},
        // Numeric dates: "2022-05-10"; "10/05/2022", "10.05.2022", "10-05-2022" day first in French; in
        // English day first when the first number is over 12, month first when the second is, else both
        // readings, flagged.
        {Cues{kNumericDate, {}},
         rx(QStringLiteral(
             "\\b(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})([/.-])(\\d{1,2})\\5(\\d{4}))\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> { return numericDate(m, c); }},
        // Two days of one month: "les 4 et 5 mai" (a span), "respectivement le 4 et le 6 mai", "on 13 and 15
        // August respectively" (one day each, split by tag()).
        {Cues{kDigit | kMonth, {" et ", " and "}},
         rx(QStringLiteral("\\b(?:(?:les?|on|entre le|between) )?(\\d{1,2})(?:er|st|nd|rd|th)? (?:et|and) "
                           "(?:le |on )?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(%1|%2)(?![a-z])(?:,?\\s+(\\d{4}))?")
                .arg(kMonthsFr, kMonthsEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const auto days = twoDaysOfMonth(m, c);
             if (!days || days->second < days->first)
                 return std::nullopt;
             const auto [first, second] = *days;
             auto expression = make(Kind::Date, first, second, precisionOfSpan(first, second));
             expression.respectively = true; // kept only when the sentence says "respectivement"
             return expression;
         }},
        // The weekend: the last one on or before the reference ("at the weekend", "ce week-end"), the one
        // before it ("le week-end dernier" said on a weekend), or one to come ("by the end of the weekend").
        {Cues{kNone, {"week-end", "weekend", "week end"}},
         rx(QStringLiteral(
             "\\b(?:(by the end of the|d'ici la fin du|avant la fin du)|(?:over the|at the|this|last|"
             "the|ce|le|du|au cours du))\\s*week[- ]?end(\\s+dernier|\\s+passe)?\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool due = !m.captured(1).isEmpty();
             if (due) {
                 const Day sunday = resolveWeekday(7, c.reference, true, false);
                 return make(Kind::Deadline, c.reference, sunday, precisionOfSpan(c.reference, sunday));
             }
             const bool last = !m.captured(2).isEmpty() || m.captured(0).startsWith(QLatin1String("last"));
             const int weekday = DayDate::toDate(c.reference).dayOfWeek();
             if (c.future && !last) {
                 const Day saturday = resolveWeekday(6, c.reference, true, false);
                 return make(Kind::Date, saturday, saturday + 1, TimePrecision::Week);
             }
             Day saturday = resolveWeekday(6, c.reference, false, false);
             if (last && weekday >= 6)
                 saturday -= 7;
             return make(Kind::Date, saturday, std::min(saturday + 1, c.reference),
                         precisionOfSpan(saturday, std::min(saturday + 1, c.reference)));
         }},
        // "depuis le 2 juillet", "since 2 July": ongoing from a day.
        {Cues{kDigit | kMonth, {"depuis", "since"}},
         rx(QStringLiteral("\\b(?:depuis (?:le )?%1|since (?:%2|%3))").arg(dateFr, dateEnMdy, dateEnDmy)),
         [anyForm](const QRegularExpressionMatch &m,
                   const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const std::optional<Day> day = anyForm(m, c.reference, false, true);
             if (!day || *day > c.reference)
                 return std::nullopt;
             return make(Kind::Since, *day, c.reference, precisionOfSpan(*day, c.reference));
         }},
        // Full or partial dates: "le 31 octobre dernier", "ce vendredi 13 octobre", "31 decembre 2023".
        {Cues{kDigit | kMonth, {}}, rx(QStringLiteral("\\b%1(\\s+dernier)?").arg(dateFr)),
         [dayMonth](const QRegularExpressionMatch &m,
                    const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool past = !m.captured(4).isEmpty();
             const auto day = dayMonth(m, 1, false, c.reference, c.future && !past, past);
             if (!day)
                 return std::nullopt;
             return make(Kind::Date, *day, *day, TimePrecision::Exact);
         }},
        // "Dec. 31, 2023", "on 1 July": month first (groups 1-3) or day first (groups 4-6).
        {Cues{kDigit | kMonth, {}},
         rx(QStringLiteral("\\b(?:(?:on |since )?%1|(?:on )?%2)").arg(dateEnMdy, dateEnDmy)),
         [dayMonth](const QRegularExpressionMatch &m,
                    const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool monthFirst = !m.captured(1).isEmpty();
             const auto day = dayMonth(m, monthFirst ? 1 : 4, monthFirst, c.reference, c.future, false);
             if (!day)
                 return std::nullopt;
             return make(Kind::Date, *day, *day, TimePrecision::Exact);
         }},
        // "dans la nuit de samedi a dimanche", "overnight Saturday to Sunday".
        {Cues{kTwoWeekdays, {"nuit d", "overnight"}},
         rx(QStringLiteral(
                "\\b(?:dans la nuit (?:de|du) (%1) (?:a|au) (%1)|overnight (?:from )?(%2) (?:to|into) (%2))")
                .arg(kWeekdaysFr, kWeekdaysEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const QString second = m.captured(2).isEmpty() ? m.captured(4) : m.captured(2);
             const Day end = resolveWeekday(weekdayNumber(second), c.reference, c.future, false);
             return make(Kind::Date, end - 1, end, TimePrecision::Exact);
         }},
        // Weekdays in a list: "samedi et dimanche", "on Saturday and Sunday", "les journées de samedi,
        // dimanche et lundi": the span from the first to the last. The last is read as any weekday is; when
        // that puts it before the first (a span that runs past the report: mourning from Saturday to Monday
        // in
        // a Sunday report), the span runs on from the first.
        {Cues{kTwoWeekdays, {" et ", " and "}},
         rx(QStringLiteral("\\b(?:(%1)(?:, (?:%1))* et (%1)|(?:on )?(%2)(?:, (?:%2))*,? and (%2))\\b")
                .arg(kWeekdaysFr, kWeekdaysEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool french = !m.captured(1).isEmpty();
             const int firstDay = weekdayNumber(m.captured(french ? 1 : 3));
             const int lastDay = weekdayNumber(m.captured(french ? 2 : 4));
             const int gap = (lastDay - firstDay + 7) % 7;
             Day last = resolveWeekday(lastDay, c.reference, c.future, false);
             if (const Day first = resolveWeekday(firstDay, c.reference, c.future, false); last < first)
                 last = first + gap;
             return make(Kind::Date, last - gap, last, precisionOfSpan(last - gap, last));
         }},
        // Weekdays: "dimanche", "ce jeudi soir", "mardi dernier", "lundi prochain", "on Friday", "last
        // Tuesday".
        {Cues{kWeekdayFr, {}},
         rx(QStringLiteral(
                "\\b(?:(ce|cette) )?(%1)(?: (matin|soir|apres-midi|midi))?(?: (dernier|prochain))?\\b")
                .arg(kWeekdaysFr)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool last = m.captured(4) == QLatin1String("dernier");
             const bool next = m.captured(4) == QLatin1String("prochain");
             const bool forward = next || (c.future && !last);
             const Day day = resolveWeekday(weekdayNumber(m.captured(2)), c.reference, forward, last || next);
             return make(Kind::Date, day, day, TimePrecision::Exact);
         }},
        {Cues{kNone, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}},
         rx(QStringLiteral("\\b(?:(on|last|next|this) )?(%1)\\b").arg(kWeekdaysEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool last = m.captured(1) == QLatin1String("last");
             const bool next = m.captured(1) == QLatin1String("next");
             const bool forward = next || (c.future && !last);
             const Day day = resolveWeekday(weekdayNumber(m.captured(2)), c.reference, forward, last || next);
             return make(Kind::Date, day, day, TimePrecision::Exact);
         }},
        // "quatre jours plus tard", "four days later", "two weeks after": counted from the story's day.
        {Cues{kNone, {"plus tard", "later", "apres", "after"}, {"jour", "semaine", "day", "week"}},
         rx(QStringLiteral(
             "\\b([\\w-]+) (jours?|semaines?|days?|weeks?) (?:plus tard|apres|later|after)\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const double count = WrittenCount::read(m.captured(1));
             if (count <= 0 || !c.narrative)
                 return std::nullopt;
             const bool weeks = m.captured(2).startsWith(QLatin1String("sem")) ||
                                m.captured(2).startsWith(QLatin1String("week"));
             const Day to = *c.narrative + static_cast<Day>(std::lround(weeks ? count * 7 : count));
             const Day from = to - c.narrativeSpan;
             return make(Kind::Relative, from, to, precisionOfSpan(from, to));
         }},
        // "earlier this year", "plus tôt cette année", "cette année": from New Year's Day to the reference.
        {Cues{kNone, {"this year", "cette annee"}},
         rx(QStringLiteral("\\b(?:earlier this year|plus tot cette annee|this year|cette annee)\\b")),
         [](const QRegularExpressionMatch &,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             if (c.future)
                 return std::nullopt;
             const Day start = DayDate::fromDate(QDate(DayDate::toDate(c.reference).year(), 1, 1));
             return make(Kind::Vague, start, c.reference, TimePrecision::Month);
         }},
        // The narrative's neighbours: its eve, its morrow, the same day. When the story's date is a range, so
        // are they.
        {Cues{kNone, {"veille", "lendemain", "meme jour", "jour-la", "day", "the eve", "previous"}},
         rx(QStringLiteral(
             "\\b(?:(la veille(?: au soir| au matin)?|the day before|the previous "
             "(?:day|morning|evening|night)|the "
             "eve)|(le lendemain|the next "
             "day|the following day|the day after)|(le meme jour|ce jour-la|the same day|that same "
             "day|that day))\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const int shift = !m.captured(1).isEmpty() ? -1 : !m.captured(2).isEmpty() ? 1 : 0;
             const Day to = c.narrative.value_or(c.reference) + shift;
             const Day from = c.narrative ? to - c.narrativeSpan : to;
             return make(Kind::Relative, from, to, precisionOfSpan(from, to));
         }},
        // Days relative to the reference.
        {Cues{kNone,
              {"hier", "aujourd", "demain", "ce matin", "ce soir", "cette nuit", "yesterday", "today",
               "tomorrow", "this morning", "tonight"}},
         rx(QStringLiteral("\\b(avant-hier|hier|aujourd'hui|demain|ce matin|ce soir|cette "
                           "nuit|yesterday|today|tomorrow|this morning|tonight)\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             static const QHash<QString, int> offsets{{QStringLiteral("avant-hier"), -2},
                                                      {QStringLiteral("hier"), -1},
                                                      {QStringLiteral("yesterday"), -1},
                                                      {QStringLiteral("demain"), 1},
                                                      {QStringLiteral("tomorrow"), 1}};
             const Day at = c.reference + offsets.value(m.captured(1), 0);
             return make(Kind::Date, at, at, TimePrecision::Exact);
         }},
        // "il y a dix jours", "il y a un peu plus de deux semaines", "three weeks ago".
        {Cues{kNone, {"il y a", "ago"}},
         rx(QStringLiteral(
             "\\b(?:il y a ((?:(?:un peu )?(?:plus|moins) d[e'] ?|pres d[e'] ?|environ |une "
             "|un )?[\\w-]+) (jours?|semaines?|mois|ans?)|((?:a |about |more than |nearly |some "
             ")?[\\w-]+) (days?|weeks?|months?|years?) ago)\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const bool french = !m.captured(1).isEmpty();
             const QString amount = french ? m.captured(1) : m.captured(3);
             const double count = WrittenCount::read(amount);
             if (count <= 0)
                 return std::nullopt;
             const QString unit = french ? m.captured(2) : m.captured(4);
             double days = count;
             if (unit.startsWith(QLatin1String("semaine")) || unit.startsWith(QLatin1String("week")))
                 days = count * 7;
             else if (unit == QLatin1String("mois") || unit.startsWith(QLatin1String("month")))
                 days = count * 30.44;
             else if (unit.startsWith(QLatin1String("an")) || unit.startsWith(QLatin1String("year")))
                 days = count * 365.25;
             const bool more =
                 amount.contains(QLatin1String("plus")) || amount.contains(QLatin1String("more"));
             const bool approximate =
                 more || amount.contains(QLatin1String("pres")) ||
                 amount.contains(QLatin1String("environ")) || amount.contains(QLatin1String("about")) ||
                 amount.contains(QLatin1String("nearly")) || amount.contains(QLatin1String("quelques")) ||
                 amount.contains(QLatin1String("few")) || amount.contains(QLatin1String("aine"));
             const Day centre = c.reference - static_cast<Day>(std::lround(days));
             if (days <= 3 && !approximate)
                 return make(Kind::Date, centre, centre, TimePrecision::Exact);
             // A margin that grows with the distance; "un peu plus de" leans further back.
             const Day margin = std::max<Day>(1, static_cast<Day>(std::lround(days * 0.15)));
             const Day from = centre - (more ? 2 * margin : margin);
             const Day to = more ? centre : centre + margin;
             return make(Kind::Vague, from, std::min(to, c.reference), precisionOfSpan(from, to));
         }},
        // "depuis quelques jours", "for several days".
        {Cues{kNone, {"depuis", "for "}},
         rx(QStringLiteral("\\b(?:depuis (quelques|plusieurs|deux|trois|[0-9]+) (jours|semaines|mois)|for (a "
                           "few|several|two|three|[0-9]+) (days|weeks|months))\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const QString amount = m.captured(1).isEmpty() ? m.captured(3) : m.captured(1);
             const QString unit = m.captured(2).isEmpty() ? m.captured(4) : m.captured(2);
             const double count = std::max(1.0, WrittenCount::read(amount));
             double days = count;
             if (unit.startsWith(QLatin1String("semaine")) || unit.startsWith(QLatin1String("week")))
                 days *= 7;
             else if (unit.startsWith(QLatin1String("mois")) || unit.startsWith(QLatin1String("month")))
                 days *= 30.44;
             const Day from = c.reference - static_cast<Day>(std::lround(days)) - 1;
             return make(Kind::Since, from, c.reference, precisionOfSpan(from, c.reference));
         }},
        // "depuis le mois de septembre", "depuis septembre", "depuis le debut de l'annee", "since September".
        {Cues{kMonth, {"depuis", "since"}},
         rx(QStringLiteral("\\b(?:depuis (?:le (?:mois de |debut du mois de |debut )?|la mi-|debut "
                           "|mi-)?|since (?:early |mid-|late )?)(%1|%2)(?:\\s+(\\d{4}))?")
                .arg(kMonthsFr, kMonthsEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const int month = monthNumber(m.captured(1));
             if (month == 0)
                 return std::nullopt;
             const auto start = resolveDayMonth(1, month, m.captured(2).isEmpty() ? 0 : m.captured(2).toInt(),
                                                c.reference, false, true);
             if (!start)
                 return std::nullopt;
             return make(Kind::Since, *start, c.reference, TimePrecision::Month);
         }},
        {Cues{kNone, {"depuis le debut", "since the"}},
         rx(QStringLiteral("\\b(?:depuis le debut de l'annee|since the start of the year|since the beginning "
                           "of the year)\\b")),
         [](const QRegularExpressionMatch &,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const Day start = DayDate::fromDate(QDate(DayDate::toDate(c.reference).year(), 1, 1));
             return make(Kind::Since, start, c.reference, TimePrecision::Month);
         }},
        // Weeks and months around the reference.
        {Cues{kNone, {"semaine", "week", "mois", "month"}},
         rx(QStringLiteral("\\b(la semaine derniere|la semaine passee|last week|cette semaine|this week|le "
                           "mois dernier|last month|ce mois-ci|this month)\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const QString what = m.captured(1);
             const QDate ref = DayDate::toDate(c.reference);
             if (what.contains(QLatin1String("semaine")) || what.contains(QLatin1String("week"))) {
                 Day monday = c.reference - (ref.dayOfWeek() - 1);
                 const bool last = what.contains(QLatin1String("dern")) ||
                                   what.contains(QLatin1String("pass")) ||
                                   what.startsWith(QLatin1String("last"));
                 if (last)
                     monday -= 7;
                 // Told in the past on a Monday or a Tuesday (a report often written the day before), "this
                 // week" is the seven days up to the report, not the one or two of the new week.
                 if (!last && !c.future && ref.dayOfWeek() <= 2)
                     return make(Kind::Vague, c.reference - 6, c.reference, TimePrecision::Week);
                 return make(Kind::Vague, monday, std::min(monday + 6, c.reference), TimePrecision::Week);
             }
             QDate first(ref.year(), ref.month(), 1);
             if (what.contains(QLatin1String("dernier")) || what.startsWith(QLatin1String("last")))
                 first = first.addMonths(-1);
             const Day from = DayDate::fromDate(first);
             return make(Kind::Vague, from,
                         std::min<Day>(DayDate::fromDate(first.addMonths(1)) - 1, c.reference),
                         TimePrecision::Month);
         }},
        // "debut novembre", "mi-octobre", "fin octobre", "en octobre 2023", "in October".
        {Cues{kMonth, {}},
         rx(QStringLiteral(
                "\\b(debut|mi-|fin|courant|en|au mois "
                "d[e']|early|mid-|late|in|last)\\s*(%1|%2)(?![a-z])(?:\\s+(\\d{4}))?(\\s+dernier)?\\b")
                .arg(kMonthsFr, kMonthsEn)),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const int month = monthNumber(m.captured(2));
             if (month == 0)
                 return std::nullopt;
             const bool past = m.captured(1) == QLatin1String("last") || !m.captured(4).isEmpty();
             const auto first = resolveDayMonth(1, month, m.captured(3).isEmpty() ? 0 : m.captured(3).toInt(),
                                                c.reference, c.future && !past, past);
             if (!first)
                 return std::nullopt;
             const QDate start = DayDate::toDate(*first);
             const Day last = DayDate::fromDate(start.addMonths(1)) - 1;
             const QString part = m.captured(1).trimmed();
             if (part == QLatin1String("debut") || part == QLatin1String("early"))
                 return make(Kind::Vague, *first, *first + 9, TimePrecision::Week);
             if (part == QLatin1String("mi-") || part == QLatin1String("mid-"))
                 return make(Kind::Vague, *first + 9, *first + 19, TimePrecision::Week);
             if (part == QLatin1String("fin") || part == QLatin1String("late"))
                 return make(Kind::Vague, last - 9, last, TimePrecision::Week);
             return make(Kind::Vague, *first, last, TimePrecision::Month);
         }},
        // As of the reference: "jusqu'a present", "a ce jour", "so far", "to date".
        {Cues{kNone,
              {"jusqu'", "a ce jour", "a l'heure actuelle", "so far", "to date", "as of now", "as of today"}},
         rx(QStringLiteral("\\b(?:jusqu'a present|jusqu'ici|a ce jour|a l'heure actuelle|so far|to date|as "
                           "of now|as of today)\\b")),
         [](const QRegularExpressionMatch &,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             return make(Kind::AsOf, c.reference, c.reference, TimePrecision::Exact);
         }},
        // "recemment", "recently", "ces derniers jours", "in recent weeks".
        {Cues{kNone, {"recemment", "recently", "ces derniers", "ces dernieres", "in recent", "lately"}},
         rx(QStringLiteral("\\b(recemment|recently|ces derniers jours|ces dernieres semaines|in recent "
                           "days|in recent weeks|lately)\\b")),
         [](const QRegularExpressionMatch &m,
            const TemporalTagger::Context &c) -> std::optional<TimeExpression> {
             const QString what = m.captured(1);
             const int back =
                 what.contains(QLatin1String("jours")) || what.contains(QLatin1String("days")) ? 7 : 30;
             return make(Kind::Vague, c.reference - back, c.reference - 1,
                         back > 7 ? TimePrecision::Month : TimePrecision::Week);
         }},
    };
    return list;
}

// A relative clause set off by commas keeps its own tense: in "MINUSMA, which left its Kidal camp on
// Oct. 31, is due to leave Gao by Dec. 31", Oct. 31 is past though the sentence looks forward. So does a
// closing phrase that reports: "…, and will leave Agadez before a September 15 deadline, officials announced
// on Sunday" (the Sunday before).
TemporalTagger::Context clauseContext(const QString &folded, int position,
                                      const TemporalTagger::Context &context) {
    if (!context.future)
        return context;
    static const QRegularExpression relative(
        QStringLiteral("^\\s*(?:which|who|that|where|qui|dont|ou|lequel|laquelle)\\b"));
    static const QRegularExpression reports(QStringLiteral(
        "\\b(?:announced|said|stated|confirmed|reported|told|(?:a|ont) (?:annonce|indique|declare|"
        "affirme|precise|confirme))\\b"));
    const auto open = folded.lastIndexOf(QLatin1Char(','), position);
    if (open < 0)
        return context;
    auto close = folded.indexOf(QLatin1Char(','), position);
    if (close < 0)
        close = folded.size();
    const QString clause = folded.mid(open + 1, close - open - 1);
    const bool closingReport = close == folded.size() && reports.match(clause).hasMatch();
    if (!relative.match(clause).hasMatch() && !closingReport)
        return context;
    TemporalTagger::Context own = context;
    own.future = TemporalTagger::speaksOfFuture(clause);
    return own;
}

// A list of two days is one span ("les 4 et 5 mai") unless the sentence distributes it ("respectivement le
// 4 et le 6 mai"): then each day is its own expression, the first ending where the second number begins.
void splitLists(QList<TimeExpression> &found, const QString &folded) {
    static const QRegularExpression respectively(QStringLiteral("\\brespectiv(?:ement|ely)\\b"));
    const bool distributes = respectively.match(folded).hasMatch();
    for (qsizetype i = found.size() - 1; i >= 0; --i) {
        TimeExpression &list = found[i];
        if (!list.respectively)
            continue;
        if (!distributes) {
            list.respectively = false;
            continue;
        }
        static const QRegularExpression joint(QStringLiteral(" (?:et|and) (?:le |on )?"));
        const auto at = joint.match(folded, list.start);
        if (!at.hasMatch() || at.capturedStart(0) >= list.end) {
            list.respectively = false;
            continue;
        }
        const auto split = static_cast<int>(at.capturedEnd(0));
        TimeExpression second = list;
        second.from = second.to;
        second.start = split;
        second.text = list.text.mid(split - list.start);
        second.precision = TimePrecision::Exact;
        list.to = list.from;
        list.end = static_cast<int>(at.capturedStart(0));
        list.text = list.text.left(list.end - list.start);
        list.precision = TimePrecision::Exact;
        found.insert(i + 1, second);
    }
}

} // namespace

QStringList TemporalTagger::cueGaps(const QString &sentence) {
    const CueWords::Text words(TextNormalizer::fold(sentence));
    const QString &folded = words.folded();
    const Clues clues(words);
    QStringList gaps;
    for (const Rule &rule : rules())
        if (!rule.cues.admit(clues) && rule.pattern.match(folded).hasMatch())
            gaps.append(rule.pattern.pattern());
    return gaps;
}

bool TemporalTagger::speaksOfFuture(const QString &sentence) {
    return futureAt(TextNormalizer::fold(sentence), sentence) >= 0;
}

qsizetype TemporalTagger::futureAt(const QString &folded, QStringView written) {
    // A deadline ("d'ici le 31 décembre", "au plus tard") is not a future tense: "a quitté Tessalit samedi,
    // conformément à son retrait d'ici le 31 décembre" speaks of last Saturday. Read word by word: a regular
    // expression with a suffix rule scans every position of every sentence, this reads each word once, as a
    // number (CueWords::pack) compared with numbers.
    static const auto packed = [](std::initializer_list<const char *> words) {
        std::vector<std::uint64_t> all;
        for (const char *word : words)
            all.push_back(CueWords::pack(QString::fromLatin1(word)));
        std::sort(all.begin(), all.end());
        return all;
    };
    static const std::vector<std::uint64_t> futureWords =
        packed({"aura",    "auront", "fera",    "feront",   "va",         "vont",      "devra",
                "devront", "doit",   "doivent", "pourrait", "pourraient", "devrait",   "devraient",
                "prevu",   "prevue", "prevus",  "prevues",  "prochain",   "prochaine", "sera",
                "seront",  "will",   "shall",   "scheduled"});
    static const std::uint64_t is = CueWords::pack(u"is");
    static const std::uint64_t are = CueWords::pack(u"are");
    static const std::uint64_t due = CueWords::pack(u"due");
    static const std::uint64_t to = CueWords::pack(u"to");
    static const std::uint64_t expected = CueWords::pack(u"expected");
    static const std::uint64_t plan = CueWords::pack(u"plan");
    static const std::uint64_t plans = CueWords::pack(u"plans");
    // Simple future endings ("quitteront", "reprendra", "prendront"), after at least three letters.
    static const std::array<QLatin1String, 6> endings{QLatin1String("eront"), QLatin1String("era"),
                                                      QLatin1String("iront"), QLatin1String("ira"),
                                                      QLatin1String("dra"),   QLatin1String("dront")};
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    std::uint64_t before = 0; // the two words before the current one
    std::uint64_t twoBefore = 0;
    qsizetype beforeStart = 0; // where they begin
    qsizetype twoBeforeStart = 0;
    for (qsizetype i = 0; i < folded.size();) {
        if (!isWordChar(folded.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < folded.size() && isWordChar(folded.at(i)))
            ++i;
        const QStringView word = QStringView(folded).mid(start, i - start);
        const std::uint64_t key = CueWords::pack(word);
        if (key == due && (before == is || before == are))
            return beforeStart; // "is due", "are due"
        if (key == to && ((before == expected && (twoBefore == is || twoBefore == are)) || before == plan ||
                          before == plans))
            return before == expected ? twoBeforeStart : beforeStart; // "is expected to", "plans to"
        if (key != 0 && std::binary_search(futureWords.cbegin(), futureWords.cend(), key))
            return start;
        const QChar last = word.back();
        const bool name = written.size() == folded.size() && written.at(start).isUpper();
        if (word.size() >= 6 && (last == QLatin1Char('a') || last == QLatin1Char('t')) && !name)
            for (const QLatin1String ending : endings)
                if (word.size() >= ending.size() + 3 && word.endsWith(ending))
                    return start;
        twoBefore = before;
        twoBeforeStart = beforeStart;
        before = key;
        beforeStart = start;
    }
    return -1;
}

QList<TimeExpression> TemporalTagger::tag(const QString &sentence, const Context &context) {
    return tagWords(sentence, CueWords::Text(TextNormalizer::fold(sentence)), context);
}

QList<TimeExpression> TemporalTagger::tagWords(const QString &sentence, const CueWords::Text &words,
                                               const Context &context) {
    const QString &folded = words.folded();
    QList<TimeExpression> found;
    QList<bool> taken(folded.size(), false);
    const Clues clues(words);
    for (const Rule &rule : rules()) {
        if (!rule.cues.admit(clues))
            continue;
        for (auto it = rule.pattern.globalMatch(folded); it.hasNext();) {
            const auto match = it.next();
            const int start = static_cast<int>(match.capturedStart(0));
            const int end = static_cast<int>(match.capturedEnd(0));
            if (std::any_of(taken.cbegin() + start, taken.cbegin() + end, [](bool t) { return t; }))
                continue;
            auto expression = rule.resolve(match, clauseContext(folded, start, context));
            if (!expression)
                continue;
            expression->start = start;
            expression->end = end;
            expression->text = sentence.mid(start, end - start);
            std::fill(taken.begin() + start, taken.begin() + end, true);
            found.append(*expression);
        }
    }
    splitLists(found, folded);
    std::sort(found.begin(), found.end(),
              [](const TimeExpression &a, const TimeExpression &b) { return a.start < b.start; });
    return found;
}

} // namespace kt
