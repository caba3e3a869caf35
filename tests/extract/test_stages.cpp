// Each stage of the extractor on its own, with tables of sentences (see app/extract/Extractor.h for the
// order).

#include "StageHarness.h"

#include "extract/EventClassifier.h"
#include "extract/EventMerger.h"

#include <catch2/catch.hpp>

using kt::test::day;
using kt::test::iso;
using kt::test::Staged;

namespace {

struct ContextRow {
    const char *sentence;
    const char *speakerFaction; // "" when nobody named speaks
    const char *contentStarts;  // what is claimed begins with these words
    bool reported;
};

} // namespace

TEST_CASE("sentence context: who speaks, and where what they claim begins", "[stages][context]") {
    const ContextRow rows[] = {
        {"L'armée malienne a déclaré dimanche avoir réalisé des avancées.", "FAMa", "dimanche avoir", false},
        {"Selon le CSP-PSD, l'armée a été repoussée près de Kidal.", "CSP-PSD", "l'armée a été", false},
        {"Les FAMa ont pris Kidal mardi, a annoncé le gouvernement de transition.", "Mali government",
         "Les FAMa", false},
        {"The Tuareg rebels said they had withdrawn from the town.", "CSP-PSD", "they had", false},
        {"Selon une source sécuritaire, l'armée a frappé.", "", "Selon une source",
         false}, // no speaker named: all of it
        {"Les assaillants auraient utilisé des drones.", "", "Les assaillants", true},
        {"Des combats ont eu lieu samedi près de Kidal.", "", "Des combats", false},
        // "lors d'une attaque": the circumstance of the deaths, with its day, stays in what is told.
        {"Vingt soldats sont morts à Boulkessi lors d'une attaque attribuée aux jihadistes dimanche dernier.",
         "", "Vingt soldats", false},
        // A claim said not to have been made attributes nothing; JNIM by its long name.
        {"In June 2021, 160 people were killed in that attack, which was attributed to Nusrat al-Islam, who "
         "never officially claimed responsibility.",
         "", "In June 2021", false},
        {"Le JNIM n'a jamais revendiqué l'attaque de Solhan.", "", "Le JNIM", false},
        // A named body of another side is that side's: the Niger forces' staff, not Mali's.
        {"Selon l'état-major des forces armées nigériennes, les assaillants ont lancé une attaque surprise.",
         "Niger forces", "les assaillants", false},
        // A side's own name stays itself before another's: the VDP of the army are the VDP.
        {"Selon les VDP de l'armée burkinabè, les assaillants ont été repoussés.", "VDP", "les assaillants",
         false},
        // A closing phrase that opens on its verb names its speaker after it, however long it is; the armed
        // men named before it are what is told, not who tells it.
        {"Des hommes armés ont attaqué un camion, indique un communiqué du ministère de l'Intérieur lu à la "
         "télévision nationale.",
         "", "Des hommes armés", false},
        {"\"Quatorze sont morts dans l'attaque des assaillants\", avait pour sa part affirmé à l'AFP un "
         "habitant.",
         "", "\"Quatorze", false},
        // A closing phrase followed by a clause of its own still closes the sentence: what is claimed comes
        // before it, not after the verb.
        {"Suspected jihadists attacked an army camp in Kayes early Tuesday, the military and residents said, "
         "as "
         "the country battles a rise in assaults.",
         "FAMa", "Suspected jihadists", false},
    };
    for (const ContextRow &row : rows) {
        const Staged staged(row.sentence);
        INFO(row.sentence);
        INFO(staged.context.contentText.toStdString());
        CHECK(staged.context.speaker.faction.toStdString() == row.speakerFaction);
        CHECK(staged.context.contentText.trimmed().startsWith(QString::fromUtf8(row.contentStarts)));
        CHECK(staged.context.reported == row.reported);
        CHECK(staged.context.contentText.size() > 12); // what is claimed is never the reporting words alone
        if (QString::fromUtf8(row.sentence).contains(QStringLiteral("lors d")))
            CHECK(staged.context.contentText.contains(QStringLiteral("dimanche dernier")));
    }
}

TEST_CASE("sentence context: a communiqué's quoted words and a speaker relayed", "[stages][context]") {
    const Staged quoted("Le CSP-PSD affirme : « Ce matin, l'armée a mené des frappes sur nos positions. »");
    REQUIRE(quoted.context.quotes.size() == 1);
    CHECK(quoted.context.quotes.first().start == static_cast<int>(quoted.sentence.text.indexOf(QChar(0xab))));
    kt::NarrativeState story;
    story.context = kt::Speaker{QStringLiteral("HCUA"), QStringLiteral("CSP-PSD")};
    const Staged relayed("Le communiqué ajoute que trois véhicules ont été détruits.", "2023-11-15", story);
    CHECK(relayed.context.speaker.faction == QStringLiteral("CSP-PSD")); // the story's speaker, relayed
}

namespace {

struct TimeRow {
    const char *sentence;
    const char *published;
    const char *ownDate; // "" when the sentence has none
    const char *saidOn;  // ""
};

} // namespace

TEST_CASE("sentence times: the day of a happening and the day of its telling", "[stages][times]") {
    const TimeRow rows[] = {
        {"L'armée a déclaré dimanche avoir repris Anéfis samedi.", "2023-11-15", "2023-11-11", "2023-11-12"},
        {"Des combats ont eu lieu samedi près de Kidal.", "2023-11-15", "2023-11-11", ""},
        {"Images broadcast on Thursday show the camp burning.", "2023-11-18", "", "2023-11-16"},
        {"Le ministère a annoncé jeudi la mort de dix soldats.", "2023-11-18", "", "2023-11-16"},
        {"Le 10/05/2022, des hommes armés ont attaqué Boulkessi.", "2022-06-01", "2022-05-10", ""},
        {"Vingt soldats sont morts à Boulkessi lors d'une attaque attribuée aux jihadistes dimanche dernier.",
         "2022-06-02", "2022-05-29", ""}, // a Thursday's "dimanche dernier"
        // A date written next to "ce matin" says which day it is.
        {"Des attaques simultanées ont eu lieu tôt ce matin 21 juillet 2022 dans les localités de Koro et "
         "Ségou.",
         "2022-07-22", "2022-07-21", ""},
        // The speaker's "hier" is the day named in brackets, not the day before the report.
        {"De violents combats ont eu lieu hier (samedi) soir près de Ouahigouya.", "2023-04-17", "2023-04-15",
         ""},
        // A day that opens the sentence dates what follows it, though a closing phrase that reports goes on
        // in a relative clause.
        {"Dimanche, « une autre attaque a visé le détachement militaire de Kongoussi », indique la même "
         "source, qui fait état de « deux militaires » tués et d'une « vingtaine de terroristes neutralisés "
         "».",
         "2023-04-17", "2023-04-16", ""},
        // A name is not a verb in the future by its ending ("entre Kaniéra et …"): Sunday is the one before.
        {"Les jihadistes, circulant à moto, ont attaqué dimanche plus de 80 camions-citernes entre Kaniéra "
         "et "
         "Lakamané.",
         "2025-09-15", "2025-09-14", ""},
        // The closing report of a sentence that turns to the future is in the past: the Sunday before.
        {"US troops have finished withdrawing from Niamey, and will leave Agadez before a September 15 "
         "deadline, officials from both countries announced on Sunday.",
         "2024-07-09", "", "2024-07-07"},
    };
    for (const TimeRow &row : rows) {
        const Staged staged(row.sentence, row.published);
        INFO(row.sentence);
        CHECK((staged.times.ownDate ? iso(staged.times.ownDate->from).toStdString() : std::string()) ==
              row.ownDate);
        CHECK((staged.times.saidOn ? iso(staged.times.saidOn->from).toStdString() : std::string()) ==
              row.saidOn);
    }
}

TEST_CASE("sentence times: a new statement's day is read from the publication, not the one relayed",
          "[stages][times]") {
    kt::NarrativeState relaying;
    relaying.english = true;
    relaying.day = day("2025-05-24");
    relaying.isReport = true;
    relaying.context = kt::Speaker{QStringLiteral("JNIM"), QStringLiteral("JNIM")};
    relaying.lastInitiator = QStringLiteral("JNIM");
    const Staged again("Last Friday, it said it had seized a base in Sirakorola in southwestern Mali.",
                       "2025-06-02", relaying);
    REQUIRE(again.times.saidOn);
    CHECK(iso(again.times.saidOn->from) == QStringLiteral("2025-05-30"));
}

TEST_CASE("sentence times: quoted words are dated from the day they were said", "[stages][times]") {
    const Staged staged(
        "Dans un communiqué publié mardi, le CSP-PSD affirme : « Ce matin, l'armée a frappé. »",
        "2023-11-16");
    REQUIRE(staged.times.ownDate);
    CHECK(iso(staged.times.ownDate->from) == QStringLiteral("2023-11-14"));

    // A quotation that ends in this sentence, said on a day nobody gives, in a report of the day before
    // publication: its "this morning" is that day's; the words outside the quotation keep the report's day.
    kt::NarrativeState monday;
    monday.day = day("2022-08-15");
    const Staged closing(
        "It came from the platform of Gao, which was handed over to the Malian armed forces this "
        "morning,\u201d the French armed forces said in a statement.",
        "2022-08-16", monday);
    REQUIRE(closing.context.quotes.size() == 1);
    CHECK(closing.context.quotes.first().start == 0);
    REQUIRE(closing.times.ownDate);
    CHECK(iso(closing.times.ownDate->from) == QStringLiteral("2022-08-15"));
    CHECK(closing.context.speaker.faction == QStringLiteral("France"));
    const Staged unquoted("The base was handed over to the Malian armed forces this morning, the army said.",
                          "2022-08-16", monday);
    REQUIRE(unquoted.times.ownDate);
    CHECK(iso(unquoted.times.ownDate->from) == QStringLiteral("2022-08-16"));
}

namespace {

struct PlaceRow {
    const char *sentence;
    const char *location;
    const char *country;
    bool named;
};

} // namespace

TEST_CASE("sentence place: where it happened, never a country, a destination or a dateline",
          "[stages][place]") {
    const PlaceRow rows[] = {
        // A site named in a town is the town's; a town in brackets before the story is its dateline.
        {"Des terroristes ont attaqué le camp Soundiata de Kati.", "Kati", "Mali", true},
        {"(Niamey) Une embuscade a coûté la vie à 23 soldats.", "", "", false},
        {"Des combats ont eu lieu près de Kidal.", "Kidal", "Mali", true},
        {"Un convoi a quitté Anefis en direction de Kidal.", "Anéfis", "Mali", true},
        {"Heavy fighting was reported in Niger on Sunday.", "", "Niger", false},
        {"OUAGADOUGOU: Ten soldiers died on Monday in Djibo.", "Djibo", "Burkina Faso", true},
        {"Des hommes armés ont attaqué le village de Baniaba.", "Baniaba", "", true},
        {"Il a fallu dire la vérité aux familles.", "", "", false}, // "dire", not Diré
        {"Les jihadistes sont arrivés à Diré.", "Diré", "Mali", true},
        // The seat of a government says who, not where.
        {"Les autorités de Ouagadougou sont silencieuses depuis l'attaque de Djibo.", "Djibo", "Burkina Faso",
         true},
        {"Men machine-gunned civilians encouraged by Ouagadougou's ruling junta to dig trenches in Djibo.",
         "Djibo", "Burkina Faso", true},
        // A place named by a direction from it ("au nord de Sakoira"), a region by another spelling.
        {"Une unité a été prise pour cible à environ dix kilomètres au nord de Sakoira.", "Sakoira", "",
         true},
        {"Douze soldats ont été tués dans une embuscade dans la région de Tillabéry.", "Tillabéri", "Niger",
         true},
        // A neighbour's border is not the country the story is in.
        {"Des positions de l'armée sont attaquées dans une région frontalière avec la Mauritanie.", "", "",
         false},
    };
    for (const PlaceRow &row : rows) {
        const Staged staged(row.sentence);
        INFO(row.sentence);
        CHECK(staged.place.location.toStdString() == row.location);
        CHECK(staged.place.country.toStdString() == row.country);
        CHECK(staged.place.named == row.named);
    }
    const Staged situated("Les FAMa ont été repoussées à une quinzaine de kilomètres de Kidal.");
    CHECK(situated.place.placeText == QStringLiteral("à une quinzaine de kilomètres de Kidal"));
    // In English "A" is the article; in French a capital "A" may be "à" written without its accent.
    kt::NarrativeState english;
    english.english = true;
    const Staged article("A Burkinabe rights group counted 136 dead in the village of Karma.", "2023-04-29",
                         english);
    CHECK(article.place.location == QStringLiteral("Karma"));
    const Staged capital("A Dinguiri, des hommes armés ont incendié le marché.", "2023-04-29");
    CHECK(capital.place.location == QStringLiteral("Dinguiri"));
    // Places listed after a place, in a list closed by "and" or "et"; a name after a comma alone is a person.
    const Staged listed("The towns of Nioro, Sandare and Gogui had sustained attacks.", "2025-07-01",
                        english);
    QStringList names;
    for (const kt::SentencePlace::Named &named : listed.place.all)
        names << named.location;
    CHECK(names == QStringList{QStringLiteral("Nioro"), QStringLiteral("Sandare"), QStringLiteral("Gogui")});
    const Staged french("Des postes ont été attaqués à Gao, Tinzagaren et Tabankort.", "2023-11-15");
    CHECK(french.place.all.size() == 3);
    // The area a place lies in is not a place of its own.
    const Staged within(
        "22 civils ont été tués dans une attaque contre le village de Motogatta dans la commune de "
        "Tondikiwindi.",
        "2024-03-22");
    REQUIRE(within.place.all.size() == 1);
    CHECK(within.place.location == QStringLiteral("Motogatta"));
    const Staged person("À Kidal, Ag Ghaly a parlé aux notables et Bilal aux jeunes.", "2023-11-15");
    CHECK(person.place.all.size() == 1);
    kt::NarrativeState story;
    story.lastPlace = QStringLiteral("Gao");
    const Staged carried("Les combats ont repris le lendemain.", "2023-11-15", story);
    CHECK(carried.place.location == QStringLiteral("Gao"));
    CHECK_FALSE(carried.place.named);
}

namespace {

struct RolesRow {
    const char *sentence;
    const char *cue;     // the happening's words
    const char *ordered; // initiator first, comma-separated
};

} // namespace

TEST_CASE("sides and roles: who acts and who is hit", "[stages][sides]") {
    const RolesRow rows[] = {
        {"Le poste a été attaqué par des jihadistes du JNIM.", "attaqué", "JNIM"},
        {"Un convoi de l'armée malienne a été pris dans une embuscade près de Bourem.", "embuscade",
         "Unidentified armed group,FAMa"},
        {"Les FAMa ont attaqué les positions du CSP-PSD.", "attaqué", "FAMa,CSP-PSD"},
        {"An attack on a convoy of the Malian army left ten dead.", "attack",
         "Unidentified armed group,FAMa"},
        {"Des civils ont été tués dans une attaque.", "attaque", "Unidentified armed group,Civilians"},
        {"Chadian peacekeepers came under fire near Aguelhok.", "came under fire",
         "Unidentified armed group,MINUSMA"},
        {"Les casques bleus égyptiens ont été visés par des tirs.", "visés",
         "Unidentified armed group,MINUSMA"},
        // Sides named in the words before the word that tells they died were hit; after it, they acted.
        {"Fin janvier, 22 civils y ont été tués dans une attaque.", "civils y ont été tués",
         "Unidentified armed group,Civilians"},
        {"HRW has said 300 civilians were killed by Malian soldiers.",
         "civilians were killed by Malian soldiers", "FAMa,Civilians"},
        // A group named by its leader; Burkina Faso's militia are its army's auxiliaries.
        {"Fighters loyal to Iyad Ag Ghali attacked the Burkinabe militia in Barsalogho.", "attacked",
         "JNIM,VDP"},
    };
    for (const RolesRow &row : rows) {
        const Staged staged(row.sentence);
        INFO(row.sentence);
        const QString folded = staged.context.folded;
        const int cue = static_cast<int>(staged.sentence.text.indexOf(QString::fromUtf8(row.cue)));
        REQUIRE(cue >= 0);
        const int cueEnd = cue + static_cast<int>(QString::fromUtf8(row.cue).size());
        CHECK(staged.sides.rolesFor(staged.context, cue, cueEnd, true).join(QLatin1Char(',')).toStdString() ==
              row.ordered);
    }
}

namespace {

kt::NarrativeState english() {
    kt::NarrativeState story;
    story.english = true;
    story.documentCountry = QStringLiteral("Mali");
    return story;
}

} // namespace

TEST_CASE("sides: labels by country and speaker, pronouns by the story", "[stages][sides]") {
    kt::NarrativeState burkina;
    burkina.documentCountry = QStringLiteral("Burkina Faso");
    const Staged army("L'armée a repoussé l'attaque.", "2023-04-17", burkina);
    CHECK(army.sides.factions.value(0) == QStringLiteral("Burkina Faso forces"));
    const Staged reported("La Minusma a annoncé qu'elle accélérait son retrait.");
    CHECK(reported.sides.factions == QStringList{QStringLiteral("MINUSMA")}); // "elle": the speaker
    kt::NarrativeState story;
    story.lastInitiator = QStringLiteral("JNIM");
    const Staged they("Ils ont ensuite incendié le marché.", "2023-11-15", story);
    CHECK(they.sides.factions == QStringList{QStringLiteral("JNIM")});
    CHECK(they.sides.usedCoreference);
    // "These men", "les mêmes hommes": the side that acted last.
    for (const char *sentence : {"These men in military garb also burned the market.",
                                 "Les mêmes hommes ont ensuite incendié le marché."}) {
        INFO(sentence);
        const Staged same(sentence, "2023-11-15", story);
        CHECK(same.sides.factions == QStringList{QStringLiteral("JNIM")});
    }
    // Where the pronoun stands says its role: the speaker's positions were hit, by someone unnamed.
    const Staged its("Mali's army said in a statement that seven of its positions in the west had been "
                     "targeted in coordinated attacks.",
                     "2025-07-01", english());
    const int cue = static_cast<int>(its.sentence.text.indexOf(QStringLiteral("attacks")));
    CHECK(its.sides.rolesFor(its.context, cue, cue + 7, true) ==
          QStringList({QStringLiteral("Unidentified armed group"), QStringLiteral("FAMa")}));
    // Villages hit by a side named after them: villagers were hit.
    const Staged villages("Other nearby villages were also targeted on April 20 by these men, killing six.",
                          "2023-04-29", story);
    const int targeted = static_cast<int>(villages.sentence.text.indexOf(QStringLiteral("targeted")));
    CHECK(villages.sides.rolesFor(villages.context, targeted, targeted + 8, true) ==
          QStringList({QStringLiteral("JNIM"), QStringLiteral("Civilians")}));
    // The plural of a reporting verb ("indiquent") makes its subject the speaker, not a side.
    const Staged residents("Plusieurs habitants indiquent avoir entendu des échanges de tirs.");
    REQUIRE(residents.context.attribution.has_value());
    CHECK(residents.context.speaker.faction == QStringLiteral("Civilians"));
    CHECK(residents.sides.factions.isEmpty());
    // A speaker whose side was hit ("came under drone attack …, a spokesperson for the CSP said") is the
    // target, by someone unnamed.
    const auto hit =
        kt::test::extractText("The town came under drone attack again on Sunday, a spokesperson for "
                              "the CSP said.",
                              "2024-08-25", "en");
    REQUIRE(hit.size() == 1);
    CHECK(hit.first().factions ==
          QStringList({QStringLiteral("Unidentified armed group"), QStringLiteral("CSP-PSD")}));
    CHECK(hit.first().claimantFaction == QStringLiteral("CSP-PSD"));
    // "Other" is the catalogue's side for actors not yet mapped, not a word that names one.
    const Staged other("Other nearby villages were also attacked by JNIM.");
    CHECK(other.sides.factions == QStringList{QStringLiteral("JNIM")});
}

namespace {

struct ClassRow {
    const char *sentence;
    const char *kinds; // "event type/sub-event type" of each happening, in order, ";"-separated
};

} // namespace

TEST_CASE("classification: what a clause reports, in ACLED's terms", "[stages][classify]") {
    const ClassRow rows[] = {
        // Soldiers killed by a bomb are its toll.
        {"Two peacekeepers were killed after an improvised bomb exploded.",
         "Explosions/Remote violence/Remote explosive/landmine/IED"},
        // The strike's own words tell no fight besides it.
        {"The town came under drone attack again on Sunday.", "Explosions/Remote violence/Air/drone strike"},
        {"La ville a subi des attaques de drones.", "Explosions/Remote violence/Air/drone strike"},
        {"Les deux camps ont échangé des tirs près de Ber.", "Battles/Armed clash"},
        {"L'aviation a bombardé les positions rebelles.", "Explosions/Remote violence/Air/drone strike"},
        {"Les terroristes ont pilonné le camp.",
         "Explosions/Remote violence/Shelling/artillery/missile attack"},
        {"Un véhicule a sauté sur une mine.", "Explosions/Remote violence/Remote explosive/landmine/IED"},
        {"Ten soldiers came under fire near Gao.", "Battles/Armed clash"},
        {"Des hommes armés ont tué 12 civils dans le village.", "Violence against civilians/Attack"},
        {"Dix soldats et deux civils ont été tués lors d'une attaque.", "Battles/Armed clash"},
        {"Des manifestants ont réclamé le départ des troupes françaises à Gao.",
         "Protests/Peaceful protest;Strategic developments/Other"},
        {"Le Niger observe trois jours de deuil national.", "Strategic developments/Other"},
        {"The junta terminated the military cooperation deal with Washington.",
         "Strategic developments/Other"},
        {"Les militaires ont pris le pouvoir par un coup d'État.", "Strategic developments/Other"},
        {"Dans le cadre de la résolution 2690, la mission se retire.", ""},
        {"In line with the agreement signed in 2015, nothing changes.", ""},
        {"L'armée a indiqué que 37 terroristes auraient été neutralisés.", "Battles/Armed clash"},
        {"Les 49 soldats ont passé la nuit en détention.", ""},
        // Arrests said with a passive verb, in both languages; a decree ("un arrêté") is no arrest.
        {"Les soldats étrangers ont été arrêtés dimanche à l'aéroport.", "Strategic developments/Arrests"},
        {"Three journalists were detained in Niamey.", "Strategic developments/Arrests"},
        {"Un arrêté ministériel a fixé les horaires.", ""},
        // Battles in the plural; a target with an adverb before the verb; civilians murdered.
        {"The town saw heavy battles on Thursday and Friday.", "Battles/Armed clash"},
        {"Other nearby villages were also targeted on the same day.", "Battles/Armed clash"},
        {"Twenty civilians returning from a market were murdered by gunmen.",
         "Violence against civilians/Attack"},
        // A withdrawal said finished is a place left.
        {"US troops have officially finished withdrawing from their base in Niamey.",
         "Strategic developments/Non-violent transfer of territory"},
        {"La Minusma a achevé son retrait du camp de Tessalit.",
         "Strategic developments/Non-violent transfer of territory"},
        // An operation that meets the other side is a battle; one only launched, a strategic development.
        {"The army later launched an operation in which dozens of terrorists were neutralised.",
         "Battles/Armed clash"},
        {"L'armée a lancé une vaste opération dans la région de Ménaka.", "Strategic developments/Other"},
        // The target of a remote attack fought nobody; a target of gunmen did.
        {"The attackers were targeted by air strikes.", "Explosions/Remote violence/Air/drone strike"},
        {"The convoy was targeted by gunmen near Gao.", "Battles/Armed clash"},
        {"Il a fallu un hélicoptère de combat pour les évacuer.", ""},
    };
    for (const ClassRow &row : rows) {
        INFO(row.sentence);
        QStringList kinds;
        for (const kt::Classification &c : kt::EventClassifier::classify(QString::fromUtf8(row.sentence)))
            kinds << c.eventType + QLatin1Char('/') + c.subEventType;
        CHECK(kinds.join(QLatin1Char(';')).toStdString() == row.kinds);
    }
}

TEST_CASE("classification: a toll is not a count", "[stages][classify]") {
    CHECK_FALSE(kt::EventClassifier::measure(QStringLiteral("Dix soldats ont été tués.")));
    CHECK_FALSE(kt::EventClassifier::measure(QStringLiteral("Burkina attack kills 10 soldiers")));
    const auto count =
        kt::EventClassifier::measure(QStringLiteral("Au moins 1 200 Casques bleus doivent partir."));
    REQUIRE(count);
    CHECK(count->value == 1200);
    CHECK(count->unit == QStringLiteral("peacekeepers"));
}

TEST_CASE("event builders: decisions, lists, background and statements", "[stages][builder]") {
    kt::NarrativeState niger;
    niger.documentCountry = QStringLiteral("Niger");
    const Staged mourning("Un deuil national de trois jours a été décrété à partir de mercredi.",
                          "2024-06-26", niger);
    auto built = mourning.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().event.factions.value(0) ==
          QStringLiteral("Niger forces")); // the state of the country
    CHECK(built.first().event.eventType == QStringLiteral("Strategic developments"));

    const Staged listed(
        "Les postes de Ménaka et d'Anderamboukane ont été évacués, respectivement le 4 et le 6 mai.",
        "2022-05-20");
    built = listed.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.location == QStringLiteral("Ménaka"));
    CHECK(iso(built.at(0).event.dateStart) == QStringLiteral("2022-05-04"));
    CHECK(built.at(1).event.location == QStringLiteral("Anderamboukane"));
    CHECK(iso(built.at(1).event.dateStart) == QStringLiteral("2022-05-06"));

    // A state's decision about a group's attack is the state's, the group what it is about.
    kt::NarrativeState burkinaMourning;
    burkinaMourning.documentCountry = QStringLiteral("Burkina Faso");
    const Staged aboutGroup(
        "Un deuil national de soixante-douze heures est observé en mémoire des victimes de "
        "l'attaque perpétrée par des individus armés non identifiés contre la commune de "
        "Seytenga.",
        "2022-06-14", burkinaMourning);
    built = aboutGroup.build();
    REQUIRE_FALSE(built.isEmpty());
    CHECK(built.first().action == QStringLiteral("declared national mourning"));
    CHECK(built.first().event.factions.value(0) == QStringLiteral("Burkina Faso forces"));

    // A relative clause tells its own day and its own sides: the weekend's deaths, the week's decree by the
    // country's authorities (not by the jihadists it is against).
    kt::NarrativeState burkina;
    burkina.documentCountry = QStringLiteral("Burkina Faso");
    const Staged clauses(
        "Dix soldats ont été tués samedi et dimanche lors de deux attaques dans le nord du pays, "
        "qui a décrété cette semaine la mobilisation générale contre les violences djihadistes.",
        "2023-04-19", burkina);
    built = clauses.build();
    REQUIRE(built.size() == 2);
    CHECK(iso(built.at(0).event.dateStart) == QStringLiteral("2023-04-15"));
    CHECK(iso(built.at(0).event.dateEnd) == QStringLiteral("2023-04-16"));
    CHECK(built.at(1).event.eventType == QStringLiteral("Strategic developments"));
    CHECK(iso(built.at(1).event.dateStart) == QStringLiteral("2023-04-17"));
    CHECK(iso(built.at(1).event.dateEnd) == QStringLiteral("2023-04-19"));
    CHECK(built.at(1).event.factions == QStringList{QStringLiteral("Burkina Faso forces")});

    // Two decisions in one sentence are two, each with the day of its clause.
    kt::NarrativeState nigerEnglish;
    nigerEnglish.english = true;
    nigerEnglish.documentCountry = QStringLiteral("Niger");
    const Staged twoDecisions(
        "Niger's military rulers, who came to power in a coup in July 2023, had terminated "
        "the military cooperation deal with Washington in March.",
        "2024-07-09", nigerEnglish);
    built = twoDecisions.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).action == QStringLiteral("seized power"));
    CHECK(iso(built.at(0).event.dateStart) == QStringLiteral("2023-07-01"));
    CHECK(built.at(1).action == QStringLiteral("ended an agreement"));
    CHECK(iso(built.at(1).event.dateStart) == QStringLiteral("2024-03-01"));
    CHECK(iso(built.at(1).event.dateEnd) == QStringLiteral("2024-03-31"));

    // Each place with its day, in turn: two happenings.
    const Staged inTurn("More than 100 soldiers were killed in two attacks in the Tahoua region on May 24 "
                        "and the Dosso region on May 26, security sources said.",
                        "2025-06-02", nigerEnglish);
    built = inTurn.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.location == QStringLiteral("Tahoua"));
    CHECK(iso(built.at(0).event.dateStart) == QStringLiteral("2025-05-24"));
    CHECK(built.at(1).event.location == QStringLiteral("Dosso"));
    CHECK(iso(built.at(1).event.dateStart) == QStringLiteral("2025-05-26"));
    // Two kinds of happening, each with its place and day: each takes the first told after its words.
    const Staged convoy("Le convoi de la Minusma a quitté Gao le 3 mai et est arrivé à Kidal le 5 mai.",
                        "2023-05-10");
    built = convoy.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.location == QStringLiteral("Gao"));
    CHECK(iso(built.at(0).event.dateStart) == QStringLiteral("2023-05-03"));
    CHECK(built.at(1).action == QStringLiteral("arrived in"));
    CHECK(built.at(1).event.location == QStringLiteral("Kidal"));
    CHECK(iso(built.at(1).event.dateStart) == QStringLiteral("2023-05-05"));
    // Happenings told in the plural at places named: one at each. Counted over a month at no place: a
    // summary, not a happening.
    const Staged protests("The announcement came shortly after activists in Gao and the capital, Bamako, "
                          "staged protests demanding the departure of French forces.",
                          "2022-08-16", nigerEnglish);
    built = protests.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.location == QStringLiteral("Gao"));
    CHECK(built.at(1).event.location == QStringLiteral("Bamako"));
    const Staged summary("Jihadists have claimed two major attacks against the Malian army in just the last "
                         "month.",
                         "2025-07-01", nigerEnglish);
    CHECK(summary.build().isEmpty());

    // Governments' decisions: sanctions imposed, ties cut (ambassadors recalled, borders closed), dated by
    // the day they were made known; soldiers "fighting an uprising" are the background.
    kt::NarrativeState mali;
    mali.english = true;
    mali.documentCountry = QStringLiteral("Mali");
    const Staged sanctions(
        "On Sunday, ECOWAS and the West African Economic and Monetary Union (UEMOA) imposed a "
        "series of economic and diplomatic measures against Mali, including border closures.",
        "2022-01-10", mali);
    built = sanctions.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().action == QStringLiteral("imposed sanctions on"));
    CHECK(built.first().event.factions.value(0) == QStringLiteral("ECOWAS"));
    CHECK(iso(built.first().event.dateStart) == QStringLiteral("2022-01-09"));
    const Staged recall(
        "In a statement read on national television on Monday, military regime spokesman Colonel "
        "Abdoulaye Maiga announced the recall of Bamako\u2019s ambassadors to the West African "
        "countries involved and the closure of air and land borders with them.",
        "2022-01-10", mali);
    built = recall.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().action == QStringLiteral("cut ties with"));
    CHECK(iso(built.first().event.dateStart) == QStringLiteral("2022-01-10"));
    CHECK_FALSE(built.first().storyDated); // its day is its own: it tells the day of a lead that gave none
    const Staged engaged("It accused ECOWAS of serving France, which has thousands of soldiers fighting a "
                         "jihadist uprising.",
                         "2022-01-10", mali);
    CHECK(engaged.build().isEmpty());

    // What is told as done before the sentence turns to the future happened; what is due is the rest, at
    // the place named after the turn.
    const Staged doneThenDue("US troops have officially finished withdrawing from their base in Niamey, and "
                             "will leave their other base in Agadez before a September 15 deadline.",
                             "2024-07-09", nigerEnglish);
    built = doneThenDue.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.status == kt::EventStatus::Planned);
    CHECK(built.at(0).event.location == QStringLiteral("Agadez"));
    CHECK(iso(built.at(0).event.dateEnd) == QStringLiteral("2024-09-15"));
    CHECK(built.at(1).event.status == kt::EventStatus::Occurred);
    CHECK(built.at(1).event.location == QStringLiteral("Niamey"));
    CHECK(built.at(1).event.subEventType == QStringLiteral("Non-violent transfer of territory"));
    CHECK(iso(built.at(1).event.dateEnd) <= QStringLiteral("2024-07-09"));

    // Territory taken: regained by a state's force, overtaken by a group (ACLED codebook); "said it had
    // taken": the speaker took it.
    const Staged regained("Les FAMa ont repris le contrôle de la ville de Ber.");
    built = regained.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().event.subEventType == QStringLiteral("Government regains territory"));
    const Staged overtaken("JNIM announced that it had taken total control of the militia headquarters in "
                           "Barsalogho.");
    built = overtaken.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().event.subEventType == QStringLiteral("Non-state actor overtakes territory"));
    CHECK(built.first().event.factions.value(0) == QStringLiteral("JNIM"));

    // A toll given place by place: one event per place counted, its count the fatalities.
    const Staged tolls("Gunmen attacked villages on Thursday, killing six in Dinguiri, two in Ménè and three "
                       "near Kalsaka.",
                       "2023-04-22");
    built = tolls.build();
    REQUIRE(built.size() == 3);
    CHECK(built.at(0).event.location == QStringLiteral("Dinguiri"));
    CHECK(built.at(0).event.fatalities == 6);
    CHECK(built.at(1).event.location == QStringLiteral("Ménè"));
    CHECK(built.at(1).event.fatalities == 2);
    CHECK(built.at(2).event.location == QStringLiteral("Kalsaka"));
    CHECK(built.at(2).event.fatalities == 3);
    CHECK(iso(built.at(2).event.dateStart) == QStringLiteral("2023-04-20"));
    const Staged french(
        "Des hommes armés ont attaqué jeudi deux villages, tuant douze personnes à Tin-Akoff et "
        "cinq à Déou.",
        "2023-04-22");
    built = french.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.fatalities == 12);
    CHECK(built.at(1).event.location == QStringLiteral("Déou"));
    CHECK(built.at(1).event.fatalities == 5);
    // An operation launched to find the attackers is the state's forces', the attackers its target.
    const Staged pursuit("Une opération de ratissage a été lancée pour retrouver les assaillants.",
                         "2025-04-27", niger);
    built = pursuit.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().event.factions ==
          QStringList({QStringLiteral("Niger forces"), QStringLiteral("Unidentified armed group")}));
    const Staged theirs("Le JNIM a lancé une offensive contre les positions de l'armée.", "2025-04-27",
                        niger);
    built = theirs.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().event.factions.value(0) == QStringLiteral("JNIM")); // named before its words
    // "Deux attaques … à Tessit et à Boni": one per place, each with the day.
    const Staged two(
        "Deux attaques imputées à des djihadistes ont eu lieu lundi au Mali à Tessit, dans l'est, et à "
        "Boni, dans le centre du pays.",
        "2022-03-23");
    built = two.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.location == QStringLiteral("Tessit"));
    CHECK(built.at(1).event.location == QStringLiteral("Boni"));
    CHECK(iso(built.at(1).event.dateStart) == QStringLiteral("2022-03-21"));
    // A number no toll can be is no toll (it was converted to int regardless: undefined behaviour).
    const Staged absurd(
        "Gunmen attacked villages on Thursday, killing 77777777777777777777 in Dinguiri and two in "
        "Ménè.",
        "2023-04-22");
    built = absurd.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.fatalities < 0);
    CHECK(built.at(1).event.fatalities == 2);
    // A count on a road is a count at its first town.
    const Staged road("Gunmen attacked villages on Thursday, killing six in Dinguiri and three on the road "
                      "between Ouahigouya and Barga.",
                      "2023-04-22");
    built = road.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(1).event.location == QStringLiteral("Ouahigouya"));
    CHECK(built.at(1).event.fatalities == 3);
    const Staged together("Fighting between the army and jihadists in Djibo and Arbinda left 20 dead.",
                          "2023-04-22");
    CHECK(together.build().size() == 1); // two places, no toll of their own: one event

    const Staged trend("Depuis plusieurs années, le Niger est confronté aux attaques de groupes jihadistes.",
                       "2025-03-23");
    CHECK(trend.build().isEmpty());

    const Staged said("Le porte-parole du gouvernement a déclaré que la situation était sous contrôle.");
    CHECK(said.build().isEmpty()); // only what denies, rejects, condemns or accuses is a statement
    const Staged denied("L'armée malienne a démenti avoir visé des civils.");
    built = denied.build();
    REQUIRE(built.size() == 1);
    CHECK(built.first().action == QStringLiteral("statement"));

    const Staged passing("The withdrawal ends a presence in Niger, where around 650 soldiers were stationed.",
                         "2024-07-09");
    CHECK(passing.build().isEmpty()); // a number in passing is not a count

    // A sentence that opens on what was told ("The incident", "L'attaque") retells it, whatever its verb.
    for (const char *text :
         {"The incident occurred around 10 am when a detachment was attacked near the village.",
          "L'attaque a eu lieu vers 10 heures, quand un détachement a été attaqué."}) {
        const Staged again(text, "2024-06-26");
        built = again.build();
        INFO(text);
        REQUIRE(built.size() == 1);
        CHECK(built.first().retelling);
    }
    // "…, ainsi que celle du village de X": a second attack, there; a transport truck's passengers are
    // civilians.
    kt::NarrativeState banibangou;
    banibangou.lastPlace = QStringLiteral("Banibangou");
    const Staged both(
        "Des assaillants ont attaqué dimanche un camion de transport, ainsi que celle du village de "
        "Tizigourou.",
        "2022-02-22", banibangou);
    built = both.build();
    REQUIRE(built.size() == 2);
    CHECK(built.at(0).event.location == QStringLiteral("Banibangou"));
    CHECK(built.at(0).event.factions.contains(QStringLiteral("Civilians")));
    CHECK(built.at(1).event.location == QStringLiteral("Tizigourou"));
    CHECK(built.at(0).event.dateStart == built.at(1).event.dateStart);
    const Staged fresh("A detachment was attacked near the village around 10 am.", "2024-06-26");
    built = fresh.build();
    REQUIRE(built.size() == 1);
    CHECK_FALSE(built.first().retelling);
}

TEST_CASE("event builders: the confidence rule", "[stages][builder]") {
    using kt::EventBuilder;
    CHECK(EventBuilder::confidence(true, false, false, false, true) == Approx(0.95));
    CHECK(EventBuilder::confidence(false, true, false, false, true) == Approx(0.70));
    CHECK(EventBuilder::confidence(false, true, true, true, false) == Approx(0.40));
    CHECK(EventBuilder::confidence(false, true, true, true, false) > 0.05);
}

namespace {

kt::BuiltEvent happening(const char *type, const char *sub, const char *from, const char *to,
                         QStringList factions, const char *location = "Kidal",
                         const char *action = "fought") {
    kt::BuiltEvent built;
    built.event.eventType = QString::fromLatin1(type);
    built.event.subEventType = QString::fromLatin1(sub);
    built.event.dateStart = day(from);
    built.event.dateEnd = day(to);
    built.event.factions = std::move(factions);
    built.event.location = QString::fromUtf8(location);
    built.action = QString::fromLatin1(action);
    return built;
}

} // namespace

TEST_CASE("merging: one happening told several ways is one event", "[stages][merger]") {
    const QString fama = QStringLiteral("FAMa");
    const QString unnamed = QStringLiteral("Unidentified armed group");
    {
        // A shelling told with no side, then the attack there that morning with its sides: one event. A
        // side-less strike alone stays.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        merger.add(happening("Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-07-22",
                             "2022-07-22", {}, "Kati", "shelled"),
                   0, 0);
        merger.add(happening("Explosions/Remote violence", "Air/drone strike", "2022-07-22", "2022-07-22", {},
                             "Kidal", "struck from the air"),
                   5, 0);
        merger.add(happening("Battles", "Armed clash", "2022-07-22", "2022-07-22",
                             {QStringLiteral("JNIM"), fama}, "Kati"),
                   10, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 2);
        CHECK(events.at(0).location == QStringLiteral("Kidal"));
        CHECK(events.at(1).factions.value(0) == QStringLiteral("JNIM"));
    }
    {
        // The title names the initiator once a later account names it.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        auto first = happening("Battles", "Armed clash", "2022-07-22", "2022-07-22", {unnamed}, "Kati");
        first.event.summary = QStringLiteral("Fighting involving Unidentified armed group · Kati");
        merger.add(first, 0, 0);
        merger.add(happening("Battles", "Armed clash", "2022-07-22", "2022-07-22",
                             {QStringLiteral("JNIM"), fama}, "Kati"),
                   10, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(events.first().summary == QStringLiteral("Fighting involving JNIM · Kati"));
    }
    {
        // ... unless the title names that side already, as the one hit.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        const QString burkina = QStringLiteral("Burkina Faso forces");
        auto first =
            happening("Battles", "Armed clash", "2022-10-24", "2022-10-24", {unnamed, burkina}, "Djibo");
        first.event.summary =
            QStringLiteral("Unidentified armed group and Burkina Faso forces fought · Djibo");
        merger.add(first, 0, 0);
        merger.add(happening("Battles", "Armed clash", "2022-10-24", "2022-10-24", {burkina}, "Djibo"), 10,
                   0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(events.first().summary ==
              QStringLiteral("Unidentified armed group and Burkina Faso forces fought · Djibo"));
    }
    {
        // Residents who heard the fighting are witnesses, no party: their account and the group's claim of
        // the same fight are one event.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        auto heard = happening("Battles", "Armed clash", "2025-06-02", "2025-06-02", {unnamed}, "Tombouctou");
        heard.event.claimantFaction = QStringLiteral("Civilians");
        merger.add(heard, 0, 0);
        auto claimed = happening("Battles", "Armed clash", "2025-06-02", "2025-06-02",
                                 {QStringLiteral("JNIM"), fama}, "Tombouctou");
        claimed.event.claimantFaction = QStringLiteral("JNIM");
        merger.add(claimed, 10, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(events.first().factions.value(0) == QStringLiteral("JNIM"));
    }
    {
        // A headline dated by the story, then the account with its day and its attacker.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        auto headline = happening("Battles", "Armed clash", "2022-10-19", "2022-10-25", {fama}, "");
        headline.storyDated = true;
        merger.add(headline, 0, 0);
        merger.add(happening("Battles", "Armed clash", "2022-10-24", "2022-10-24", {unnamed, fama}, "Djibo"),
                   10, 1);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(iso(events.first().dateStart) == QStringLiteral("2022-10-24"));
        CHECK(events.first().location == QStringLiteral("Djibo"));
        CHECK(events.first().factions.contains(fama));
    }
    {
        // A story-dated attack, then "cette attaque du 11 juin" (its day), then the claim of the weekend
        // after for "l'attaque de Mansila": one attack, on its day, with its claimant.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        auto first = happening("Battles", "Armed clash", "2024-06-12", "2024-06-18", {unnamed}, "Mansila");
        first.storyDated = true;
        merger.add(first, 0, 0);
        auto dated = happening("Battles", "Armed clash", "2024-06-11", "2024-06-11", {unnamed}, "");
        dated.retelling = true;
        merger.add(dated, 10, 1);
        auto claimed = happening("Battles", "Armed clash", "2024-06-15", "2024-06-16",
                                 {QStringLiteral("JNIM"), QStringLiteral("Burkina Faso forces")}, "Mansila");
        claimed.retelling = true;
        claimed.event.claimantFaction = QStringLiteral("JNIM");
        merger.add(claimed, 20, 2);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(iso(events.first().dateStart) == QStringLiteral("2024-06-11"));
        CHECK(events.first().factions.value(0) == QStringLiteral("JNIM"));
        CHECK(events.first().claimantFaction == QStringLiteral("JNIM"));
        // Told again at another place, or before: another attack.
        kt::EventMerger other(QStringLiteral("t"), kt::Gazetteer::bundled());
        other.add(happening("Battles", "Armed clash", "2024-06-11", "2024-06-11", {unnamed}, "Mansila"), 0,
                  0);
        auto elsewhere = claimed;
        elsewhere.event.location = QStringLiteral("Djibo");
        other.add(elsewhere, 10, 1);
        CHECK(other.finish().size() == 2);
    }
    {
        // "L'attaque, perpétrée par l'EIGS": the attacker named later replaces the unidentified one.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        merger.add(happening("Violence against civilians", "Attack", "2025-03-21", "2025-03-21",
                             {unnamed, QStringLiteral("Civilians")}, "Fambita"),
                   0, 0);
        auto retold = happening("Violence against civilians", "Attack", "2025-03-17", "2025-03-23",
                                {QStringLiteral("EIGS"), QStringLiteral("Civilians")}, "");
        retold.retelling = true;
        retold.storyDated = true;
        merger.add(retold, 20, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(events.first().factions.value(0) == QStringLiteral("EIGS"));
    }
    {
        // One attack told in a region, then at a village: the village is where it happened; a place of
        // another region is another happening's.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        merger.add(happening("Battles", "Armed clash", "2024-06-25", "2024-06-25",
                             {QStringLiteral("Niger forces")}, "Tillabéri"),
                   0, 0);
        auto atVillage = happening("Battles", "Armed clash", "2024-06-25", "2024-06-25",
                                   {unnamed, QStringLiteral("Niger forces")}, "Tassia");
        atVillage.retelling = true;
        merger.add(atVillage, 40, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 1);
        CHECK(events.first().location == QStringLiteral("Tassia"));
        kt::EventMerger other(QStringLiteral("t"), kt::Gazetteer::bundled());
        other.add(happening("Battles", "Armed clash", "2024-06-25", "2024-06-25",
                            {QStringLiteral("Niger forces")}, "Tillabéri"),
                  0, 0);
        auto inDiffa = atVillage;
        inDiffa.event.location = QStringLiteral("Diffa");
        other.add(inDiffa, 40, 0);
        CHECK(other.finish().first().location == QStringLiteral("Tillabéri"));
        // A region's name alone, then a village the later account says is in that region ("the village of
        // Tassia in the Tillaberi region"): the region was meant, the village is the place.
        for (const auto &[quote, place] :
             {std::pair{"a detachment was attacked near the village of Tassia in the Tillaberi region",
                        "Tassia"},
              std::pair{"a detachment was attacked near the village of Tassia", "Tillabéri"}}) {
            kt::EventMerger byName(QStringLiteral("t"), kt::Gazetteer::bundled());
            auto inTillaberi = happening("Battles", "Armed clash", "2024-06-25", "2024-06-25",
                                         {QStringLiteral("Niger forces")}, "Tillabéri");
            inTillaberi.event.placeText = QStringLiteral("in Tillaberi");
            byName.add(inTillaberi, 0, 0);
            auto told = atVillage;
            told.event.quote = QString::fromLatin1(quote);
            byName.add(told, 40, 0);
            INFO(quote);
            CHECK(byName.finish().first().location == QString::fromUtf8(place));
        }
        // A region's name alone is its capital town: fighting "in Kidal" and at Tinzaouatène are two; "in the
        // Kidal region" and at Tinzaouatène, one.
        for (const auto &[placeText, count] :
             {std::pair{"in Kidal", 2}, std::pair{"in the Kidal region", 1}}) {
            kt::EventMerger byRegion(QStringLiteral("t"), kt::Gazetteer::bundled());
            auto inKidal = happening("Battles", "Armed clash", "2024-07-26", "2024-07-26", {fama}, "Kidal");
            inKidal.event.placeText = QString::fromLatin1(placeText);
            byRegion.add(inKidal, 0, 0);
            auto atBorder =
                happening("Battles", "Armed clash", "2024-07-26", "2024-07-26", {fama}, "Tinzaouatène");
            atBorder.event.placeText = QStringLiteral("in Tinzaouaten");
            byRegion.add(atBorder, 40, 0);
            INFO(placeText);
            CHECK(byRegion.finish().size() == count);
        }
    }
    {
        // Violence of one kind, one day, one place, sides that fit: one happening, whatever the words; on
        // another day, two.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        merger.add(happening("Battles", "Armed clash", "2023-04-15", "2023-04-15",
                             {unnamed, QStringLiteral("Burkina Faso forces"), QStringLiteral("VDP")},
                             "Ouahigouya", "attacked"),
                   0, 0);
        merger.add(happening("Battles", "Armed clash", "2023-04-15", "2023-04-15",
                             {QStringLiteral("Burkina Faso forces")}, "Ouahigouya", "targeted"),
                   40, 0);
        merger.add(happening("Battles", "Armed clash", "2023-04-16", "2023-04-16",
                             {QStringLiteral("Burkina Faso forces")}, "Ouahigouya", "targeted"),
                   80, 0);
        CHECK(merger.finish().size() == 2);
    }
    {
        // What a claim says happened on or before its day, where the report told one happening of a day in
        // that week, is of that day; at another place it stays on or before.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        merger.add(happening("Violence against civilians", "Attack", "2024-08-24", "2024-08-24",
                             {unnamed, QStringLiteral("Civilians")}, "Barsalogho", "attacked"),
                   0, 0);
        auto claimed = happening("Battles", "Non-state actor overtakes territory", "2024-08-18", "2024-08-24",
                                 {QStringLiteral("JNIM"), QStringLiteral("VDP")}, "Barsalogho", "took");
        claimed.storyDated = true;
        merger.add(claimed, 40, 0);
        auto elsewhere = claimed;
        elsewhere.event.location = QStringLiteral("Djibo");
        merger.add(elsewhere, 80, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 3);
        CHECK(iso(events.at(1).dateStart) == QStringLiteral("2024-08-24"));
        CHECK(events.at(1).precision == kt::TimePrecision::Exact);
        CHECK(iso(events.at(2).dateStart) == QStringLiteral("2024-08-18"));
    }
    {
        // A happening known by its week, then told with its day: the day. Two things due on different days
        // are two deadlines.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        merger.add(happening("Battles", "Armed clash", "2025-02-03", "2025-02-06",
                             {unnamed, QStringLiteral("Niger forces")}, "Bankilaré", "ambushed"),
                   0, 0);
        merger.add(happening("Battles", "Armed clash", "2025-02-03", "2025-02-03",
                             {unnamed, QStringLiteral("Niger forces")}, "Bankilaré", "ambushed"),
                   40, 0);
        auto dueAugust = happening("Strategic developments", "Other", "2024-07-09", "2024-08-31",
                                   {QStringLiteral("European forces")}, "", "due");
        dueAugust.event.status = kt::EventStatus::Planned;
        auto dueSeptember = dueAugust;
        dueSeptember.event.dateEnd = day("2024-09-15");
        merger.add(dueSeptember, 80, 0);
        merger.add(dueAugust, 120, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 3);
        CHECK(iso(events.at(0).dateStart) == QStringLiteral("2025-02-03"));
        CHECK(iso(events.at(0).dateEnd) == QStringLiteral("2025-02-03"));
        CHECK(iso(events.at(2).dateEnd) == QStringLiteral("2024-08-31"));
    }
    {
        // A battle with no side named joins the violence told there on those days, or is left out.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        auto alone = happening("Battles", "Armed clash", "2023-04-15", "2023-04-15", {}, "Ouahigouya");
        alone.sideless = true;
        merger.add(alone, 0, 0);
        CHECK(merger.finish().isEmpty());
    }
    {
        // Two sides' claims of who won stay two events, linked as contradicting.
        kt::EventMerger merger(QStringLiteral("t"), kt::Gazetteer::bundled());
        auto theirs = happening("Battles", "Armed clash", "2023-11-09", "2023-11-09",
                                {QStringLiteral("CSP-PSD"), fama}, "Kidal", "repelled");
        theirs.event.claimantFaction = QStringLiteral("CSP-PSD");
        theirs.winner = QStringLiteral("CSP-PSD");
        auto ours = happening("Battles", "Armed clash", "2023-11-08", "2023-11-10",
                              {fama, QStringLiteral("CSP-PSD")}, "Kidal", "dispersed the positions of");
        ours.event.claimantFaction = fama;
        ours.winner = fama;
        merger.add(theirs, 0, 0);
        merger.add(ours, 50, 0);
        const auto events = merger.finish();
        REQUIRE(events.size() == 2);
        CHECK(events.at(0).contradicts == QList<std::int64_t>{1});
    }
}

TEST_CASE("narrative state: the story's day, place and country carry from sentence to sentence",
          "[stages][narrative]") {
    const auto events = kt::test::extractText("Samedi, des hommes armés ont attaqué le camp de Tessit. Le "
                                              "lendemain, l'armée a riposté par des frappes "
                                              "aériennes. Les combats se sont poursuivis dans la zone.",
                                              "2022-08-10");
    REQUIRE(events.size() >= 2);
    CHECK(iso(events.at(0).dateStart) == QStringLiteral("2022-08-06"));
    CHECK(events.at(0).location == QStringLiteral("Tessit"));
    CHECK(iso(events.at(1).dateStart) == QStringLiteral("2022-08-07")); // "le lendemain" of the story's day
    CHECK(events.at(1).location == QStringLiteral("Tessit"));           // the story's place
    CHECK(events.at(1).factions.value(0) == QStringLiteral("FAMa"));    // "l'armée" in a Malian story
}

TEST_CASE("narrative state: violence told with no side, at places of its own, is the story's violence",
          "[stages][narrative]") {
    const auto events = kt::test::extractText(
        "Suspected jihadists attacked multiple military installations in Mali early Tuesday, the military "
        "said. The towns of Nioro, Sandare and Gogui had sustained attacks.",
        "2025-07-01", "en");
    QStringList places;
    for (const kt::Event &event : events) {
        CHECK(event.factions.value(0) == QStringLiteral("Unidentified armed group"));
        places << event.location;
    }
    CHECK(places == QStringList{QStringLiteral("Nioro"), QStringLiteral("Sandare"), QStringLiteral("Gogui")});
    CHECK(events.value(1).summary.endsWith(QStringLiteral("Sandare")));
    // With no violence told before, a side-less account is left out.
    CHECK(kt::test::extractText("The towns of Nioro, Sandare and Gogui had sustained attacks.", "2025-07-01",
                                "en")
              .isEmpty());
    // Civilians named first are those hit: "these men" are the ones who acted.
    const auto karma = kt::test::extractText(
        "A rights group counted 136 civilians killed on April 20 in the village of Karma in northern Burkina "
        "Faso by men wearing army fatigues. Other nearby villages were also targeted on April 20 by these "
        "men, killing six in Dinguiri.",
        "2023-04-29", "en");
    REQUIRE(karma.size() == 2);
    CHECK(karma.at(1).location == QStringLiteral("Dinguiri"));
    CHECK(karma.at(1).factions ==
          QStringList({QStringLiteral("Burkina Faso forces"), QStringLiteral("Civilians")}));
    CHECK(karma.at(1).eventType == QStringLiteral("Violence against civilians"));
}

TEST_CASE("narrative state: the story goes on from the latest day a sentence tells", "[stages][narrative]") {
    const auto events = kt::test::extractText(
        "Au Mali, après l'attaque du camp de Boulikessi qui a fait plusieurs dizaines de morts dimanche 1er "
        "juin, le Jnim a ciblé quatre sites à Tombouctou ce lundi matin. Peu après 10h, plusieurs habitants "
        "de Tombouctou indiquent avoir entendu des échanges de tirs.",
        "2025-06-02");
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).location == QStringLiteral("Boulikessi"));
    CHECK(iso(events.at(0).dateStart) == QStringLiteral("2025-06-01"));
    for (const kt::Event &event : events) {
        CHECK(event.factions.value(0) == QStringLiteral("JNIM"));          // "le Jnim", as RFI writes it
        CHECK_FALSE(event.factions.contains(QStringLiteral("Civilians"))); // the residents only tell it
    }
    CHECK(events.at(1).location == QStringLiteral("Tombouctou"));
    CHECK(iso(events.at(1).dateStart) == QStringLiteral("2025-06-02"));
}

TEST_CASE("event builders: a day told in an aside does not date the happening around it",
          "[stages][builder]") {
    const auto events = kt::test::extractText(
        "Les habitants de Bamako se sont réveillés ce vendredi 22 juillet 2022 en sursaut. Vers 5 heures, la "
        "ville de Kati, -d'où était partie la mutinerie en août 2020- a été la cible d'une attaque de "
        "jihadistes.",
        "2022-07-22");
    REQUIRE(events.size() == 1);
    CHECK(iso(events.first().dateStart) == QStringLiteral("2022-07-22"));
    // General statements are background, not happenings.
    CHECK(kt::test::extractText("Improvised explosive devices are a weapon of choice for jihadis against "
                                "MINUSMA.",
                                "2022-06-04", "en")
              .isEmpty());
    CHECK(kt::test::extractText("Le Niger est dirigé par des militaires, mais les attaques continuent.",
                                "2024-03-22")
              .isEmpty());
}

TEST_CASE("event builders: a decision told again in a relative clause with its own month",
          "[stages][builder]") {
    const auto events = kt::test::extractText(
        "On September 30, Traore toppled Lieutenant-Colonel Paul-Henri Sandaogo Damiba, who had seized power "
        "only in January, forcing out Burkina's last elected president.",
        "2022-10-25", "en");
    QStringList days;
    for (const kt::Event &event : events)
        days << iso(event.dateStart) + QLatin1Char(' ') + event.subEventType;
    CHECK(days == QStringList({QStringLiteral("2022-09-30 Other"), QStringLiteral("2022-01-01 Other")}));
    // A clause dated by its year only is the story's background.
    CHECK(kt::test::extractText(
              "On Monday the junta, which seized power in 2020, expelled the French ambassador.",
              "2022-01-31", "en")
              .size() == 1);
}

TEST_CASE("event builders: a protest told with violence is a riot", "[stages][builder]") {
    const auto riot = kt::test::extractText(
        "The convoy was blocked by very violent protesters in Tera on Saturday.", "2021-11-27", "en");
    REQUIRE(riot.size() == 1);
    CHECK(riot.first().eventType == QStringLiteral("Riots"));
    CHECK(riot.first().subEventType == QStringLiteral("Violent demonstration"));
    CHECK(riot.first().factions.value(0) == QStringLiteral("Rioters"));
    CHECK(riot.first().summary.startsWith(QStringLiteral("Riot")));
    // A continent is no place; the town a road leads to is where they were going, not where it happened.
    for (const char *text :
         {"The convoy was attacked on Friday. The supply convoy, which arrived in Africa last "
          "week, had crossed Burkina Faso.",
          "The convoy was attacked on Friday. This morning, when they wanted to continue the "
          "road to Niamey, they were stopped by 1,000 demonstrators."}) {
        INFO(text);
        for (const kt::Event &event : kt::test::extractText(text, "2021-11-27", "en")) {
            CHECK(event.location != QStringLiteral("Africa"));
            CHECK(event.location != QStringLiteral("Niamey"));
        }
    }
    // An action whose object is not named ends on its verb, not on a preposition.
    for (const kt::Event &event :
         kt::test::extractText("Juntas have cut ties with Western allies in January 2022. "
                               "French troops arrived last week, the army said.",
                               "2022-08-16", "en")) {
        INFO(event.summary.toStdString());
        CHECK_FALSE(event.summary.endsWith(QStringLiteral(" with")));
        CHECK_FALSE(event.summary.endsWith(QStringLiteral(" in")));
    }
    const auto protest = kt::test::extractText("Des manifestants ont marché samedi à Bamako.", "2022-08-16");
    REQUIRE(protest.size() == 1);
    CHECK(protest.first().subEventType == QStringLiteral("Peaceful protest"));
}

TEST_CASE("narrative state: attacks told the day before, at places named, are the story's",
          "[stages][narrative]") {
    const auto events = kt::test::extractText(
        "Ce vendredi 22 juillet, des jihadistes de la Katibat Macina ont attaqué le camp de Kati. La même "
        "source "
        "évoque des attaques complexes et simultanées, tôt ce matin 21 juillet 2022, dans les localités de "
        "Douentza, Koro et Ségou.",
        "2022-07-22");
    QStringList places;
    for (const kt::Event &event : events) {
        CHECK(event.factions.value(0) == QStringLiteral("JNIM"));
        places << event.location + QLatin1Char(' ') + iso(event.dateStart);
    }
    CHECK(places == QStringList({QStringLiteral("Kati 2022-07-22"), QStringLiteral("Douentza 2022-07-21"),
                                 QStringLiteral("Koro 2022-07-21"), QStringLiteral("Ségou 2022-07-21")}));
}

TEST_CASE("claims: a clause that names its own speaker tells that speaker's version", "[stages][builder]") {
    const auto events =
        kt::test::extractText("Last Friday, JNIM said it had seized a base in Sirakorola, although the "
                              "army said it had repelled the attack.",
                              "2025-06-02", "en");
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).claimantFaction == QStringLiteral("JNIM"));
    CHECK(events.at(0).subEventType == QStringLiteral("Non-state actor overtakes territory"));
    CHECK(events.at(1).claimantFaction == QStringLiteral("FAMa"));
    CHECK(events.at(1).factions == QStringList({QStringLiteral("FAMa"), QStringLiteral("JNIM")}));
    CHECK(events.at(1).summary.startsWith(QStringLiteral("FAMa repelled JNIM")));
    CHECK(events.at(0).contradicts == QList<std::int64_t>{1}); // who won, told two ways
    // Claiming responsibility, in English as in French, makes the speaker the side that acted.
    const auto claimed =
        kt::test::extractText("An Al Qaeda-linked group has claimed responsibility for an attack "
                              "on a military base in Mali on Sunday.",
                              "2025-06-02", "en");
    REQUIRE(claimed.size() == 1);
    CHECK(claimed.first().factions.value(0) == QStringLiteral("JNIM"));
}

TEST_CASE(
    "narrative state: a part of the town's country keeps the story at the town, the whole country does not",
    "[stages][narrative]") {
    const auto kept = kt::test::extractText(
        "In Barsalogho, civilians were digging a trench. On Sunday, a video of the dead circulated in "
        "north-central "
        "Burkina Faso. The previous morning, men on motorcycles machine-gunned these civilians.",
        "2024-08-27", "en");
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().location == QStringLiteral("Barsalogho"));
    CHECK(iso(kept.first().dateStart) == QStringLiteral("2024-08-24"));
    const auto moved =
        kt::test::extractText("Des hommes armés ont attaqué Djibo samedi. Le Burkina Faso est en proie "
                              "aux violences. Le lendemain, des soldats ont été tués dans une "
                              "embuscade.",
                              "2023-04-17");
    REQUIRE(moved.size() == 2);
    CHECK(moved.at(1).location.isEmpty());
}

TEST_CASE("narrative state: the labels of a state's forces follow the country of the place named",
          "[stages][narrative]") {
    // A story about Mali; "the soldiers" killed in Niger's regions are Niger's, not Mali's.
    const auto events = kt::test::extractText("Militants overran a military base in Boulkessi, Mali, on "
                                              "Sunday, killing more than 30 soldiers. And in "
                                              "Niger, more than 100 soldiers were killed in two attacks in "
                                              "the Tahoua region on May 24 and the Dosso "
                                              "region on May 26, security sources said.",
                                              "2025-06-02", "en");
    REQUIRE(events.size() == 3);
    CHECK(events.at(0).factions.contains(QStringLiteral("FAMa")));
    CHECK(events.at(1).location == QStringLiteral("Tahoua"));
    CHECK(events.at(1).factions.contains(QStringLiteral("Niger forces")));
    CHECK(events.at(2).factions.contains(QStringLiteral("Niger forces")));
    CHECK_FALSE(events.at(2).factions.contains(QStringLiteral("FAMa")));
    // A country the sentence says it is in moves them too; one named in passing does not.
    const auto inMali = kt::test::extractText("JNIM claimed attacks in Burkina Faso. On Sunday, militants "
                                              "attacked a military base in Mali, killing "
                                              "more than 30 soldiers.",
                                              "2025-06-02", "en");
    REQUIRE_FALSE(inMali.isEmpty());
    CHECK(inMali.last().factions.contains(QStringLiteral("FAMa")));
    const auto nearMali = kt::test::extractText(
        "Au Niger, des hommes armés ont attaqué dimanche un camion près du Mali, tuant dix soldats.",
        "2022-02-22");
    REQUIRE_FALSE(nearMali.isEmpty());
    CHECK(nearMali.last().factions.contains(QStringLiteral("Niger forces")));
}

TEST_CASE("narrative state: a sentence without a day of its own is at the story's day",
          "[stages][narrative]") {
    using kt::test::Staged;
    struct Row {
        const char *sentence;
        std::optional<kt::Day> storyDay;
        bool isReport;
        const char *from;
        const char *to;
        kt::TimePrecision precision;
    };
    const kt::Day sunday = day("2023-08-13");
    const std::vector<Row> rows{
        // The story told Sunday's attack: what follows is Sunday's, exactly.
        {"Les Casques bleus ont essuyé des tirs lors de leur départ.", sunday, false, "2023-08-13",
         "2023-08-13", kt::TimePrecision::Exact},
        {"Twelve soldiers were killed in the ambush.", sunday, false, "2023-08-13", "2023-08-13",
         kt::TimePrecision::Exact},
        // The story's day is when something was said: what happened did so in the week up to it.
        {"Les Casques bleus ont essuyé des tirs lors de leur départ.", sunday, true, "2023-08-07",
         "2023-08-13", kt::TimePrecision::Week},
        // No day told yet: the week up to the publication.
        {"Les Casques bleus ont essuyé des tirs lors de leur départ.", std::nullopt, false, "2023-08-09",
         "2023-08-15", kt::TimePrecision::Week},
    };
    for (const Row &row : rows) {
        kt::NarrativeState story;
        story.day = row.storyDay;
        story.isReport = row.isReport;
        story.anchor = 0;
        const Staged staged(row.sentence, "2023-08-15", story);
        const auto built = staged.build();
        INFO(row.sentence << (row.isReport ? " (story at a statement)" : ""));
        REQUIRE(built.size() == 1);
        CHECK(iso(built.first().event.dateStart) == QString::fromLatin1(row.from));
        CHECK(iso(built.first().event.dateEnd) == QString::fromLatin1(row.to));
        CHECK(built.first().event.precision == row.precision);
    }
}

namespace {

struct TrackRow {
    std::initializer_list<const char *> factions;
    const char *country;
    const char *day; // nullptr: not yet dated
    const char *track;
};

} // namespace

TEST_CASE("tracks: a story's lane holds its own days, other days go to the country's lane",
          "[stages][builder]") {
    const TrackRow rows[] = {
        {{"FAMa", "CSP-PSD"}, "Mali", "2023-11-14", "Kidal offensive"},
        {{"FAMa"}, "Mali", "2025-07-01", "Mali"},
        {{"JNIM", "FAMa"}, "Mali", "2022-08-07", "Mali"},
        {{"MINUSMA"}, "Mali", "2023-10-21", "MINUSMA withdrawal"},
        {{"MINUSMA"}, "Mali", "2022-03-01", "Mali"}, // a peacekeepers' convoy hit in 2022: no withdrawal yet
        {{"Niger forces"}, "Niger", "2024-06-25", "Niger"},
        {{}, "", "2023-11-01", "Kidal offensive"}, // no country: the default track, on its days
        {{}, "", "2025-01-01", "Mali"},            // and the default track's country on others
        {{"FAMa"}, "Mali", nullptr, "Kidal offensive"},
    };
    for (const TrackRow &row : rows) {
        QStringList factions;
        for (const char *faction : row.factions)
            factions << QString::fromLatin1(faction);
        INFO(factions.join(QLatin1Char(',')).toStdString() << " " << (row.day ? row.day : "undated"));
        const QString country = QString::fromLatin1(row.country);
        const QString track =
            row.day ? kt::Gazetteer::bundled().trackFor(factions, country, day(row.day), day(row.day))
                    : kt::Gazetteer::bundled().trackFor(factions, country);
        CHECK(track.toStdString() == row.track);
    }
    const auto events =
        kt::test::extractText("Les jihadistes ont attaqué le camp de Boulkessi dimanche.", "2025-06-02");
    REQUIRE(events.size() == 1);
    CHECK(events.first().track == QStringLiteral("Mali"));
}
