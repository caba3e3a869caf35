#include "extract/ExtractionRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace kt {

namespace {

constexpr std::array<const char *, ExtractionRules::PatternCount> kPatternKeys{"statement_verbs",
                                                                               "reporting_verbs",
                                                                               "according_to",
                                                                               "conditional",
                                                                               "fatalities",
                                                                               "measure",
                                                                               "measure_gone",
                                                                               "qualifier",
                                                                               "clause_end",
                                                                               "pronoun",
                                                                               "possessive",
                                                                               "first_person",
                                                                               "refers_to_statement",
                                                                               "withdrawal",
                                                                               "feminine_article",
                                                                               "place_prefix",
                                                                               "destination",
                                                                               "passive_agent",
                                                                               "target_of_happening",
                                                                               "casualty",
                                                                               "shown_on",
                                                                               "mention_only",
                                                                               "anaphor",
                                                                               "background",
                                                                               "denial_verbs",
                                                                               "speaker_subject",
                                                                               "target_after",
                                                                               "place_count",
                                                                               "killing",
                                                                               "seat_of_power",
                                                                               "negated_report",
                                                                               "retelling_subject",
                                                                               "seat_of_power_after",
                                                                               "part_of_country",
                                                                               "also_that_of",
                                                                               "border_of",
                                                                               "numbered_happenings",
                                                                               "trailing_clause",
                                                                               "region_before",
                                                                               "region_after",
                                                                               "in_country",
                                                                               "riot_words"};

// The patterns run on folded text (lower case, accents removed), where the letters of French and English
// words are plain ASCII: ASCII word boundaries and \w are enough, and cheaper than Unicode ones.
QRegularExpression compiled(const QString &pattern, const QString &where) {
    QRegularExpression expression(pattern);
    if (!expression.isValid())
        throw std::runtime_error("extraction rules: " + where.toStdString() + ": " +
                                 expression.errorString().toStdString());
    return expression;
}

} // namespace

ExtractionRules::ExtractionRules(const QJsonObject &json) {
    for (const auto &value : json.value(QStringLiteral("happenings")).toArray()) {
        const QJsonObject object = value.toObject();
        Happening happening;
        happening.name = object.value(QStringLiteral("name")).toString();
        QStringList cues;
        for (const auto &cue : object.value(QStringLiteral("cues")).toArray())
            cues << cue.toString();
        happening.cues = CueWords(cues);
        happening.pattern = compiled(object.value(QStringLiteral("pattern")).toString(), happening.name);
        happening.eventType = object.value(QStringLiteral("event_type")).toString();
        happening.subEventType = object.value(QStringLiteral("sub_event_type")).toString();
        happening.status =
            statusFromName(object.value(QStringLiteral("status")).toString()).value_or(EventStatus::Occurred);
        happening.action = object.value(QStringLiteral("action")).toString();
        happening.initiatorWins = object.value(QStringLiteral("initiator_wins")).toBool();
        happening.defaultActor = object.value(QStringLiteral("default_actor")).toString();
        happening.weak = object.value(QStringLiteral("weak")).toBool();
        if (happening.eventType.isEmpty() || happening.subEventType.isEmpty() || happening.action.isEmpty())
            throw std::runtime_error("extraction rules: happening \"" + happening.name.toStdString() +
                                     "\" needs event_type, sub_event_type and action");
        m_happenings << happening;
    }
    for (std::size_t i = 0; i < kPatternKeys.size(); ++i) {
        const QString key = QString::fromLatin1(kPatternKeys.at(i));
        if (!json.value(key).isString())
            throw std::runtime_error("extraction rules: no pattern \"" + key.toStdString() + "\"");
        m_patterns.at(i) = compiled(json.value(key).toString(), key);
    }
    const QJsonObject lastWords = json.value(QStringLiteral("last_words")).toObject();
    for (std::size_t i = 0; i < kPatternKeys.size(); ++i)
        for (const auto &word : lastWords.value(QString::fromLatin1(kPatternKeys.at(i))).toArray())
            m_lastWords.at(i).insert(word.toString());
    const QJsonObject patternCues = json.value(QStringLiteral("pattern_cues")).toObject();
    for (std::size_t i = 0; i < kPatternKeys.size(); ++i) {
        QStringList cues;
        for (const auto &cue : patternCues.value(QString::fromLatin1(kPatternKeys.at(i))).toArray())
            cues << cue.toString();
        if (!cues.isEmpty())
            m_cues.at(i) = CueWords(cues);
    }
    for (const auto &faction : json.value(QStringLiteral("non_state_factions")).toArray())
        m_nonState.insert(faction.toString());
    const QJsonObject titles = json.value(QStringLiteral("titles")).toObject();
    for (auto it = titles.constBegin(); it != titles.constEnd(); ++it) {
        if (!it.value().isArray())
            continue;
        QStringList forms;
        for (const auto &form : it.value().toArray())
            forms << form.toString();
        if (forms.size() != 4)
            throw std::runtime_error("extraction rules: title \"" + it.key().toStdString() +
                                     "\" needs 4 forms");
        m_titles.insert(it.key(), forms);
    }
}

// The word right before `position` (its letters and a closing apostrophe, "d'"), after any spaces, is one
// the pattern can end on.
bool ExtractionRules::mayEndAt(Pattern which, const QString &folded, qsizetype position) const {
    const QSet<QString> &words = m_lastWords.at(which);
    if (words.isEmpty())
        return true;
    qsizetype end = std::min(position, folded.size());
    while (end > 0 && folded.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    if (start > 0 && folded.at(start - 1) == QLatin1Char('\''))
        --start;
    while (start > 0 && folded.at(start - 1).isLetterOrNumber())
        --start;
    return words.contains(folded.mid(start, end - start));
}

QRegularExpressionMatch ExtractionRules::matchBefore(Pattern which, const QString &folded, qsizetype position,
                                                     qsizetype reach) const {
    const qsizetype from = std::max<qsizetype>(0, position - reach);
    if (!mayEndAt(which, folded, position))
        return {}; // no match
    return m_patterns.at(which).match(QStringView(folded).mid(from, position - from));
}

QStringList ExtractionRules::lastWordGaps(const QString &folded) const {
    QStringList gaps;
    for (std::size_t i = 0; i < kPatternKeys.size(); ++i) {
        const auto which = static_cast<Pattern>(i);
        for (qsizetype position = 1; position <= folded.size(); ++position) {
            const qsizetype from = std::max<qsizetype>(0, position - 60);
            if (!mayEndAt(which, folded, position) &&
                m_patterns.at(i).match(QStringView(folded).mid(from, position - from)).hasMatch())
                gaps << QStringLiteral("%1 before \"%2\"")
                            .arg(QString::fromLatin1(kPatternKeys.at(i)), folded.mid(position, 20));
        }
    }
    return gaps;
}

QStringList ExtractionRules::cueGaps(const QString &folded) const {
    const CueWords::Text words(folded);
    QStringList gaps;
    for (std::size_t i = 0; i < kPatternKeys.size(); ++i)
        if (!m_cues.at(i).admit(words) && m_patterns.at(i).match(folded).hasMatch())
            gaps << QString::fromLatin1(kPatternKeys.at(i));
    return gaps;
}

const ExtractionRules &ExtractionRules::bundled() {
    static const ExtractionRules rules = [] {
        QFile file(QStringLiteral(":/data/extraction.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled extraction rules :/data/extraction.json are missing from the resources");
        return ExtractionRules(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return rules;
}

} // namespace kt
