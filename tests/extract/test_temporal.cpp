#include "core/DayDate.h"
#include "extract/TemporalTagger.h"

#include <catch2/catch.hpp>

using kt::TemporalTagger;
using kt::TimeExpression;

namespace {

kt::Day day(const char *iso) {
    return *kt::DayDate::fromIso(QString::fromLatin1(iso));
}

TimeExpression only(const QString &sentence, const char *reference,
                    std::optional<kt::Day> narrative = std::nullopt, bool english = false) {
    TemporalTagger::Context context;
    context.reference = day(reference);
    context.english = english;
    context.narrative = narrative;
    context.future = TemporalTagger::speaksOfFuture(sentence);
    const auto found = TemporalTagger::tag(sentence, context);
    INFO(sentence.toStdString());
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("the seed's dates resolve against 2023-11-13", "[temporal]") {
    const char *published = "2023-11-13"; // a Monday
    auto sunday =
        only(QStringLiteral("L’armée malienne a déclaré dimanche avoir réalisé des avancées"), published);
    CHECK(sunday.from == day("2023-11-12"));
    CHECK(sunday.to == day("2023-11-12"));
    CHECK(sunday.precision == kt::TimePrecision::Exact);
    CHECK(sunday.text == QStringLiteral("dimanche"));

    auto saturday =
        only(QStringLiteral("Des combats intenses ont été signalés samedi près de Kidal"), published);
    CHECK(saturday.from == day("2023-11-11"));

    auto october =
        only(QStringLiteral("La Minusma a quitté la ville de Kidal le 31 octobre dernier."), published);
    CHECK(october.from == day("2023-10-31"));
    CHECK(october.kind == TimeExpression::Kind::Date);
}

TEST_CASE("weekdays, qualifiers and nights", "[temporal]") {
    const char *wednesday = "2023-11-15";
    CHECK(only(QStringLiteral("mardi dernier, les FAMa sont entrées"), wednesday).from == day("2023-11-14"));
    CHECK(only(QStringLiteral("mercredi dernier"), wednesday).from == day("2023-11-08"));
    CHECK(only(QStringLiteral("Ce jeudi soir, un convoi est parti"), "2023-11-16").from == day("2023-11-16"));
    CHECK(only(QStringLiteral("on Friday, the army said"), wednesday).from == day("2023-11-10"));
    const auto night = only(QStringLiteral("dans la nuit de samedi à dimanche"), "2023-11-13");
    CHECK(night.from == day("2023-11-11"));
    CHECK(night.to == day("2023-11-12"));
}

TEST_CASE("full and partial dates take the year from the publication", "[temporal]") {
    CHECK(only(QStringLiteral("le 5 septembre"), "2023-11-13").from == day("2023-09-05"));
    CHECK(only(QStringLiteral("ce vendredi 13 octobre"), "2023-10-14").from == day("2023-10-13"));
    CHECK(only(QStringLiteral("on 1 July"), "2023-12-02").from == day("2023-07-01"));
    CHECK(only(QStringLiteral("le 12 juin"), "2023-12-10").from == day("2023-06-12"));
    CHECK(only(QStringLiteral("le 20 décembre dernier"), "2024-01-10").from == day("2023-12-20"));
}

TEST_CASE("deadlines are planned ranges ending on the due day", "[temporal]") {
    const auto byEnd =
        only(QStringLiteral("conformément à son retrait d’ici le 31 décembre 2023"), "2023-11-13");
    CHECK(byEnd.kind == TimeExpression::Kind::Deadline);
    CHECK(byEnd.from == day("2023-11-13"));
    CHECK(byEnd.to == day("2023-12-31"));
    const auto english = only(QStringLiteral("must leave by Dec. 31, 2023"), "2023-07-01");
    CHECK(english.kind == TimeExpression::Kind::Deadline);
    CHECK(english.to == day("2023-12-31"));
    const auto year = only(QStringLiteral("d’ici la fin de l’année"), "2023-11-13");
    CHECK(year.to == day("2023-12-31"));
    // A weekday as the due day: the next one (published on a Tuesday).
    const auto wednesday =
        only(QStringLiteral("demanding the departure of French forces by Wednesday"), "2022-08-16");
    CHECK(wednesday.kind == TimeExpression::Kind::Deadline);
    CHECK(wednesday.from == day("2022-08-16"));
    CHECK(wednesday.to == day("2022-08-17"));
    const auto mardi = only(QStringLiteral("ils doivent partir d'ici mardi"), "2022-08-16");
    CHECK(mardi.kind == TimeExpression::Kind::Deadline);
    CHECK(mardi.to == day("2022-08-23")); // said on a Tuesday: the next one
    const auto after = only(QStringLiteral("le retrait reprendra après le 1er janvier"), "2023-12-20");
    CHECK(after.from == day("2024-01-01"));
}

TEST_CASE("relative expressions", "[temporal]") {
    const auto recent = only(QStringLiteral("l’opération lancée récemment"), "2023-11-12");
    CHECK(recent.kind == TimeExpression::Kind::Vague);
    CHECK(recent.to == day("2023-11-11"));
    CHECK(recent.from < day("2023-11-01"));
    CHECK(recent.precision == kt::TimePrecision::Month);
    const auto soFar = only(QStringLiteral("Jusqu’à présent, au moins 6 754 membres"), "2023-11-13");
    CHECK(soFar.kind == TimeExpression::Kind::AsOf);
    CHECK(soFar.from == day("2023-11-13"));
    CHECK(only(QStringLiteral("hier"), "2023-11-13").from == day("2023-11-12"));
    const auto eve = only(QStringLiteral("la veille"), "2023-11-13", day("2023-11-11"));
    CHECK(eve.from == day("2023-11-10")); // the narrative's eve, not the publication's
    const auto tenDays = only(QStringLiteral("il y a dix jours"), "2023-11-13");
    CHECK(tenDays.from <= day("2023-11-03"));
    CHECK(tenDays.to >= day("2023-11-03"));
    const auto since = only(QStringLiteral("depuis le mois de septembre"), "2023-11-13");
    CHECK(since.kind == TimeExpression::Kind::Since);
    CHECK(since.from == day("2023-09-01"));
    CHECK(since.to == day("2023-11-13"));
}

TEST_CASE("spans, measures' dates and schedules of every kind", "[temporal]") {
    const auto fortnight = only(QStringLiteral("Il y a un peu plus de deux semaines"), "2023-12-20");
    CHECK(fortnight.kind == TimeExpression::Kind::Vague);
    CHECK(fortnight.to == day("2023-12-06"));   // at least fourteen days back …
    CHECK(fortnight.from >= day("2023-12-01")); // … but not much more
    CHECK(fortnight.precision == kt::TimePrecision::Week);

    const auto days = only(QStringLiteral("impose depuis quelques jours un couvre-feu"), "2023-11-12");
    CHECK(days.kind == TimeExpression::Kind::Since);
    CHECK(days.to == day("2023-11-12"));
    CHECK(days.from < day("2023-11-10"));

    const auto tuesday =
        only(QStringLiteral("À la date de mardi dernier, près de 8.000 soldats"), "2023-12-20");
    CHECK(tuesday.kind == TimeExpression::Kind::AsOf);
    CHECK(tuesday.from == day("2023-12-19"));
    const auto june = only(QStringLiteral("As of 30 June, the mission had"), "2023-07-03");
    CHECK(june.kind == TimeExpression::Kind::AsOf);
    CHECK(june.from == day("2023-06-30"));
    CHECK(only(QStringLiteral("as of June 30, the mission had"), "2023-07-03").from == day("2023-06-30"));

    const auto either =
        only(QStringLiteral("l’armée pourrait entrer dans Kidal ce mardi 14 ou mercredi 15 novembre"),
             "2023-11-12");
    CHECK(either.kind == TimeExpression::Kind::Deadline);
    CHECK(either.from == day("2023-11-14"));
    CHECK(either.to == day("2023-11-15"));
    const auto latest =
        only(QStringLiteral("doit quitter Tessalit au plus tard le 15 novembre"), "2023-10-14");
    CHECK(latest.kind == TimeExpression::Kind::Deadline);
    CHECK(latest.to == day("2023-11-15"));
    const auto january = only(QStringLiteral("restera à Bamako après le 1er janvier"), "2023-12-20");
    CHECK(january.after);
    CHECK(january.from == day("2024-01-01")); // written in December: next year's

    const auto midMonth =
        only(QStringLiteral("doivent encore quitter Kidal d'ici la mi-novembre"), "2023-10-03");
    CHECK(midMonth.kind == TimeExpression::Kind::Deadline);
    CHECK(midMonth.to == day("2023-11-15"));
    CHECK(only(QStringLiteral("must leave by the end of October"), "2023-10-03").to == day("2023-10-31"));
    CHECK(only(QStringLiteral("d'ici fin janvier"), "2023-12-20").to == day("2024-01-31")); // next January

    CHECK(only(QStringLiteral("prend fin le 31 décembre 2023"), "2023-12-20").from == day("2023-12-31"));
    CHECK(only(QStringLiteral("ends on Dec. 31, 2023"), "2023-07-03").from == day("2023-12-31"));
}

TEST_CASE("the narrative's neighbours follow its range", "[temporal]") {
    TemporalTagger::Context context;
    context.reference = day("2023-11-15");
    context.narrative = day("2023-11-07"); // "il y a dix jours": 3 to 7 November
    context.narrativeSpan = 4;
    const auto next = TemporalTagger::tag(QStringLiteral("Le lendemain, l’armée avait riposté"), context);
    REQUIRE(next.size() == 1);
    CHECK(next.first().kind == TimeExpression::Kind::Relative);
    CHECK(next.first().from == day("2023-11-04"));
    CHECK(next.first().to == day("2023-11-08"));
    context.narrativeSpan = 0;
    const auto same =
        TemporalTagger::tag(QStringLiteral("Malian troops entered the camp the same day"), context);
    REQUIRE(same.size() == 1);
    CHECK(same.first().from == day("2023-11-07"));
    CHECK(same.first().to == day("2023-11-07"));
}

namespace {

struct TimeRow {
    const char *sentence;
    const char *published;
    const char *from;
    const char *to;
    bool english = false;
};

} // namespace

// The forms real reports use (issue 12's list): abbreviated months, numeric dates day first in French,
// parts of months, weekdays around the publication day, the week and the weekend.
TEST_CASE("real reports' date forms", "[temporal]") {
    const TimeRow rows[] = {
        {"le 3 janv. 2022, des hommes armés", "2022-01-10", "2022-01-03", "2022-01-03"},
        {"le 14 fév 2022 à Tessit", "2022-03-01", "2022-02-14", "2022-02-14"},
        {"le 14 fev. 2022", "2022-03-01", "2022-02-14", "2022-02-14"},
        {"depuis le 2 juil. dernier", "2022-08-01", "2022-07-02", "2022-08-01"},
        {"le 5 déc., l'armée", "2022-12-20", "2022-12-05", "2022-12-05"},
        {"le 12 sept. 2021", "2021-10-01", "2021-09-12", "2021-09-12"},
        {"on Sept. 12, 2021, gunmen", "2021-10-01", "2021-09-12", "2021-09-12", true},
        {"le 10/05/2022, des hommes armés", "2022-06-01", "2022-05-10", "2022-05-10"},
        {"le 10.05.2022 à Boulkessi", "2022-06-01", "2022-05-10", "2022-05-10"},
        {"on 2022-05-10 in Boulkessi", "2022-06-01", "2022-05-10", "2022-05-10", true},
        {"on 25/05/2022 near Boulkessi", "2022-06-01", "2022-05-25", "2022-05-25", true},
        {"on 5/25/2022 near Boulkessi", "2022-06-01", "2022-05-25", "2022-05-25", true},
        {"fin mai, les combats", "2022-06-10", "2022-05-22", "2022-05-31"},
        {"début juin, les combats", "2022-06-20", "2022-06-01", "2022-06-10"},
        {"à la mi-juillet, les combats", "2022-08-20", "2022-07-10", "2022-07-20"},
        {"in early December 2024, gunmen", "2025-02-06", "2024-12-01", "2024-12-10", true},
        {"in late March, gunmen", "2022-04-08", "2022-03-22", "2022-03-31", true},
        {"in mid-July, gunmen", "2022-08-08", "2022-07-10", "2022-07-20", true},
        {"in March, the army", "2022-04-08", "2022-03-01", "2022-03-31", true},
        {"en janvier 2022, l'armée", "2022-04-08", "2022-01-01", "2022-01-31"},
        {"on Tuesday, gunmen attacked", "2023-04-29", "2023-04-25", "2023-04-25", true}, // a Saturday report
        {"mardi, des hommes armés", "2023-04-29", "2023-04-25", "2023-04-25"},
        {"earlier this week, gunmen", "2025-02-06", "2025-02-03", "2025-02-06", true}, // a Thursday
        {"cette semaine, des hommes armés", "2025-02-06", "2025-02-03", "2025-02-06"},
        // On a Monday, a past "this week" is the seven days up to the report, not the Monday alone.
        {"a décrété cette semaine la mobilisation", "2023-04-17", "2023-04-11", "2023-04-17"},
        {"this week, the junta decreed", "2023-04-18", "2023-04-12", "2023-04-18", true}, // a Tuesday
        {"at the weekend, gunmen", "2024-08-27", "2024-08-24", "2024-08-25", true},       // a Tuesday
        {"ce week-end, des hommes armés", "2024-08-27", "2024-08-24", "2024-08-25"},
        // A list of weekdays is one span; one that runs past the report runs on from its first day.
        {"les journées de samedi, dimanche et lundi", "2025-03-23", "2025-03-22", "2025-03-24"},
        {"on Friday, Saturday and Sunday, gunmen", "2025-03-24", "2025-03-21", "2025-03-23", true},
        {"last July, the junta", "2024-06-26", "2023-07-01", "2023-07-31", true},
        {"en juillet dernier, la junte", "2024-06-26", "2023-07-01", "2023-07-31"},
    };
    for (const TimeRow &row : rows) {
        const TimeExpression found =
            only(QString::fromUtf8(row.sentence), row.published, std::nullopt, row.english);
        INFO(row.sentence);
        CHECK(kt::DayDate::toIso(found.from).toStdString() == row.from);
        CHECK(kt::DayDate::toIso(found.to).toStdString() == row.to);
    }
}

TEST_CASE("an English numeric date whose order cannot be settled is flagged, never replaced", "[temporal]") {
    const TimeExpression found =
        only(QStringLiteral("on 5/10/2022 near Boulkessi"), "2022-06-01", std::nullopt, true);
    CHECK(found.ambiguous);
    // Both readings, 10 May and 5 October, are in the range; nothing falls back to the publication week.
    CHECK(kt::DayDate::toIso(found.from) == QStringLiteral("2022-05-10"));
    CHECK(kt::DayDate::toIso(found.to) == QStringLiteral("2022-10-05"));
}

TEST_CASE("days distributed over a list", "[temporal]") {
    TemporalTagger::Context context;
    context.reference = day("2022-05-20");
    context.english = false;
    const auto found = TemporalTagger::tag(
        QStringLiteral(
            "les postes de Ménaka et d'Anderamboukane ont été évacués, respectivement le 4 et le 6 mai"),
        context);
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).from == day("2022-05-04"));
    CHECK(found.at(1).from == day("2022-05-06"));
    CHECK(found.at(0).respectively);
    context.reference = day("2022-08-20");
    context.english = true;
    const auto english = TemporalTagger::tag(
        QStringLiteral("the camps at Ber and Goundam were handed over on 13 and 15 August respectively"),
        context);
    REQUIRE(english.size() == 2);
    CHECK(english.at(0).from == day("2022-08-13"));
    CHECK(english.at(1).from == day("2022-08-15"));
}
