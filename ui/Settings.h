#pragma once

#include <QByteArray>
#include <QSettings>
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

private:
    QSettings m_settings;
};

} // namespace kt
