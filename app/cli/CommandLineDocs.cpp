// The man page and the bash completion of CommandLine, written from its command and option tables.

#include "cli/CommandLine.h"

namespace kt {

namespace {

// Text for roff: a backslash and a leading dot or quote are escaped; dashes are minus signs.
QString roff(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

QString dashed(const QString &name) {
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString optionsOf(const QString &command) {
    QStringList names{QStringLiteral("--help")};
    for (const OptionSpec &option : CommandLine::options())
        if (option.commands.contains(command))
            for (const QString &name : option.names)
                names << dashed(name);
    return names.join(QLatin1Char(' '));
}

} // namespace

QString CommandLine::manPage(const QString &version) {
    QString page =
        QStringLiteral(
            ".TH KIDAL-TIMELINE 1 \"\" \"kidal-timeline %1\" \"User Commands\"\n"
            ".SH NAME\n"
            "kidal-timeline \\- zoomable timeline of the war in northern Mali from news reports and "
            "conflict datasets\n"
            ".SH SYNOPSIS\n")
            .arg(roff(version));
    for (const CommandSpec &command : commands())
        page +=
            QStringLiteral(".B kidal-timeline%1\n%2%3\n.br\n")
                .arg(command.name.isEmpty() ? QString() : QLatin1Char(' ') + roff(command.name),
                     command.name == QLatin1String("help") ? QString() : QStringLiteral("[\\fIOPTIONS\\fR]"),
                     command.arguments.isEmpty()
                         ? QString()
                         : QStringLiteral(" \\fI%1\\fR").arg(roff(command.arguments)));
    page += QStringLiteral(
        ".SH DESCRIPTION\n"
        "kidal\\-timeline reads news articles in French and English and ACLED or UCDP GED exports, turns "
        "them "
        "into dated events (their sides, ACLED event type, place, the sentence they come from and who claims "
        "them) kept in an SQLite store, and shows them on a timeline that zooms from decades to days. "
        "Without a "
        "command it opens the window.\n"
        ".SH COMMANDS\n");
    for (const CommandSpec &command : commands()) {
        page += QStringLiteral(".TP\n.B %1\n%2\n")
                    .arg(command.name.isEmpty() ? QStringLiteral("(none)") : roff(command.name),
                         roff(command.summary));
        if (command.name != QLatin1String("help"))
            page += QStringLiteral(".br\nOptions: %1\n").arg(roff(optionsOf(command.name)));
    }
    page += QStringLiteral(".SH OPTIONS\n");
    for (const OptionSpec &option : options()) {
        QStringList names;
        for (const QString &name : option.names)
            names << QStringLiteral("\\fB%1\\fR").arg(roff(dashed(name)));
        page +=
            QStringLiteral(".TP\n%1%2\n%3\n")
                .arg(names.join(QStringLiteral(", ")),
                     option.valueName.isEmpty() ? QString()
                                                : QStringLiteral(" \\fI%1\\fR").arg(roff(option.valueName)),
                     roff(option.description));
    }
    page += QStringLiteral(
        ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the usage of the command.\n"
        ".TP\n\\fB\\-\\-version\\fR\nPrint the version.\n"
        ".SH EXIT STATUS\n"
        "0 done; 2 a usage error; 3 bad input (the message names the file and line); 4 a store error (the "
        "store is left as it was).\n"
        ".SH FILES\n"
        ".TP\n.I ~/.local/share/kidal-timeline/events.sqlite\nThe store used without \\fB\\-\\-db\\fR.\n"
        ".TP\n.I ~/.config/kidal-timeline/kidal-timeline.conf\nWhat the window remembers: recent stores, "
        "layout, language, export settings.\n"
        ".SH NOTES\n"
        "ACLED data are used under ACLED's terms of use; UCDP GED data under CC BY 4.0. Dates are days in "
        "UTC.\n");
    return page;
}

QString CommandLine::bashCompletion() {
    QStringList names;
    QString optionCases;
    for (const CommandSpec &command : commands()) {
        if (!command.name.isEmpty())
            names << command.name;
        optionCases += QStringLiteral("    %1) opts=\"%2\" ;;\n")
                           .arg(command.name.isEmpty() ? QStringLiteral("\"\"") : command.name,
                                command.name == QLatin1String("help") ? QString() : optionsOf(command.name));
    }
    QString valueCases;
    QStringList fileOptions;
    QStringList freeOptions;
    for (const OptionSpec &option : options()) {
        if (option.valueName.isEmpty())
            continue;
        QStringList dashedNames;
        for (const QString &name : option.names)
            dashedNames << dashed(name);
        if (!option.choices.isEmpty())
            valueCases += QStringLiteral("    %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); return ;;\n")
                              .arg(dashedNames.join(QLatin1Char('|')), option.choices.join(QLatin1Char(' ')));
        else if (option.files)
            fileOptions += dashedNames;
        else
            freeOptions += dashedNames;
    }
    valueCases += QStringLiteral("    %1) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n")
                      .arg(fileOptions.join(QLatin1Char('|')));
    valueCases += QStringLiteral("    %1) return ;;\n").arg(freeOptions.join(QLatin1Char('|')));
    return QStringLiteral(
               "# bash completion for kidal-timeline, written from its option tables.\n"
               "_kidal_timeline() {\n"
               "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=\"\" opts i\n"
               "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "    case ${COMP_WORDS[i-1]} in %1) continue ;; esac\n"
               "    case ${COMP_WORDS[i]} in -*) ;; *) command=${COMP_WORDS[i]}; break ;; esac\n"
               "  done\n"
               "  case $prev in\n%2  esac\n"
               "  if [[ $command == help ]]; then\n"
               "    COMPREPLY=($(compgen -W \"%3\" -- \"$cur\")); return\n"
               "  fi\n"
               "  case $command in\n%4    *) opts=\"\" ;;\n  esac\n"
               "  if [[ $cur == -* ]]; then\n"
               "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
               "  elif [[ -z $command ]]; then\n"
               "    COMPREPLY=($(compgen -W \"%5\" -- \"$cur\"))\n"
               "  else\n"
               "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "  fi\n"
               "}\n"
               "complete -o filenames -F _kidal_timeline kidal-timeline\n")
        .arg((fileOptions + freeOptions).join(QLatin1Char('|')), valueCases, names.join(QLatin1Char(' ')),
             optionCases, names.join(QLatin1Char(' ')));
}

} // namespace kt
