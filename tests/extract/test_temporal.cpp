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
                    std::optional<kt::Day> narrative = std::nullopt) {
    TemporalTagger::Context context;
    context.reference = day(reference);
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
