#include "cli/CommandLine.h"

#include <QRegularExpression>

namespace kt {

QString CommandLine::usage() {
    return QStringLiteral(
        "Usage:\n"
        "  kidal-timeline [--db FILE] [--quit-after-first-paint]      open the timeline window\n"
        "  kidal-timeline import  [--db FILE] [--published DATE] [--skip-bad-rows] FILE...\n"
        "                         store articles (.txt, .md), ACLED exports (.csv) and events JSON (.json)\n"
        "                         in one transaction; a bad ACLED row rejects the import unless\n"
        "                         --skip-bad-rows, which imports the others and lists the rows skipped\n"
        "  kidal-timeline extract [--published DATE] FILE              print an article's events as JSON\n"
        "  kidal-timeline events  [--db FILE] [FILTERS] [--format json|csv] [-o FILE]\n"
        "  kidal-timeline export  [--db FILE] [FILTERS] -o OUT.png|.svg|.pdf [--size WxH] [--title TEXT]\n"
        "                         [--lanes track|faction|type|place]\n"
        "  kidal-timeline generate --events N [--seed S] -o FILE.csv   synthetic ACLED-format data\n"
        "  kidal-timeline map-actor [--db FILE] ACTOR FACTION\n"
        "                         put an actor (as ACLED names it) under a faction, now and in later "
        "imports\n"
        "\n"
        "FILTERS: --faction NAME (repeatable; aliases such as HCUA or \"armée malienne\" work)\n"
        "         --type TYPE (ACLED event type or sub-type; repeatable) --place NAME\n"
        "         --from YYYY-MM-DD --to YYYY-MM-DD --search TEXT --track NAME\n"
        "\n"
        "Without --db the store is events.sqlite in the user's application data folder, created and\n"
        "filled from the bundled article on first use.\n"
        "Exit status: 0 done, 2 usage error, 3 bad input (the message names file:line), 4 store error.\n");
}

CommandLine CommandLine::parse(const QStringList &arguments) {
    static const QStringList commands{QStringLiteral("import"),   QStringLiteral("extract"),
                                      QStringLiteral("events"),   QStringLiteral("export"),
                                      QStringLiteral("generate"), QStringLiteral("map-actor")};
    CommandLine line;
    qsizetype i = 1;
    if (i < arguments.size() && !arguments.at(i).startsWith(QLatin1Char('-'))) {
        line.command = arguments.at(i);
        if (!commands.contains(line.command))
            throw UsageError(QStringLiteral("unknown command \"%1\" (commands: %2)")
                                 .arg(line.command, commands.join(QStringLiteral(", "))));
        ++i;
    }
    auto value = [&](const QString &option) {
        if (i + 1 >= arguments.size())
            throw UsageError(QStringLiteral("%1 needs a value").arg(option));
        return arguments.at(++i);
    };
    auto allowed = [&](const QString &option, std::initializer_list<const char *> where) {
        for (const char *name : where)
            if (line.command == QLatin1String(name))
                return;
        throw UsageError(QStringLiteral("%1 does not apply to %2")
                             .arg(option, line.command.isEmpty() ? QStringLiteral("the GUI") : line.command));
    };
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            line.help = true;
        } else if (argument == QLatin1String("--db")) {
            allowed(argument, {"", "import", "events", "export", "map-actor"});
            line.db = value(argument);
        } else if (argument == QLatin1String("--published")) {
            allowed(argument, {"import", "extract"});
            const QString text = value(argument);
            line.published = QDate::fromString(text, Qt::ISODate);
            if (!line.published.isValid())
                throw UsageError(
                    QStringLiteral("--published must be a date YYYY-MM-DD, not \"%1\"").arg(text));
        } else if (argument == QLatin1String("--faction")) {
            allowed(argument, {"events", "export"});
            line.factions << value(argument);
        } else if (argument == QLatin1String("--type")) {
            allowed(argument, {"events", "export"});
            line.types << value(argument);
        } else if (argument == QLatin1String("--place")) {
            allowed(argument, {"events", "export"});
            line.place = value(argument);
        } else if (argument == QLatin1String("--from")) {
            allowed(argument, {"events", "export"});
            line.from = value(argument);
        } else if (argument == QLatin1String("--to")) {
            allowed(argument, {"events", "export"});
            line.to = value(argument);
        } else if (argument == QLatin1String("--search")) {
            allowed(argument, {"events", "export"});
            line.search = value(argument);
        } else if (argument == QLatin1String("--track")) {
            allowed(argument, {"events", "export"});
            line.track = value(argument);
        } else if (argument == QLatin1String("--format")) {
            allowed(argument, {"events"});
            line.format = value(argument);
            if (line.format != QLatin1String("json") && line.format != QLatin1String("csv"))
                throw UsageError(QStringLiteral("--format must be json or csv, not \"%1\"").arg(line.format));
        } else if (argument == QLatin1String("-o") || argument == QLatin1String("--output")) {
            allowed(argument, {"events", "export", "generate"});
            line.output = value(argument);
        } else if (argument == QLatin1String("--size")) {
            allowed(argument, {"export"});
            const QString text = value(argument);
            static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto match = pattern.match(text);
            if (!match.hasMatch())
                throw UsageError(
                    QStringLiteral("--size must be WIDTHxHEIGHT in pixels, such as 1600x900, not \"%1\"")
                        .arg(text));
            line.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
            if (line.size.width() < 400 || line.size.height() < 300 || line.size.width() > 10000 ||
                line.size.height() > 10000)
                throw UsageError(QStringLiteral("--size must be between 400x300 and 10000x10000"));
        } else if (argument == QLatin1String("--lanes")) {
            allowed(argument, {"export"});
            line.lanes = value(argument);
            if (line.lanes != QLatin1String("track") && line.lanes != QLatin1String("faction") &&
                line.lanes != QLatin1String("type") && line.lanes != QLatin1String("place"))
                throw UsageError(QStringLiteral("--lanes must be track, faction, type or place, not \"%1\"")
                                     .arg(line.lanes));
        } else if (argument == QLatin1String("--title")) {
            allowed(argument, {"export"});
            line.title = value(argument);
        } else if (argument == QLatin1String("--skip-bad-rows")) {
            allowed(argument, {"import"});
            line.skipBadRows = true;
        } else if (argument == QLatin1String("--events") || argument == QLatin1String("--seed")) {
            allowed(argument, {"generate"});
            const QString text = value(argument);
            bool ok = false;
            const qint64 number = text.toLongLong(&ok);
            if (!ok || number < 0 || (argument == QLatin1String("--events") && number > 100'000'000))
                throw UsageError(QStringLiteral("%1 must be a whole number%2, not \"%3\"")
                                     .arg(argument,
                                          argument == QLatin1String("--events")
                                              ? QStringLiteral(" up to 100000000")
                                              : QString(),
                                          text));
            if (argument == QLatin1String("--events"))
                line.events = number;
            else
                line.seed = static_cast<quint64>(number);
        } else if (argument == QLatin1String("--quit-after-first-paint")) {
            allowed(argument, {""});
            line.quitAfterFirstPaint = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            throw UsageError(QStringLiteral("unknown option %1").arg(argument));
        } else {
            line.files << argument;
        }
    }
    if (line.help)
        return line;
    if (line.command == QLatin1String("import") && line.files.isEmpty())
        throw UsageError(QStringLiteral("import needs at least one FILE"));
    if (line.command == QLatin1String("extract") && line.files.size() != 1)
        throw UsageError(QStringLiteral("extract takes exactly one FILE"));
    if ((line.command.isEmpty() || line.command == QLatin1String("events") ||
         line.command == QLatin1String("export")) &&
        !line.files.isEmpty())
        throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(line.files.first()));
    if (line.command == QLatin1String("generate")) {
        if (line.events < 0)
            throw UsageError(QStringLiteral("generate needs --events N"));
        if (line.output.isEmpty())
            throw UsageError(QStringLiteral("generate needs -o FILE.csv"));
        if (!line.files.isEmpty())
            throw UsageError(QStringLiteral("unexpected argument \"%1\"").arg(line.files.first()));
    }
    if (line.command == QLatin1String("map-actor") && line.files.size() != 2)
        throw UsageError(QStringLiteral("map-actor takes ACTOR and FACTION, such as: map-actor \"Koglweogo "
                                        "Militia\" \"Unidentified armed group\""));
    if (line.command == QLatin1String("export") && line.output.isEmpty())
        throw UsageError(QStringLiteral("export needs -o OUT.png, OUT.svg or OUT.pdf"));
    return line;
}

} // namespace kt
