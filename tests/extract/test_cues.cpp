#include "core/TextNormalizer.h"
#include "extract/ArticleReader.h"
#include "extract/EventClassifier.h"
#include "extract/ExtractionRules.h"
#include "extract/SentenceSplitter.h"
#include "extract/TemporalTagger.h"

#include <QDir>

#include <catch2/catch.hpp>

// The temporal and classification rules skip their regular expression when none of their cue words is in a
// sentence. A cue list that forgets one of its pattern's words would silently lose dates or events: these
// checks run every pattern anyway and fail on any sentence it would have matched.

namespace {

QStringList testSentences() {
    QStringList sentences;
    QStringList files{QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt")};
    const QDir articles(QStringLiteral(KT_FIXTURES "/articles"));
    for (const QString &name : articles.entryList({QStringLiteral("*.txt")}, QDir::Files))
        files << articles.filePath(name);
    for (const QString &file : files)
        for (const kt::Sentence &sentence :
             kt::SentenceSplitter::split(kt::ArticleReader::readFile(file).body))
            sentences << sentence.text;
    // Forms of each rule that the articles do not use.
    sentences
        << QStringLiteral("Les FAMa ont annoncé la prise de Ber et sont entrées dans la ville.")
        << QStringLiteral("Government forces recaptured the town and entered the city; they seized the base.")
        << QStringLiteral("Roadside bombs and a landmine hit the convoy; mortar fire and rockets followed.")
        << QStringLiteral("La mission a cédé le camp ; elle a évacué Ogossagou et l'a rétrocédé.")
        << QStringLiteral("Peacekeepers handed over the base, vacated Kidal and pulled out of Aguelhok.")
        << QStringLiteral("The rebels shut down the internet network.")
        << QStringLiteral("Après l'adoption de la résolution 2690, le mandat expire.")
        << QStringLiteral("Les colonnes se sont mis en route; the convoy set off and moved north.")
        << QStringLiteral("The army broke through; the rebels beat back the assault and routed them.")
        << QStringLiteral("Peacekeepers were fired on in an ambush; a battle followed the embuscade.")
        << QStringLiteral("L'opération déclenchée en octobre ; the army has launched an offensive.")
        << QStringLiteral("Des obus et des tirs d'artillerie ; un bombardement aérien ; des drones armés.")
        << QStringLiteral("The mission must leave no later than 1 March and by the end of 2024.")
        << QStringLiteral("À partir du 3 mai, en date du 2 mai, a la date du 30 juin.")
        << QStringLiteral("Overnight Saturday into Sunday, last Tuesday, the previous day, the eve.")
        << QStringLiteral("Avant-hier, aujourd'hui, demain, ce soir, cette nuit, tonight, today, tomorrow.")
        << QStringLiteral(
               "Three weeks ago, for several days, since mid-October, since the start of the year.")
        << QStringLiteral("Depuis le début de l'année, la semaine passée, this month, le mois dernier.")
        << QStringLiteral("Mi-octobre, fin novembre, in October 2023, à ce jour, to date, lately.")
        << QStringLiteral("On Oct. 3, 3rd March 2023, Sept. 5, le 1er août, le 12 février.")
        << QStringLiteral("Ces dernières semaines, in recent days, à l'heure actuelle, jusqu'ici.")
        << QStringLiteral(
               "Les chefs d'État ont imposé de nouvelles mesures ; they imposed measures; un embargo "
               "sur le Mali.")
        << QStringLiteral("Bamako a rappelé ses ambassadeurs et a fermé ses frontières ; Niamey severed "
                          "diplomatic ties and announced the closure of its borders with Benin.")
        << QStringLiteral("The troops departed before a September 15 deadline.")
        // One form a sentence, so that no cue hides another's gap.
        << QStringLiteral("Les assaillants auraient fui.") << QStringLiteral("Ils seraient partis.")
        << QStringLiteral("They would have left.") << QStringLiteral("They reportedly left.")
        << QStringLiteral("They allegedly left.") << QStringLiteral("En réponse, l'armée a frappé.")
        << QStringLiteral("En réaction, l'armée a frappé.") << QStringLiteral("Suite à l'attaque, rien.")
        << QStringLiteral("Alors que l'armée avançait.") << QStringLiteral("Tandis que l'armée avançait.")
        << QStringLiteral("In response, the army struck.") << QStringLiteral("In retaliation, it struck.")
        << QStringLiteral("While the army advanced.") << QStringLiteral("Whereas the army advanced.")
        << QStringLiteral("120 membres du personnel sont partis.")
        << QStringLiteral("30 personnels sont partis.") << QStringLiteral("300 soldats sont partis.")
        << QStringLiteral("300 militaires sont partis.") << QStringLiteral("300 casques bleus sont partis.")
        << QStringLiteral("40 agents sont partis.") << QStringLiteral("40 civils sont partis.")
        << QStringLiteral("12 employés sont partis.") << QStringLiteral("12 troops left.")
        << QStringLiteral("12 soldiers left.") << QStringLiteral("12 peacekeepers left.")
        << QStringLiteral("50 staff left.") << QStringLiteral("20 members of its personnel left.")
        << QStringLiteral("Tuant 12 personnes.") << QStringLiteral("Faisant 8 victimes.")
        << QStringLiteral("Leaving 5 people.") << QStringLiteral("7 victimes.") << QStringLiteral("9 deaths.")
        << QStringLiteral("9 dead.") << QStringLiteral("9 morts.") << QStringLiteral("9 tués.")
        << QStringLiteral("Killing 9.") << QStringLiteral("It left 9.") << QStringLiteral("9 people killed.")
        << QStringLiteral("Selon l'armée, rien.") << QStringLiteral("D'après l'armée, rien.")
        << QStringLiteral("According to the army, nothing.") << QStringLiteral("Bamako cut ties with Paris.")
        << QStringLiteral("Niamey broke off relations with Paris.")
        << QStringLiteral("Ouagadougou a rompu ses relations diplomatiques avec Paris.")
        << QStringLiteral("La rupture des relations diplomatiques.")
        << QStringLiteral("Bamako a rappelé ses ambassadeurs.")
        << QStringLiteral("Le rappel des ambassadeurs.") << QStringLiteral("La fermeture des frontières.")
        << QStringLiteral("Bamako a fermé ses frontières.") << QStringLiteral("Mali closed its land borders.")
        << QStringLiteral("ECOWAS imposed tough sanctions.")
        << QStringLiteral("La Cédéao a imposé des sanctions.")
        << QStringLiteral("Des sanctions contre le Mali.") << QStringLiteral("Un embargo sur le Mali.")
        << QStringLiteral("Le 10/05/2022, rien.") << QStringLiteral("Le 10.05.2022, rien.")
        << QStringLiteral("Le 10-05-2022, rien.") << QStringLiteral("Le 2022-05-10, rien.")
        << QStringLiteral("On 5/10/2022, nothing.") << QStringLiteral("Samedi et dimanche, rien.")
        << QStringLiteral("Les journées de samedi, dimanche et lundi.")
        << QStringLiteral("On Saturday and Sunday, nothing.")
        << QStringLiteral("On Friday, Saturday and Sunday.")
        << QStringLiteral("Dans la nuit de samedi à dimanche, rien.")
        << QStringLiteral("Dans la nuit du vendredi au samedi, rien.")
        << QStringLiteral("Overnight from Friday to Saturday, nothing.")
        << QStringLiteral("Quatre jours plus tard, rien.") << QStringLiteral("Deux semaines après, rien.")
        << QStringLiteral("Two weeks later, nothing.") << QStringLiteral("Three days after, nothing.")
        << QStringLiteral("D'ici mercredi, rien.") << QStringLiteral("D'ici à mercredi, rien.")
        << QStringLiteral("Avant jeudi, rien.") << QStringLiteral("By Wednesday, nothing.")
        << QStringLiteral("Before Friday, nothing.")
        << QStringLiteral("Two peacekeepers were killed after an improvised bomb exploded.")
        << QStringLiteral("Deux casques bleus ont été tués.")
        << QStringLiteral("A mine exploded as the convoy passed.") << QStringLiteral("A bomb went off.");
    for (const char *verb :
         {"a déclaré", "a indiqué", "a rapporté", "a affirmé",  "a annoncé", "a dénoncé",     "a revendiqué",
          "a assuré",  "a précisé", "a souligné", "a confirmé", "a démenti", "a fait savoir", "a reconnu",
          "a accusé",  "déclare",   "indique",    "rapporte",   "affirme",   "annonce",       "dénonce",
          "assure",    "souligne",  "précise",    "revendique", "affirmant", "indiquant",     "déclarant",
          "précisant", "assurant",  "soulignant", "déclarent",  "indiquent", "rapportent",    "affirment",
          "annoncent", "dénoncent", "assurent",   "soulignent", "précisent", "revendiquent",  "confirment",
          "confirme",  "démentent", "dément",     "said",       "says",      "claimed",       "claims",
          "reported",  "announced", "stated",     "denied",     "told",      "indicated",     "revealed"})
        sentences << QStringLiteral("L'armée %1 que rien.").arg(QString::fromUtf8(verb));
    return sentences;
}

} // namespace

TEST_CASE("cue words never turn a matching rule away", "[cues]") {
    const QStringList sentences = testSentences();
    REQUIRE(sentences.size() > 60);
    for (const QString &sentence : sentences) {
        const QStringList gaps = kt::TemporalTagger::cueGaps(sentence) +
                                 kt::EventClassifier::cueGaps(sentence) +
                                 kt::ExtractionRules::bundled().cueGaps(kt::TextNormalizer::fold(sentence));
        INFO(sentence.toStdString() << "\nmatched by patterns whose cues turned it away:\n"
                                    << gaps.join(QLatin1Char('\n')).toStdString());
        CHECK(gaps.isEmpty());
    }
}

TEST_CASE("the last words of a pattern never turn away a place where it ends", "[cues]") {
    QStringList sentences = testSentences();
    // The forms the lists are for.
    sentences
        << QStringLiteral("À une quinzaine de kilomètres de Ouahigouya, près d'Aorema, dans la localité de "
                          "Kolokani, au nord de Gao, aux abords de Ber, autour de Kidal.")
        << QStringLiteral("Near Kidal, outside Gao, around Anefis, 20 km north of Tessit, in the region of "
                          "Ménaka, 150 kilometres northeast of Bamako.")
        << QStringLiteral("Le convoi en route vers Kidal, en direction d'Anéfis, à destination de Gao, "
                          "heading for Tessalit, bound for Ber, towards Aguelhok.")
        << QStringLiteral("Les autorités de Bamako, la junte de Niamey, le gouvernement du Mali, the "
                          "authorities in Ouagadougou, the junta of Niger, the regime in Bamako.")
        << QStringLiteral("Une région frontalière avec le Niger, frontalière du Mali, la frontière avec "
                          "l'Algérie, bordering Mali, near the border with Niger.")
        << QStringLiteral("Dans la région de Tillabéri, la province du Soum, in the region of Ménaka, the "
                          "Kidal region, la région de l'Est.")
        << QStringLiteral("L'attaque de ce camion, ainsi que celle du village de Tizigourou, et celle de "
                          "Boni, and that on Boni, as well as those in the town of Djibo.")
        << QStringLiteral("Killing six in Dinguiri, two at Mene, three on the road between Ouahigouya and "
                          "Barga, cinq à Déou, deux dans la commune de Tin-Akoff, four in the village of "
                          "Tassia, trois sur l'axe reliant Gao et Ansongo.");
    const kt::ExtractionRules &rules = kt::ExtractionRules::bundled();
    for (const QString &sentence : std::as_const(sentences)) {
        const QStringList gaps = rules.lastWordGaps(kt::TextNormalizer::fold(sentence));
        INFO(sentence.toStdString() << "\n" << gaps.join(QLatin1Char('\n')).toStdString());
        CHECK(gaps.isEmpty());
    }
}

TEST_CASE("the future tense, the conditional and schedules look forward, deadlines alone do not", "[cues]") {
    using kt::TemporalTagger;
    for (const char *forward :
         {"Les derniers Casques bleus quitteront Gao", "l’armée pourrait entrer dans Kidal",
          "Elle devra quitter", "le retrait reprendra en janvier", "la réunion prévue lundi",
          "la semaine prochaine", "The mission is due to leave", "troops are expected to arrive",
          "MINUSMA plans to close the camp", "the convoy will leave on Friday"})
        CHECK(TemporalTagger::speaksOfFuture(QString::fromUtf8(forward)));
    for (const char *back :
         {"La Minusma a quitté Tessalit samedi, conformément à son retrait d’ici le 31 décembre",
          "the army said", "an era ended", "Des combats ont été signalés samedi", "the plan was",
          "they were expected", "Les jihadistes ont attaqué les camions entre Kaniéra et Lakamané"})
        CHECK_FALSE(TemporalTagger::speaksOfFuture(QString::fromUtf8(back)));
    // Where the sentence turns to the future: what is told before it is done.
    const QString turn =
        QStringLiteral("US troops have finished withdrawing from Niamey, and will leave Agadez");
    CHECK(TemporalTagger::futureAt(turn) == turn.indexOf(QStringLiteral("will")));
    const QString expected = QStringLiteral("the convoy left, and troops are expected to arrive");
    CHECK(TemporalTagger::futureAt(expected) == expected.indexOf(QStringLiteral("are expected")));
}
