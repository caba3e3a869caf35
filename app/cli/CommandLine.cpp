#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <limits>

namespace kt {

namespace {

const QString kWindow;
const QStringList kFiltered{QStringLiteral("events"), QStringLiteral("export")};

QString dashed(const QString &name) {
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString optionLabel(const OptionSpec &option) {
    QStringList names;
    for (const QString &name : option.names)
        names << dashed(name);
    return names.join(QStringLiteral(", ")) +
           (option.valueName.isEmpty() ? QString() : QLatin1Char(' ') + option.valueName);
}

bool appliesTo(const OptionSpec &option, const QString &command) {
    return option.commands.contains(command);
}

const CommandSpec *findCommand(const QString &name) {
    for (const CommandSpec &command : CommandLine::commands())
        if (command.name == name)
            return &command;
    return nullptr;
}

QString commandNames() {
    QStringList names;
    for (const CommandSpec &command : CommandLine::commands())
        if (!command.name.isEmpty())
            names << command.name;
    return names.join(QStringLiteral(", "));
}

QString value(const QCommandLineParser &parser, const OptionSpec &option) {
    return parser.value(option.names.constLast());
}

void readSize(CommandLine &line, const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        throw UsageError(
            QStringLiteral("--size must be WIDTHxHEIGHT in pixels, such as 1600x900, not \"%1\"").arg(text));
    line.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    if (line.size.width() < 400 || line.size.height() < 300 || line.size.width() > 10000 ||
        line.size.height() > 10000)
        throw UsageError(QStringLiteral("--size must be between 400x300 and 10000x10000"));
}

qint64 readCount(const QString &option, const QString &text, qint64 maximum) {
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < 0 || number > maximum)
        throw UsageError(QStringLiteral("%1 must be a whole number%2, not \"%3\"")
                             .arg(option,
                                  maximum < std::numeric_limits<qint64>::max()
                                      ? QStringLiteral(" up to %1").arg(maximum)
                                      : QString(),
                                  text));
    return number;
}

// Words on lines of at most `width` characters, the lines after the first indented by `indent`.
QString wrapped(const QString &text, int width, int indent) {
    QStringList lines{QString()};
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.constLast().isEmpty() && lines.constLast().size() + 1 + word.size() > width)
            lines << QString();
        lines.last() += (lines.constLast().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return lines.join(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
}

void checkChoice(const OptionSpec &option, const QString &text) {
    if (!option.choices.isEmpty() && !option.choices.contains(text)) {
        QStringList quoted = option.choices;
        const QString last = quoted.takeLast();
        throw UsageError(
            QStringLiteral("%1 must be %2 or %3, not \"%4\"")
                .arg(dashed(option.names.constLast()), quoted.join(QStringLiteral(", ")), last, text));
    }
}

// Copies what the parser read into the line, checking each value.
void read(CommandLine &line, const QCommandLineParser &parser) {
    for (const OptionSpec &option : CommandLine::options()) {
        const QString &name = option.names.constLast();
        if (!parser.isSet(name))
            continue;
        if (!appliesTo(option, line.command))
            throw UsageError(
                QStringLiteral("%1 does not apply to %2")
                    .arg(dashed(name), line.command.isEmpty() ? QStringLiteral("the GUI") : line.command));
        const QString text = value(parser, option);
        if (name != QLatin1String("format")) // checked per command in checkArguments
            checkChoice(option, text);
        if (name == QLatin1String("db")) {
            line.db = text;
        } else if (name == QLatin1String("published")) {
            line.published = QDate::fromString(text, Qt::ISODate);
            if (!line.published.isValid())
                throw UsageError(
                    QStringLiteral("--published must be a date YYYY-MM-DD, not \"%1\"").arg(text));
        } else if (name == QLatin1String("faction")) {
            line.factions = parser.values(name);
        } else if (name == QLatin1String("type")) {
            line.types = parser.values(name);
        } else if (name == QLatin1String("place")) {
            line.place = text;
        } else if (name == QLatin1String("from")) {
            line.from = text;
        } else if (name == QLatin1String("to")) {
            line.to = text;
        } else if (name == QLatin1String("search")) {
            line.search = text;
        } else if (name == QLatin1String("track")) {
            line.tracks = parser.values(name);
        } else if (name == QLatin1String("role")) {
            line.role = text;
        } else if (name == QLatin1String("claimant")) {
            line.claimant = text;
        } else if (name == QLatin1String("contested")) {
            line.contested = true;
        } else if (name == QLatin1String("min-fatalities")) {
            line.minFatalities =
                static_cast<int>(readCount(QStringLiteral("--min-fatalities"), text, 1'000'000));
        } else if (name == QLatin1String("format")) {
            line.format = text;
        } else if (name == QLatin1String("output")) {
            line.output = text;
        } else if (name == QLatin1String("size")) {
            readSize(line, text);
        } else if (name == QLatin1String("lanes")) {
            line.lanes = text;
        } else if (name == QLatin1String("bars")) {
            line.bars = text;
        } else if (name == QLatin1String("title")) {
            line.title = text;
        } else if (name == QLatin1String("view")) {
            line.view = text;
        } else if (name == QLatin1String("all-views")) {
            line.allViews = text;
        } else if (name == QLatin1String("skip-bad-rows")) {
            line.skipBadRows = true;
        } else if (name == QLatin1String("events")) {
            line.events = readCount(QStringLiteral("--events"), text, 100'000'000);
        } else if (name == QLatin1String("seed")) {
            line.seed = static_cast<quint64>(
                readCount(QStringLiteral("--seed"), text, std::numeric_limits<qint64>::max()));
        } else if (name == QLatin1String("quit-after-first-paint")) {
            line.quitAfterFirstPaint = true;
        }
    }
}

// A saved view brings its own filters, window and lanes: the options that would say them again are refused
// rather than silently mixed in.
void checkExport(const CommandLine &line) {
    if (!line.view.isEmpty() && !line.allViews.isEmpty())
        throw UsageError(QStringLiteral("--view and --all-views cannot be used together"));
    const bool saved = !line.view.isEmpty() || !line.allViews.isEmpty();
    if (!saved && line.output.isEmpty())
        throw UsageError(QStringLiteral("export needs -o OUT.png, OUT.svg or OUT.pdf (or --all-views DIR)"));
    if (!line.allViews.isEmpty() && !line.output.isEmpty())
        throw UsageError(QStringLiteral("--all-views writes into its folder: leave out -o"));
    if (!line.allViews.isEmpty() && !line.title.isEmpty())
        throw UsageError(QStringLiteral("--all-views draws each view with its own title: leave out --title"));
    if (line.allViews.isEmpty() && !line.format.isEmpty())
        throw UsageError(
            QStringLiteral("--format applies to export --all-views only (-o's extension chooses)"));
    if (!saved)
        return;
    const bool filtered = !line.factions.isEmpty() || !line.types.isEmpty() || !line.place.isEmpty() ||
                          !line.from.isEmpty() || !line.to.isEmpty() || !line.search.isEmpty() ||
                          !line.tracks.isEmpty() || line.role != QLatin1String("any") ||
                          !line.claimant.isEmpty() || line.contested || line.minFatalities >= 0 ||
                          line.lanes != QLatin1String("track") || line.bars != QLatin1String("per-lane");
    if (filtered)
        throw UsageError(
            QStringLiteral("a saved view brings its filters, window, lanes and bars: leave out the "
                           "filter options, --lanes and --bars"));
}

void checkArguments(const CommandLine &line) {
    const QString &command = line.command;
    const auto unexpected = [&line] {
        return UsageError(QStringLiteral("unexpected argument \"%1\"").arg(line.files.constFirst()));
    };
    if (command == QLatin1String("import") && line.files.isEmpty())
        throw UsageError(QStringLiteral("import needs at least one FILE"));
    if (command == QLatin1String("extract") && line.files.size() != 1)
        throw UsageError(QStringLiteral("extract takes exactly one FILE"));
    if ((command.isEmpty() || kFiltered.contains(command) || command == QLatin1String("generate")) &&
        !line.files.isEmpty())
        throw unexpected();
    if (command == QLatin1String("generate") && line.events < 0)
        throw UsageError(QStringLiteral("generate needs --events N"));
    if (command == QLatin1String("generate") && line.output.isEmpty())
        throw UsageError(QStringLiteral("generate needs -o FILE.csv"));
    if (command == QLatin1String("map-actor") && line.files.size() != 2)
        throw UsageError(QStringLiteral("map-actor takes ACTOR and FACTION, such as: map-actor \"Koglweogo "
                                        "Militia\" \"Unidentified armed group\""));
    if (command == QLatin1String("views") && !line.files.isEmpty())
        throw unexpected();
    if (command == QLatin1String("export"))
        checkExport(line);
    // --format's values depend on the command: events writes data, export pictures.
    const bool events = command == QLatin1String("events");
    const QStringList formats =
        events ? QStringList{QStringLiteral("json"), QStringLiteral("csv")}
               : QStringList{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    if (!line.format.isEmpty() && !formats.contains(line.format))
        throw UsageError(QStringLiteral("--format must be %1, not \"%2\"")
                             .arg(events ? QStringLiteral("json or csv") : QStringLiteral("png, svg or pdf"),
                                  line.format));
}

} // namespace

const QList<CommandSpec> &CommandLine::commands() {
    static const QList<CommandSpec> list{
        {kWindow, QString(), QStringLiteral("Open the timeline window on a store.")},
        {QStringLiteral("import"), QStringLiteral("FILE..."),
         QStringLiteral(
             "Store articles (.txt, .md), ACLED exports (CSV, API JSON), UCDP GED CSV and events JSON "
             "in one transaction: all of them or none.")},
        {QStringLiteral("extract"), QStringLiteral("FILE"),
         QStringLiteral("Print the events read from an article as JSON, storing nothing.")},
        {QStringLiteral("events"), QString(),
         QStringLiteral("Print the stored events the filters let through, as JSON or as ACLED CSV.")},
        {QStringLiteral("export"), QString(),
         QStringLiteral("Draw the timeline of the events the filters let through, or of saved views, as PNG, "
                        "SVG or PDF.")},
        {QStringLiteral("views"), QString(),
         QStringLiteral(
             "List the views saved in the store (from the window's View menu): name, window, lanes "
             "and filters.")},
        {QStringLiteral("generate"), QString(),
         QStringLiteral("Write synthetic data in ACLED's CSV format (for benchmarks and tests).")},
        {QStringLiteral("map-actor"), QStringLiteral("ACTOR FACTION"),
         QStringLiteral(
             "Put an actor, as a dataset names it, under a faction: its stored events move, and later "
             "imports map it the same way.")},
        {QStringLiteral("help"), QStringLiteral("[COMMAND]"),
         QStringLiteral("Show the usage of every command, or of one.")},
    };
    return list;
}

const QList<OptionSpec> &CommandLine::options() {
    const QString window;
    const auto option = [](QStringList names, const char *valueName, const char *description,
                           QStringList commands, QStringList choices = {}, bool files = false) {
        return OptionSpec{std::move(names),    QString::fromUtf8(valueName), QString::fromUtf8(description),
                          std::move(commands), std::move(choices),           files};
    };
    static const QList<OptionSpec> list{
        option(
            {QStringLiteral("db")}, "FILE",
            "The store (an SQLite file). Without it: events.sqlite in the user's data folder, made from the "
            "bundled article on first use.",
            {window, QStringLiteral("import"), QStringLiteral("events"), QStringLiteral("export"),
             QStringLiteral("views"), QStringLiteral("map-actor")},
            {}, true),
        option({QStringLiteral("published")}, "DATE",
               "The day the article was published (YYYY-MM-DD), when its header does not say: relative dates "
               "(\"mardi\", \"last week\") are read from it.",
               {QStringLiteral("import"), QStringLiteral("extract")}),
        option(
            {QStringLiteral("skip-bad-rows")}, "",
            "Import the rows that can be read and list those skipped (file:line and why); without it a bad "
            "row rejects the whole import.",
            {QStringLiteral("import")}),
        option({QStringLiteral("faction")}, "NAME",
               "Only events with this faction on any side (repeatable; aliases such as HCUA or \"armée "
               "malienne\" work).",
               kFiltered),
        option({QStringLiteral("type")}, "TYPE",
               "Only events of this ACLED event type or sub-type (repeatable).", kFiltered),
        option({QStringLiteral("place")}, "NAME", "Only events at this place.", kFiltered),
        option({QStringLiteral("from")}, "DATE", "Only events that end on or after this day (YYYY-MM-DD).",
               kFiltered),
        option({QStringLiteral("to")}, "DATE", "Only events that start on or before this day (YYYY-MM-DD).",
               kFiltered),
        option({QStringLiteral("search")}, "TEXT",
               "Only events whose words start with these (accents and case ignored).", kFiltered),
        option(
            {QStringLiteral("track")}, "NAME",
            "Only events of this track (repeatable; ACLED and UCDP tracks are per country: \"ACLED: Mali\").",
            kFiltered),
        option(
            {QStringLiteral("role")}, "ROLE",
            "any (the default): --faction matches any side of an event; initiator: only the side that acted "
            "(ACLED's actor1).",
            kFiltered, {QStringLiteral("any"), QStringLiteral("initiator")}),
        option({QStringLiteral("claimant")}, "TEXT",
               "Only events whose claimant, ACLED source or article outlet contains TEXT (case and accents "
               "ignored).",
               kFiltered),
        option({QStringLiteral("contested")}, "", "Only events that another claim contradicts.", kFiltered),
        option({QStringLiteral("min-fatalities")}, "N",
               "Only events with at least N fatalities (events with no count are left out).", kFiltered),
        option({QStringLiteral("format")}, "FORMAT",
               "events: json (the default) or csv (ACLED's columns); export --all-views: png (the default), "
               "svg or pdf.",
               {QStringLiteral("events"), QStringLiteral("export")},
               {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("png"), QStringLiteral("svg"),
                QStringLiteral("pdf")}),
        option({QStringLiteral("view")}, "NAME",
               "Draw the view saved under NAME (its filters, window, lanes and title; `views` lists them).",
               {QStringLiteral("export")}),
        option({QStringLiteral("all-views")}, "DIR",
               "Draw every saved view into DIR, one file per view named after it.",
               {QStringLiteral("export")}, {}, true),
        option(
            {QStringLiteral("o"), QStringLiteral("output")}, "FILE",
            "Write to FILE: for export its extension (.png, .svg, .pdf) chooses the format; events print to "
            "the terminal without it.",
            {QStringLiteral("events"), QStringLiteral("export"), QStringLiteral("generate")}, {}, true),
        option({QStringLiteral("size")}, "WxH",
               "The picture's size in pixels, from 400x300 to 10000x10000 (default 1600x900).",
               {QStringLiteral("export")}),
        option({QStringLiteral("title")}, "TEXT",
               "The picture's title (default: the tracks drawn and their span).", {QStringLiteral("export")}),
        option({QStringLiteral("lanes")}, "KEY", "One lane per track (the default), faction, type or place.",
               {QStringLiteral("export")},
               {QStringLiteral("track"), QStringLiteral("faction"), QStringLiteral("type"),
                QStringLiteral("place")}),
        option({QStringLiteral("bars")}, "SCALE",
               "When there are too many events to draw one by one: each lane's bars on its own scale "
               "(per-lane, the default) or every lane's on one (shared), to compare lanes.",
               {QStringLiteral("export")}, {QStringLiteral("per-lane"), QStringLiteral("shared")}),
        option({QStringLiteral("events")}, "N", "How many rows to write (up to 100000000).",
               {QStringLiteral("generate")}),
        option({QStringLiteral("seed")}, "S",
               "The seed of the generator (default 1): the same seed writes the same rows.",
               {QStringLiteral("generate")}),
        option({QStringLiteral("quit-after-first-paint")}, "",
               "Close the window once it has drawn (for start-up measurements).", {window}),
    };
    return list;
}

CommandLine CommandLine::parse(const QStringList &arguments) {
    CommandLine line;
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty() && !rest.constFirst().startsWith(QLatin1Char('-'))) {
        line.command = rest.takeFirst();
        if (!findCommand(line.command))
            throw UsageError(
                QStringLiteral("unknown command \"%1\" (commands: %2)").arg(line.command, commandNames()));
    }
    if (line.command == QLatin1String("help")) {
        line.help = true;
        line.command = rest.value(0);
        if (!findCommand(line.command))
            throw UsageError(
                QStringLiteral("unknown command \"%1\" (commands: %2)").arg(line.command, commandNames()));
        return line;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringLiteral("version")));
    for (const OptionSpec &option : options())
        parser.addOption(QCommandLineOption(option.names, option.description, option.valueName));
    if (!parser.parse(QStringList{arguments.value(0)} + rest))
        throw UsageError(parser.errorText());
    line.help = parser.isSet(QStringLiteral("help"));
    line.version = parser.isSet(QStringLiteral("version"));
    if (line.help || line.version)
        return line;
    read(line, parser);
    line.files = parser.positionalArguments();
    checkArguments(line);
    return line;
}

QString CommandLine::usage(const QString &command) {
    const CommandSpec *spec = findCommand(command);
    if (!spec)
        return usage();
    QString text = QStringLiteral("Usage: kidal-timeline%1 [OPTIONS]%2\n%3\n\nOptions:\n")
                       .arg(command.isEmpty() ? QString() : QLatin1Char(' ') + command,
                            spec->arguments.isEmpty() ? QString() : QLatin1Char(' ') + spec->arguments,
                            wrapped(spec->summary, 80, 0));
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &option : options())
        if (appliesTo(option, command))
            rows.append({optionLabel(option), option.description});
    rows.append({QStringLiteral("-h, --help"), QStringLiteral("Show this help.")});
    for (const auto &[label, description] : rows)
        text += QStringLiteral("  %1%2\n").arg(label, -28).arg(wrapped(description, 50, 30));
    return text;
}

QString CommandLine::usage() {
    QString text = QStringLiteral("Usage: kidal-timeline [COMMAND] [OPTIONS] [ARGUMENTS]\n\nCommands:\n");
    for (const CommandSpec &command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg((command.name.isEmpty() ? QStringLiteral("(none)") : command.name) +
                             (command.arguments.isEmpty() ? QString() : QLatin1Char(' ') + command.arguments),
                         -24)
                    .arg(wrapped(command.summary, 54, 26));
    text += QStringLiteral(
        "\n'kidal-timeline help COMMAND' or 'kidal-timeline COMMAND --help' lists a command's options;\n"
        "'kidal-timeline --version' prints the version.\n"
        "Exit status: 0 done, 2 usage error, 3 bad input (the message names file:line), 4 store error.\n");
    return text;
}

} // namespace kt
