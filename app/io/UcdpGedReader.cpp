#include "io/UcdpGedReader.h"

#include "core/DayDate.h"
#include "core/InputError.h"

#include <QJsonObject>

#include <algorithm>

namespace kt {

namespace {

constexpr std::array<const char *, 49> kColumns{"id",
                                                "relid",
                                                "year",
                                                "active_year",
                                                "code_status",
                                                "type_of_violence",
                                                "conflict_dset_id",
                                                "conflict_new_id",
                                                "conflict_name",
                                                "dyad_dset_id",
                                                "dyad_new_id",
                                                "dyad_name",
                                                "side_a_dset_id",
                                                "side_a_new_id",
                                                "side_a",
                                                "side_b_dset_id",
                                                "side_b_new_id",
                                                "side_b",
                                                "number_of_sources",
                                                "source_article",
                                                "source_office",
                                                "source_date",
                                                "source_headline",
                                                "source_original",
                                                "where_prec",
                                                "where_coordinates",
                                                "where_description",
                                                "adm_1",
                                                "adm_2",
                                                "latitude",
                                                "longitude",
                                                "geom_wkt",
                                                "priogrid_gid",
                                                "country",
                                                "country_id",
                                                "region",
                                                "event_clarity",
                                                "date_prec",
                                                "date_start",
                                                "date_end",
                                                "deaths_a",
                                                "deaths_b",
                                                "deaths_civilians",
                                                "deaths_unknown",
                                                "best",
                                                "high",
                                                "low",
                                                "gwnoa",
                                                "gwnob"};

// The columns this reader interprets, by name, in the order of UcdpGedReader's Column.
constexpr std::array<const char *, 17> kRequired{"id",
                                                 "side_a",
                                                 "side_b",
                                                 "type_of_violence",
                                                 "date_prec",
                                                 "date_start",
                                                 "date_end",
                                                 "best",
                                                 "country",
                                                 "adm_1",
                                                 "adm_2",
                                                 "latitude",
                                                 "longitude",
                                                 "where_prec",
                                                 "where_coordinates",
                                                 "source_office",
                                                 "source_headline"};

QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size())).trimmed();
}

std::optional<Day> gedDate(const QString &value) {
    return DayDate::fromIso(value.left(10));
}

// "Boni village", "Menaka town": the place, without the word UCDP adds to say what it is.
QString placeName(QString where) {
    for (const char *suffix : {" village", " town", " city", " area", " district", " region", " province"})
        if (where.endsWith(QLatin1String(suffix)))
            return where.left(where.size() - static_cast<qsizetype>(qstrlen(suffix)));
    return where;
}

} // namespace

const std::array<const char *, 49> &UcdpGedReader::columnNames() {
    return kColumns;
}

bool UcdpGedReader::looksLikeGed(const QString &path) {
    try {
        CsvRecordReader records(path);
        if (records.next().kind != CsvRecordReader::Record::Fields)
            return false;
        bool sideA = false;
        bool dateStart = false;
        for (const std::string_view field : records.fields()) {
            sideA = sideA || field == "side_a";
            dateStart = dateStart || field == "date_start";
        }
        if (sideA && dateStart)
            return true;
        return records.fields().size() == kColumns.size() &&
               gedDate(text(records.fields().at(38))).has_value();
    } catch (const InputError &) {
        return false;
    }
}

UcdpGedReader::UcdpGedReader(const QString &path)
    : m_records(path) {
    const CsvRecordReader::Record header = m_records.next();
    if (header.kind != CsvRecordReader::Record::Fields)
        throw InputError(path, 1, QStringLiteral("the file is empty or its first row cannot be read"));
    for (const std::string_view name : m_records.fields())
        m_names.push_back(text(name));
    m_columns.fill(-1);
    const auto find = [this] {
        for (std::size_t column = 0; column < kRequired.size(); ++column)
            for (std::size_t i = 0; i < m_names.size(); ++i)
                if (m_names[i] == QLatin1String(kRequired.at(column)) && m_columns.at(column) < 0)
                    m_columns.at(column) = static_cast<int>(i);
    };
    find();
    if (m_columns.at(Id) < 0 && m_names.size() == kColumns.size() && gedDate(m_names.at(38))) {
        // A release published without a header row: its first row is an event, its columns GED's.
        m_hadHeader = false;
        m_pendingFirst = true;
        m_names.clear();
        for (const char *name : kColumns)
            m_names.push_back(QString::fromLatin1(name));
        find();
    }
    QStringList missing;
    for (std::size_t column = 0; column < kRequired.size(); ++column)
        if (m_columns.at(column) < 0 && column < kFirstOptional)
            missing << QString::fromLatin1(kRequired.at(column));
    if (!missing.isEmpty())
        throw InputError(path, 1,
                         QStringLiteral("not a UCDP GED file: the header has no %1 column")
                             .arg(missing.join(QStringLiteral(", "))));
}

QString UcdpGedReader::field(std::size_t fileColumn) const {
    return text(m_records.fields().at(fileColumn));
}

UcdpGedReader::Result UcdpGedReader::next(Event &event, QString &sideA, QString &sideB) {
    qsizetype line = 1;
    if (m_pendingFirst) {
        m_pendingFirst = false;
    } else {
        const CsvRecordReader::Record record = m_records.next();
        if (record.kind == CsvRecordReader::Record::End)
            return {Result::End, record.line, {}};
        if (record.kind == CsvRecordReader::Record::Bad)
            return {Result::Bad, record.line, record.reason};
        line = record.line;
    }
    if (m_records.fields().size() != m_names.size())
        return {Result::Bad, line,
                QStringLiteral("%1 fields where the header has %2 columns")
                    .arg(m_records.fields().size())
                    .arg(m_names.size())};
    event = Event();
    const QString problem = interpret(event, sideA, sideB);
    if (!problem.isEmpty())
        return {Result::Bad, line, problem};
    return {Result::Row, line, {}};
}

QString UcdpGedReader::interpret(Event &event, QString &sideA, QString &sideB) const {
    const auto value = [this](Column column) {
        return m_columns.at(column) < 0 ? QString() : field(static_cast<std::size_t>(m_columns.at(column)));
    };
    const QString id = value(Id);
    if (id.isEmpty())
        return QStringLiteral("id is empty");
    const auto start = gedDate(value(DateStart));
    const auto end = gedDate(value(DateEnd));
    if (!start || !end)
        return QStringLiteral("date_start \"%1\" and date_end \"%2\" must be dates YYYY-MM-DD")
            .arg(value(DateStart), value(DateEnd));
    if (*end < *start)
        return QStringLiteral("date_end %1 is before date_start %2").arg(value(DateEnd), value(DateStart));
    bool ok = false;
    const int precision = value(DatePrec).toInt(&ok);
    if (!ok || precision < 1 || precision > 5)
        return QStringLiteral("date_prec \"%1\" is not 1 to 5").arg(value(DatePrec));
    const int violence = value(TypeOfViolence).toInt(&ok);
    if (!ok || violence < 1 || violence > 3)
        return QStringLiteral("type_of_violence \"%1\" is not 1, 2 or 3").arg(value(TypeOfViolence));
    const qint64 best = value(Best).isEmpty() ? -1 : value(Best).toLongLong(&ok);
    if (!value(Best).isEmpty() && (!ok || best < 0 || best > 1'000'000))
        return QStringLiteral("best \"%1\" is not a number of deaths").arg(value(Best));
    for (const auto &[column, limit] : {std::pair{Latitude, 90.0}, std::pair{Longitude, 180.0}}) {
        const double number = value(column).toDouble(&ok);
        if (!value(column).isEmpty() && (!ok || number < -limit || number > limit))
            return QStringLiteral("%1 \"%2\" is not a coordinate")
                .arg(QLatin1String(kRequired.at(column)), value(column));
    }
    event.uid = QStringLiteral("UCDP-GED:") + id;
    event.dateStart = *start;
    event.dateEnd = *end;
    event.precision = precision == 1 && *start == *end ? TimePrecision::Exact
                      : precision <= 3                 ? TimePrecision::Week
                                                       : TimePrecision::Month;
    event.eventType =
        violence == 3 ? QStringLiteral("Violence against civilians") : QStringLiteral("Battles");
    event.subEventType = violence == 3 ? QStringLiteral("Attack") : QStringLiteral("Armed clash");
    sideA = value(SideA);
    sideB = value(SideB);
    event.actors = QStringList{sideA, sideB};
    event.actors.removeAll(QString());
    event.fatalities = static_cast<int>(best);
    event.placeText = value(WhereCoordinates);
    event.location = placeName(event.placeText);
    event.notes = value(SourceHeadline);
    event.acled.country = value(Country);
    event.acled.admin1 = value(Adm1);
    event.acled.admin2 = value(Adm2);
    event.acled.latitude = value(Latitude);
    event.acled.longitude = value(Longitude);
    event.acled.geoPrecision = value(WherePrec);
    event.acled.source = value(SourceOffice);
    event.acled.actor1 = sideA;
    event.acled.actor2 = sideB;
    event.track = event.acled.country.isEmpty() ? QStringLiteral("UCDP")
                                                : QStringLiteral("UCDP: ") + event.acled.country;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const bool interpreted =
            std::find(m_columns.cbegin(), m_columns.cend(), static_cast<int>(i)) != m_columns.cend();
        if (!interpreted || m_names[i] == QLatin1String("date_prec") ||
            m_names[i] == QLatin1String("type_of_violence"))
            if (const QString text = field(i); !text.isEmpty())
                event.extra.insert(m_names[i], text);
    }
    return {};
}

} // namespace kt
