#pragma once

#include <QDate>
#include <QList>
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

// One command: its name ("" for the window), the arguments it takes after its options, what it does.
struct CommandSpec {
    QString name;
    QString arguments;
    QString summary;
};

// One option and the commands it applies to: what QCommandLineParser parses, and what the help, the man page
// and the bash completion say of it (all made from these tables).
struct OptionSpec {
    QStringList names; // short and long names, without dashes: {"o", "output"}
    QString valueName; // empty for a switch
    QString description;
    QStringList commands; // the commands it applies to; "" is the window
    QStringList choices;  // the values the completion offers, when they are a fixed set
    bool files = false;   // the value is a file (the completion offers files)
};

// The parsed command line (see `kidal-timeline --help`). Each command is parsed by a QCommandLineParser that
// knows every option, so that an option of another command is named as such.
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
    QStringList tracks;
    QString role = QStringLiteral("any"); // --role: any or initiator
    QString claimant;
    bool contested = false;
    int minFatalities = -1;
    QString format; // events: json (default) or csv; export --all-views: png (default), svg or pdf
    QString output;
    QSize size{1600, 900};
    QString title;
    QString lanes = QStringLiteral("track");   // export: track, faction, type or place
    QString bars = QStringLiteral("per-lane"); // export: per-lane or shared
    QString view;                              // export --view: a saved view's name
    QString allViews;                          // export --all-views: the folder for one picture per view
    bool quitAfterFirstPaint = false;
    bool skipBadRows = false;
    qint64 events = -1;   // generate: how many rows
    quint64 seed = 1;     // generate
    bool help = false;    // --help, or `help [COMMAND]`: the usage of `command` (all commands when empty)
    bool version = false; // --version

    static const QList<CommandSpec> &commands();
    static const QList<OptionSpec> &options();
    // Throws UsageError.
    static CommandLine parse(const QStringList &arguments);
    // The usage of every command, or of one command with its options only.
    static QString usage();
    static QString usage(const QString &command);
    // kidal-timeline(1) in roff (man(7) macros) and the bash completion script, from the same tables.
    static QString manPage(const QString &version);
    static QString bashCompletion();
};

} // namespace kt
