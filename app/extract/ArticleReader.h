#pragma once

#include "core/data.h"

#include <QDate>
#include <QString>

namespace kt {

// Reads an article: optional header lines "key: value" (title, url, published as YYYY-MM-DD, language
// fr|en, source), a blank line, then the body. Without a header the whole text is the body.
class ArticleReader {
public:
    // A file longer than this is no article (a news report is tens of kilobytes).
    static constexpr qint64 kMaxBytes = qint64{5} << 20U;
    // Throws InputError (file:line: reason) for a malformed header or an unreadable file.
    static Document readFile(const QString &path, const QDate &publishedOverride = {});
    static Document parse(const QString &text, const QString &path, const QDate &publishedOverride = {});
    // "fr" or "en" from the words of the text.
    static QString guessLanguage(const QString &body);
};

} // namespace kt
