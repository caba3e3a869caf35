#include "core/DayDate.h"
#include "core/TextNormalizer.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "io/EventJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

// The test articles in fixtures/articles, each with the events a careful reader takes from it
// (NAME.expected.json): the extractor must give exactly as many events, in text order, and agree on every
// field the expectation names.

namespace {

QJsonObject readExpected(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QString show(const QJsonValue &value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

TEST_CASE("the test articles give the events a careful reader takes from them", "[articles]") {
    const QDir directory(QStringLiteral(KT_FIXTURES "/articles"));
    const QStringList articles = directory.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    REQUIRE(articles.size() >= 8);
    const kt::Extractor extractor;
    for (const QString &name : articles) {
        const QString path = directory.filePath(name);
        const kt::Document document = kt::ArticleReader::readFile(path);
        const kt::DocumentEvents extraction = extractor.extract(document);
        const QJsonArray expected =
            readExpected(QString(path).replace(QLatin1String(".txt"), QLatin1String(".expected.json")))
                .value(QStringLiteral("events"))
                .toArray();

        QStringList got;
        for (const kt::Event &event : extraction.events)
            got << QStringLiteral("%1 | %2 %3–%4 | %5")
                       .arg(event.subEventType, kt::statusName(event.status),
                            kt::DayDate::toIso(event.dateStart), kt::DayDate::toIso(event.dateEnd),
                            event.summary);
        INFO(name.toStdString() << " gave:\n  " << got.join(QStringLiteral("\n  ")).toStdString());
        CHECK(extraction.events.size() == expected.size());
        const qsizetype common = std::min<qsizetype>(extraction.events.size(), expected.size());
        for (qsizetype i = 0; i < common; ++i) {
            const kt::Event &event = extraction.events.at(i);
            QJsonObject actual = kt::EventJson::toJson(event);
            const QJsonObject want = expected.at(i).toObject();
            for (auto field = want.begin(); field != want.end(); ++field) {
                INFO("event " << i << " (" << event.quote.toStdString() << ") field "
                              << field.key().toStdString() << ": expected "
                              << show(field.value()).toStdString() << ", got "
                              << show(actual.value(field.key())).toStdString());
                CHECK(actual.value(field.key()) == field.value());
            }
            CHECK(document.body.mid(event.charStart, event.charEnd - event.charStart) == event.quote);
            CHECK(event.dateStart <= event.dateEnd);
        }
    }
}

TEST_CASE("the test articles together use every kind of date expression the extractor must read",
          "[articles]") {
    const QDir directory(QStringLiteral(KT_FIXTURES "/articles"));
    QString bodies;
    for (const QString &name : directory.entryList({QStringLiteral("*.txt")}, QDir::Files))
        bodies += kt::TextNormalizer::fold(kt::ArticleReader::readFile(directory.filePath(name)).body) +
                  QLatin1Char('\n');
    for (const char *expression : {"dimanche",
                                   "ce jeudi soir",
                                   "mardi dernier",
                                   "dans la nuit de samedi à dimanche",
                                   "on Friday",
                                   "le 31 octobre dernier",
                                   "le 5 septembre",
                                   "ce vendredi 13 octobre",
                                   "31 décembre 2023",
                                   "Dec. 31, 2023",
                                   "on 1 July",
                                   "as of 30 June",
                                   "il y a dix jours",
                                   "il y a un peu plus de deux semaines",
                                   "depuis quelques jours",
                                   "depuis le mois de septembre",
                                   "récemment",
                                   "jusqu'à présent",
                                   "à la date de mardi dernier",
                                   "hier",
                                   "la veille",
                                   "le lendemain",
                                   "d'ici le 31 décembre 2023",
                                   "d'ici la fin de l'année",
                                   "au plus tard le 15 novembre",
                                   "ce mardi 14 ou mercredi 15 novembre",
                                   "by Dec. 31, 2023",
                                   "après le 1er janvier"}) {
        INFO(expression);
        CHECK(bodies.contains(kt::TextNormalizer::fold(QString::fromUtf8(expression))));
    }
}
