#pragma once

#include "core/Filter.h"
#include "core/LevelOfDetail.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kt {

// A view an analyst keeps to come back to, or to draw again for the next report: the filters, the time
// window, how lanes are made and the title. Kept in the store (`views` table) as the JSON of toJson(); the
// window opens one, `export --view NAME` draws one, `export --all-views DIR` draws them all.
struct SavedView {
    QString name;
    Filter filter;
    double startMsecs = 0; // the time window, milliseconds since 1970-01-01 UTC; start < end
    double endMsecs = 0;
    LaneKey lanes = LaneKey::Track;
    bool hideEmptyLanes = true;            // lanes with no event the filter lets through are left out
    BarScale barScale = BarScale::PerLane; // when bars are drawn
    QString title;                         // empty: the title the data gives (ChartRenderer::defaultTitle)

    // {"filter": {...}, "window": {"start": "2023-10-01T00:00:00.000Z", ...}, "lanes": "track", "title":
    // ...}: readable in the store with any SQLite tool. Days as ISO dates, factions by canonical name.
    QByteArray toJson() const;
    // Throws InputError (naming `origin`) when the text is not a view this program wrote.
    static SavedView fromJson(const QString &name, const QByteArray &json, const QString &origin);

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// The names `--lanes` and the views use: "track", "faction", "type", "place".
QString laneKeyName(LaneKey key);
std::optional<LaneKey> laneKeyFromName(const QString &name);
// The names `--bars` and the views use: "per-lane", "shared".
QString barScaleName(BarScale scale);
std::optional<BarScale> barScaleFromName(const QString &name);

} // namespace kt
