#include "extract/ArticleReader.h"

#include "core/InputError.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace kt {

namespace {
const QStringList kKeys{QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("published"),
                        QStringLiteral("language"), QStringLiteral("source")};
}

Document ArticleReader::readFile(const QString &path, const QDate &publishedOverride) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    if (file.size() > kMaxBytes)
        throw InputError(path, 1,
                         QStringLiteral("%1 MB is too long for an article (at most %2 MB of text)")
                             .arg(file.size() >> 20U)
                             .arg(kMaxBytes >> 20U));
    const QByteArray bytes = file.readAll();
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        throw InputError(path, static_cast<int>(bytes.left(nul).count('\n') + 1),
                         QStringLiteral("the file is not text (it holds NUL bytes)"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int lineNumber = 1; // name the first line that does not decode
        for (const QByteArray &raw : bytes.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            const QString decoded = lineDecoder.decode(raw); // decode() only decodes when its result is read
            if (lineDecoder.hasError())
                break;
            ++lineNumber;
        }
        throw InputError(
            path, lineNumber,
            QStringLiteral("the text is not valid UTF-8 (saved as Latin-1 or Windows-1252? save it "
                           "as UTF-8)"));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(text, path, publishedOverride);
}

Document ArticleReader::parse(const QString &input, const QString &path, const QDate &publishedOverride) {
    static const QRegularExpression headerLine(QStringLiteral("^([A-Za-z_]+):\\s*(.*)$"));
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    Document document;
    document.kind = QStringLiteral("article");
    document.path = path;

    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype bodyLine = 0;
    const auto first = headerLine.match(lines.value(0));
    if (first.hasMatch() && kKeys.contains(first.captured(1).toLower())) {
        qsizetype i = 0;
        for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
            const auto match = headerLine.match(lines.at(i));
            const int lineNumber = static_cast<int>(i) + 1;
            if (!match.hasMatch())
                throw InputError(
                    path, lineNumber,
                    QStringLiteral("expected a header line \"key: value\" or a blank line before the "
                                   "body, found \"%1\"")
                        .arg(lines.at(i).left(60)));
            const QString key = match.captured(1).toLower();
            const QString value = match.captured(2).trimmed();
            if (key == QLatin1String("title"))
                document.title = value;
            else if (key == QLatin1String("url"))
                document.url = value;
            else if (key == QLatin1String("source"))
                document.source = value;
            else if (key == QLatin1String("language")) {
                if (value != QLatin1String("fr") && value != QLatin1String("en"))
                    throw InputError(path, lineNumber,
                                     QStringLiteral("language must be fr or en, not \"%1\"").arg(value));
                document.language = value;
            } else if (key == QLatin1String("published")) {
                document.published = QDate::fromString(value, Qt::ISODate);
                if (!document.published.isValid() || value.size() != 10)
                    throw InputError(
                        path, lineNumber,
                        QStringLiteral("published must be a date YYYY-MM-DD, not \"%1\"").arg(value));
                if (document.published.year() < 1900 || document.published.year() > 2100)
                    throw InputError(
                        path, lineNumber,
                        QStringLiteral("published %1 is outside the years 1900 to 2100").arg(value));
            } else {
                throw InputError(path, lineNumber,
                                 QStringLiteral("unknown header \"%1\" (known: %2)")
                                     .arg(key, kKeys.join(QStringLiteral(", "))));
            }
        }
        bodyLine = i + 1;
    }
    document.body = lines.mid(bodyLine).join(QLatin1Char('\n')).trimmed();
    if (publishedOverride.isValid())
        document.published = publishedOverride;
    if (document.body.isEmpty())
        throw InputError(path, static_cast<int>(bodyLine) + 1,
                         QStringLiteral("the article has no body text"));
    if (!document.published.isValid())
        throw InputError(path, 1,
                         QStringLiteral("no publication date: add a header line \"published: YYYY-MM-DD\" or "
                                        "pass --published DATE; dates in the text are resolved against it"));
    if (document.language.isEmpty())
        document.language = guessLanguage(document.body);
    if (document.title.isEmpty())
        document.title = document.body.section(QLatin1Char('\n'), 0, 0).left(100);
    return document;
}

QString ArticleReader::guessLanguage(const QString &body) {
    static const QRegularExpression french(
        QStringLiteral("\\b(le|la|les|des|du|et|est|une|dans|que|a été)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression english(QStringLiteral("\\b(the|and|of|was|were|is|in|that|has|have)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    qsizetype fr = 0;
    qsizetype en = 0;
    for (auto it = french.globalMatch(body); it.hasNext(); it.next())
        ++fr;
    for (auto it = english.globalMatch(body); it.hasNext(); it.next())
        ++en;
    return en > fr ? QStringLiteral("en") : QStringLiteral("fr");
}

} // namespace kt
