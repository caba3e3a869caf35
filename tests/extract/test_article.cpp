#include "core/InputError.h"
#include "extract/ArticleReader.h"
#include "extract/Gazetteer.h"
#include "extract/SentenceSplitter.h"

#include <catch2/catch.hpp>

using kt::ArticleReader;

TEST_CASE("an article without a header needs --published", "[article]") {
    CHECK_THROWS_WITH(
        ArticleReader::parse(QStringLiteral("Des combats ont eu lieu samedi."), QStringLiteral("a.txt")),
        Catch::Contains("a.txt:1") && Catch::Contains("published"));
    const auto document = ArticleReader::parse(QStringLiteral("Des combats ont eu lieu samedi."),
                                               QStringLiteral("a.txt"), QDate(2023, 11, 13));
    CHECK(document.published == QDate(2023, 11, 13));
    CHECK(document.language == QStringLiteral("fr"));
}

TEST_CASE("header errors name the file and the line", "[article]") {
    const QString bad =
        QStringLiteral("title: Test\nurl: https://example.org\npublished: 13/11/2023\n\nCorps.");
    CHECK_THROWS_WITH(ArticleReader::parse(bad, QStringLiteral("bad.txt")),
                      Catch::Contains("bad.txt:3: published must be a date"));
    const QString unknown = QStringLiteral("title: Test\nauthor: Moi\n\nCorps.");
    CHECK_THROWS_WITH(ArticleReader::parse(unknown, QStringLiteral("u.txt")),
                      Catch::Contains("u.txt:2: unknown header \"author\""));
    const QString language = QStringLiteral("title: Test\nlanguage: de\npublished: 2023-11-13\n\nText.");
    CHECK_THROWS_WITH(ArticleReader::parse(language, QStringLiteral("l.txt")),
                      Catch::Contains("l.txt:2: language must be fr or en"));
}

TEST_CASE("sentences keep their positions and respect abbreviations and numbers", "[article]") {
    const QString text = QStringLiteral(
        "M. Diop a parlé. Au moins 6.754 soldats sont partis.\nUne nouvelle ligne! «Citation.» Fin");
    const auto sentences = kt::SentenceSplitter::split(text);
    REQUIRE(sentences.size() == 5);
    CHECK(sentences.at(0).text == QStringLiteral("M. Diop a parlé."));
    CHECK(sentences.at(1).text == QStringLiteral("Au moins 6.754 soldats sont partis."));
    CHECK(sentences.at(2).paragraph == 1);
    for (const auto &sentence : sentences)
        CHECK(text.mid(sentence.start, sentence.end - sentence.start) == sentence.text);
}

TEST_CASE("the gazetteer finds the north's towns with or without accents, and short names of the sides",
          "[gazetteer]") {
    const kt::Gazetteer &gazetteer = kt::Gazetteer::bundled();
    const auto placesIn = [&gazetteer](const char *text) {
        QStringList places;
        for (const kt::Mention &mention : gazetteer.find(QString::fromUtf8(text)))
            if (mention.kind == kt::Mention::Kind::Place)
                places << mention.canonical;
        return places;
    };
    const QStringList expected{
        QStringLiteral("Kidal"),      QStringLiteral("Anéfis"),    QStringLiteral("Tessalit"),
        QStringLiteral("Aguelhok"),   QStringLiteral("Ber"),       QStringLiteral("Gao"),
        QStringLiteral("Tombouctou"), QStringLiteral("Ménaka"),    QStringLiteral("Bamako"),
        QStringLiteral("Abeïbara"),   QStringLiteral("Ogossagou"), QStringLiteral("Tabankort")};
    CHECK(placesIn(
              "Kidal, Anéfis, Tessalit, Aguelhok, Ber, Gao, Tombouctou, Ménaka, Bamako, Abeïbara, Ogossagou, "
              "Tabankort") == expected);
    CHECK(placesIn(
              "KIDAL, Anefis, tessalit, Aguel'hoc, Ber, Gao, Timbuktu, Menaka, Bamako, Abeibara, Ogossagou, "
              "Tabankort") == expected);
    CHECK(placesIn("Les berges du fleuve, une bergerie").isEmpty()); // "Ber" is a word, not a prefix

    const auto factionOf = [&gazetteer](const char *text) {
        const auto mentions = gazetteer.find(QString::fromUtf8(text));
        return mentions.isEmpty() ? QString() : mentions.first().faction;
    };
    CHECK(factionOf("les Fama") == QStringLiteral("FAMa"));
    CHECK(factionOf("leurs supplétifs russes") == QStringLiteral("Wagner"));
    CHECK(factionOf("la milice Wagner") == QStringLiteral("Wagner"));
    CHECK(factionOf("l’ex-rébellion touareg") == QStringLiteral("CSP-PSD"));
    CHECK(factionOf("l'armée nationale azawadienne") == QStringLiteral("CSP-PSD"));
    CHECK(factionOf("les rebelles") == QStringLiteral("CSP-PSD"));
    CHECK(factionOf("les Casques bleus") == QStringLiteral("MINUSMA"));
    CHECK(factionOf("the Security Council") == QStringLiteral("UN"));
    CHECK(factionOf("l’armée") == QStringLiteral("FAMa"));
}
