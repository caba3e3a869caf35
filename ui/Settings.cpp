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
const QString kExportUnit = QStringLiteral("export/unit");
const QString kExportPhysical = QStringLiteral("export/physical_size");
const QString kExportDpi = QStringLiteral("export/dpi");
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

Settings::Export Settings::exportChoice() const {
    Export choice;
    choice.folder = m_settings.value(kExportFolder, QDir::homePath()).toString();
    choice.format = m_settings.value(kExportFormat, choice.format).toString();
    choice.pixels = m_settings.value(kExportSize, choice.pixels).toSize();
    choice.scale = m_settings.value(kExportScale, choice.scale).toDouble();
    choice.unit = m_settings.value(kExportUnit, choice.unit).toString();
    choice.physical = m_settings.value(kExportPhysical, choice.physical).toSizeF();
    choice.dpi = m_settings.value(kExportDpi, choice.dpi).toInt();
    return choice;
}

void Settings::setExportChoice(const Export &choice) {
    m_settings.setValue(kExportFolder, choice.folder);
    m_settings.setValue(kExportFormat, choice.format);
    m_settings.setValue(kExportSize, choice.pixels);
    m_settings.setValue(kExportScale, choice.scale);
    m_settings.setValue(kExportUnit, choice.unit);
    m_settings.setValue(kExportPhysical, choice.physical);
    m_settings.setValue(kExportDpi, choice.dpi);
}

} // namespace kt
