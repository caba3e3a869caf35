#pragma once

// Helpers shared by the libFuzzer targets: the input as text, or as a file for the readers that take one.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace kt::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The input written to a file of this process (in /dev/shm when there is one), overwritten at each run.
inline QString asFile(const std::uint8_t *data, std::size_t size, const char *suffix) {
    static const QString folder =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    const QString path =
        QStringLiteral("%1/kt-fuzz-%2%3").arg(folder).arg(::getpid()).arg(QString::fromLatin1(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    return path;
}

} // namespace kt::fuzz
