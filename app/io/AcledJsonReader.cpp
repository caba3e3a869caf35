#include "io/AcledJsonReader.h"

#include "core/InputError.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kt {

namespace {

// The line on which each object of the rows array starts: the array under the top object's "data" key, or
// the top-level array itself.
std::vector<qsizetype> rowLines(const QByteArray &bytes) {
    std::vector<qsizetype> lines;
    qsizetype line = 1;
    int depth = 0;
    int rowsDepth = -1;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    QByteArray lastKey;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = bytes.mid(stringStart, i - stringStart);
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i + 1;
        } else if (c == '{' || c == '[') {
            if (c == '[' && depth == 0)
                rowsDepth = 1;
            else if (c == '[' && depth == 1 && lastKey == "data")
                rowsDepth = 2;
            else if (c == '{' && depth == rowsDepth)
                lines.push_back(line);
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return lines;
}

std::string text(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toStdString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return QString::number(number, 'g', 17).toStdString();
    }
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    default:
        return {};
    }
}

QJsonArray rowsOf(const QJsonDocument &document) {
    if (document.isArray())
        return document.array();
    return document.object().value(QStringLiteral("data")).toArray();
}

} // namespace

bool AcledJsonReader::looksLikeApiAnswer(const QByteArray &bytes) {
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        return document.object().value(QStringLiteral("data")).isArray();
    return document.isArray() && !document.array().isEmpty() &&
           document.array().first().toObject().contains(QStringLiteral("event_date"));
}

AcledJsonReader::AcledJsonReader(const QString &path)
    : m_path(path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    m_size = bytes.size();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull()) {
        const auto line = static_cast<int>(bytes.left(error.offset).count('\n') + 1);
        throw InputError(path, line, QStringLiteral("not JSON: %1").arg(error.errorString()));
    }
    if (document.isObject()) {
        const QJsonObject answer = document.object();
        const QJsonValue status = answer.value(QStringLiteral("status"));
        if (!status.isUndefined() && status.toInt() != 200)
            throw InputError(
                path, 1,
                QStringLiteral("the ACLED API answered with status %1, not data: %2")
                    .arg(status.toInt())
                    .arg(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)).left(300)));
        if (!answer.value(QStringLiteral("data")).isArray())
            throw InputError(path, 1,
                             QStringLiteral("an ACLED API answer has a \"data\" array; this has none"));
    }
    m_rows = rowsOf(document);
    m_lines = rowLines(bytes);
    QList<QString> names;
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).isObject())
            throw InputError(
                path, static_cast<int>(i < static_cast<qsizetype>(m_lines.size()) ? m_lines[i] : 1),
                QStringLiteral("row %1 of \"data\" is not an object of ACLED columns").arg(i + 1));
        for (const QString &key : m_rows.at(i).toObject().keys())
            if (!seen.contains(key)) {
                seen.insert(key);
                names << key;
            }
    }
    std::vector<std::string> utf8Names;
    for (const QString &name : names)
        utf8Names.push_back(name.toStdString());
    std::vector<std::string_view> views(utf8Names.cbegin(), utf8Names.cend());
    m_names.assign(names.cbegin(), names.cend());
    m_interpreter.emplace(AcledColumns(views, path));
    for (const auto &row : std::as_const(m_rows)) {
        const QJsonValue date = row.toObject().value(QStringLiteral("event_date"));
        if (!AcledDate::isNumericDayMonth(text(date).c_str()) || m_interpreter->learnDayOrder(text(date)))
            break;
    }
}

qint64 AcledJsonReader::bytesRead() const {
    return m_rows.isEmpty() ? m_size : m_size * m_next / m_rows.size();
}

AcledSource::Result AcledJsonReader::next(AcledRow &row) {
    if (m_next >= m_rows.size())
        return {Result::End, 0, {}};
    const qsizetype index = m_next++;
    const qsizetype line =
        index < static_cast<qsizetype>(m_lines.size()) ? m_lines[static_cast<std::size_t>(index)] : index + 1;
    const QJsonObject object = m_rows.at(index).toObject();
    m_values.resize(m_names.size());
    m_fields.resize(m_names.size());
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        m_values[i] = text(object.value(m_names[i]));
        m_fields[i] = m_values[i];
    }
    row.line = line;
    const QString problem = m_interpreter->interpret(m_fields, nullptr, row);
    if (!problem.isEmpty())
        return {Result::Bad, line, problem};
    return {Result::Row, line, {}};
}

} // namespace kt
