#pragma once

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>

namespace kt {

// What the window remembers between runs, through QSettings (on Linux
// ~/.config/kidal-timeline/kidal-timeline.conf): the stores opened last, the window's geometry and docks,
// the lane mode. Each key is named here once.
class Settings {
public:
    Settings();

    // Stores opened, most recent first, at most kRecentStores; those that no longer exist are left out.
    QStringList recentStores() const;
    void addRecentStore(const QString &path);
    static constexpr int kRecentStores = 8;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    int laneMode(int fallback) const;
    void setLaneMode(int mode);

    // The last export's folder, format ("png", "svg", "pdf"), size and scale.
    QString exportFolder() const;
    QString exportFormat() const;
    QSize exportSize() const;
    double exportScale() const;
    void setExport(const QString &folder, const QString &format, QSize size, double scale);

    // "en", "fr", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings m_settings;
};

} // namespace kt
