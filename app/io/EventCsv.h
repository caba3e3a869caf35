#pragma once

#include "core/data.h"

#include <QByteArray>
#include <QList>

namespace kt {

// Writes events as an ACLED-format CSV (the 31 columns of an ACLED export, RFC 4180 quoting).
class EventCsv {
public:
    static const QStringList &columns();
    static QByteArray write(const QList<Event> &events, const QList<Document> &documents);
    static QByteArray quote(const QString &field);
};

} // namespace kt
