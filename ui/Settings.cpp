#include "ui/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace kt {

namespace {
const QString kRecent = QStringLiteral("stores/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLaneMode = QStringLiteral("view/laneMode");
const QString kLanguage = QStringLiteral("view/language");
const QString kExportFolder = QStringLiteral("export/folder");
const QString kExportFormat = QStringLiteral("export/format");
const QString kExportSize = QStringLiteral("export/size");
const QString kExportScale = QStringLiteral("export/scale");
} // namespace

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("kidal-timeline"),
                 QStringLiteral("kidal-timeline")) {}

QStringList Settings::recentStores() const {
    QStringList stores;
    for (const QString &path : m_settings.value(kRecent).toStringList())
        if (QFileInfo::exists(path))
            stores << path;
    return stores;
}

void Settings::addRecentStore(const QString &path) {
    QStringList stores = m_settings.value(kRecent).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    stores.removeAll(absolute);
    stores.prepend(absolute);
    m_settings.setValue(kRecent, stores.mid(0, kRecentStores));
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray Settings::windowState() const {
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindow(const QByteArray &geometry, const QByteArray &state) {
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

int Settings::laneMode(int fallback) const {
    return m_settings.value(kLaneMode, fallback).toInt();
}

void Settings::setLaneMode(int mode) {
    m_settings.setValue(kLaneMode, mode);
}

QString Settings::language() const {
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language) {
    m_settings.setValue(kLanguage, language);
}

QString Settings::exportFolder() const {
    return m_settings.value(kExportFolder, QDir::homePath()).toString();
}

QString Settings::exportFormat() const {
    return m_settings.value(kExportFormat, QStringLiteral("png")).toString();
}

QSize Settings::exportSize() const {
    return m_settings.value(kExportSize, QSize(1600, 900)).toSize();
}

double Settings::exportScale() const {
    return m_settings.value(kExportScale, 1.0).toDouble();
}

void Settings::setExport(const QString &folder, const QString &format, QSize size, double scale) {
    m_settings.setValue(kExportFolder, folder);
    m_settings.setValue(kExportFormat, format);
    m_settings.setValue(kExportSize, size);
    m_settings.setValue(kExportScale, scale);
}

} // namespace kt
