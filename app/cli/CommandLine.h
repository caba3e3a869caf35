#pragma once

#include "core/Filter.h"

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace kt {

// A command line that does not follow the usage; the message says what is wrong.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()) {}
};

// The parsed command line (see `kidal-timeline --help`).
struct CommandLine {
    QString command; // empty: open the GUI
    QString db;
    QDate published;
    QStringList files;
    QStringList factions; // as typed; resolved through the faction aliases later
    QStringList types;
    QString place;
    QString from;
    QString to;
    QString search;
    QString track;
    QString format = QStringLiteral("json");
    QString output;
    QSize size{1600, 900};
    QString title;
    QString lanes = QStringLiteral("track"); // export: track, faction or type
    bool quitAfterFirstPaint = false;
    bool skipBadRows = false;
    qint64 events = -1; // generate: how many rows
    quint64 seed = 1;   // generate
    bool help = false;

    // Throws UsageError.
    static CommandLine parse(const QStringList &arguments);
    static QString usage();
};

} // namespace kt
