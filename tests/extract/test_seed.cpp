#include "core/DayDate.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"

#include <catch2/catch.hpp>

using kt::Event;

namespace {

const kt::DocumentEvents &seed() {
    static const kt::DocumentEvents extraction = kt::Extractor().extract(
        kt::ArticleReader::readFile(QStringLiteral(":/articles/sahel-intelligence-2023-11-13-kidal.txt")));
    return extraction;
}

QString iso(kt::Day day) {
    return kt::DayDate::toIso(day);
}

} // namespace

TEST_CASE("the seed article's header is read", "[seed]") {
    const kt::Document &document = seed().document;
    CHECK(document.published == QDate(2023, 11, 13));
    CHECK(document.language == QStringLiteral("fr"));
    CHECK(document.source == QStringLiteral("Sahel Intelligence"));
    CHECK(document.url.startsWith(QStringLiteral("https://sahel-intelligence.com/32506-")));
    CHECK(document.body.startsWith(QStringLiteral("L’armée malienne a déclaré dimanche")));
}

TEST_CASE("the seed gives its ten events with dates, sides, claimants and status", "[seed]") {
    const QList<Event> &events = seed().events;
    REQUIRE(events.size() == 10);

    const Event &communique = events.at(0);
    CHECK(iso(communique.dateStart) == QStringLiteral("2023-11-12"));
    CHECK(communique.precision == kt::TimePrecision::Exact);
    CHECK(communique.factions == QStringList{QStringLiteral("FAMa")});
    CHECK(communique.claimantFaction == QStringLiteral("FAMa"));
    CHECK(communique.location == QStringLiteral("Kidal"));

    const Event &operation = events.at(1);
    CHECK(operation.dateEnd < *kt::DayDate::fromIso(QStringLiteral("2023-11-12")));
    CHECK(operation.dateStart < operation.dateEnd);
    CHECK(operation.precision == kt::TimePrecision::Month);
    CHECK(operation.factions.first() == QStringLiteral("FAMa"));

    const Event &dispersal = events.at(2);
    CHECK(dispersal.claimantFaction == QStringLiteral("FAMa"));
    CHECK(dispersal.factions == QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")});
    CHECK(dispersal.dateEnd <= *kt::DayDate::fromIso(QStringLiteral("2023-11-12")));
    CHECK(dispersal.precision != kt::TimePrecision::Exact); // no made-up exact day

    const Event &fighting = events.at(3);
    CHECK(iso(fighting.dateStart) == QStringLiteral("2023-11-11"));
    CHECK(fighting.precision == kt::TimePrecision::Exact);
    CHECK(fighting.subEventType == QStringLiteral("Armed clash"));
    CHECK(fighting.factions == QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")});
    CHECK(fighting.location == QStringLiteral("Kidal"));
    CHECK(fighting.placeText == QStringLiteral("près de Kidal"));

    const Event &line = events.at(4);
    CHECK(line.claimantFaction == QStringLiteral("FAMa"));
    CHECK(line.claimedBy == QStringLiteral("État-major général des armées"));
    CHECK(line.factions == QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-PSD")});
    CHECK(line.actors.contains(QStringLiteral("groupes armés terroristes"))); // the speaker's words, kept

    const Event &repelled = events.at(5);
    CHECK(repelled.claimedBy == QStringLiteral("HCUA"));
    CHECK(repelled.claimantFaction == QStringLiteral("CSP-PSD"));
    CHECK(repelled.factions ==
          QStringList{QStringLiteral("CSP-PSD"), QStringLiteral("FAMa"), QStringLiteral("Wagner")});
    CHECK(repelled.placeText == QStringLiteral("à l’ouest de Kidal"));
    CHECK(repelled.contradicts == QList<std::int64_t>{4});
    CHECK(line.contradicts == QList<std::int64_t>{5});

    const Event &networks = events.at(6);
    CHECK(networks.factions == QStringList{QStringLiteral("CSP-PSD")});
    CHECK(networks.location == QStringLiteral("Kidal"));

    const Event &left = events.at(7);
    CHECK(iso(left.dateStart) == QStringLiteral("2023-10-31"));
    CHECK(left.factions == QStringList{QStringLiteral("MINUSMA")});
    CHECK(left.subEventType == QStringLiteral("Non-violent transfer of territory"));
    CHECK(left.track == QStringLiteral("MINUSMA withdrawal"));

    const Event &measure = events.at(8);
    CHECK(measure.status == kt::EventStatus::Measure);
    CHECK(measure.value == 6754.0);
    CHECK(iso(measure.dateStart) == QStringLiteral("2023-11-13"));
    CHECK(measure.factions == QStringList{QStringLiteral("MINUSMA")});

    const Event &deadline = events.at(9);
    CHECK(deadline.status == kt::EventStatus::Planned);
    CHECK(iso(deadline.dateEnd) == QStringLiteral("2023-12-31"));
    CHECK(deadline.track == QStringLiteral("MINUSMA withdrawal"));

    for (const Event &event : events) {
        INFO(event.summary.toStdString());
        CHECK(event.dateStart <= event.dateEnd);
        CHECK(seed().document.body.mid(event.charStart, event.charEnd - event.charStart) == event.quote);
        CHECK(!event.summary.isEmpty());
    }
    for (int i = 0; i < 7; ++i)
        CHECK(events.at(i).track == QStringLiteral("Kidal offensive"));
}

TEST_CASE("a departure in the past stays an event when the sentence also names a deadline", "[extract]") {
    const kt::Document document = kt::ArticleReader::parse(
        QStringLiteral("title: Essai (texte de test)\npublished: 2023-10-23\nlanguage: fr\n\n"
                       "La Minusma a quitté Tessalit samedi, conformément à son retrait d'ici le 31 décembre "
                       "2023."),
        QStringLiteral("test.txt"));
    const kt::DocumentEvents extraction = kt::Extractor().extract(document);
    REQUIRE(extraction.events.size() == 2);
    const auto left = std::find_if(extraction.events.cbegin(), extraction.events.cend(), [](const Event &e) {
        return e.subEventType == QStringLiteral("Non-violent transfer of territory");
    });
    REQUIRE(left != extraction.events.cend());
    // "samedi" in a past-tense clause is the Saturday before publication, even beside "d'ici".
    CHECK(iso(left->dateStart) == QStringLiteral("2023-10-21"));
    CHECK(left->status == kt::EventStatus::Occurred);
    CHECK(left->location == QStringLiteral("Tessalit"));
    const auto due = std::find_if(extraction.events.cbegin(), extraction.events.cend(),
                                  [](const Event &e) { return e.status == kt::EventStatus::Planned; });
    REQUIRE(due != extraction.events.cend());
    CHECK(iso(due->dateEnd) == QStringLiteral("2023-12-31"));
}
