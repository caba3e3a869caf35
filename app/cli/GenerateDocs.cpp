// Writes kidal-timeline(1) and the bash completion script from the command line's tables:
//   kt_cli_docs VERSION MAN_PAGE COMPLETION

#include "cli/CommandLine.h"

#include <QFile>
#include <QStringList>

#include <cstdio>

namespace {

bool write(const QString &path, const QString &text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "kt_cli_docs: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return file.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc != 4) {
        std::fputs("usage: kt_cli_docs VERSION MAN_PAGE COMPLETION\n", stderr);
        return 2;
    }
    const QString version = QString::fromLocal8Bit(argv[1]);
    return write(QString::fromLocal8Bit(argv[2]), kt::CommandLine::manPage(version)) &&
                   write(QString::fromLocal8Bit(argv[3]), kt::CommandLine::bashCompletion())
               ? 0
               : 1;
}
