#pragma once

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QSizeF>
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

    // What the last export chose: folder, format ("png", "svg", "pdf"), size in pixels and scale, or a
    // physical size (unit "mm" or "in") at a resolution in dots per inch.
    struct Export {
        QString folder;
        QString format = QStringLiteral("png");
        QSize pixels{1600, 900};
        double scale = 1;
        QString unit = QStringLiteral("px"); // "px", "mm" or "in"
        QSizeF physical{240, 135};           // in `unit` when it is "mm" or "in"
        int dpi = 300;
    };
    Export exportChoice() const;
    void setExportChoice(const Export &choice);

    // "en", "fr", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings m_settings;
};

} // namespace kt
