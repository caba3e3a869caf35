#pragma once

#include "view/BinStack.h"

#include "core/FactionCatalog.h"
#include "core/LevelOfDetail.h"
#include "core/data.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace kt {
class EventStore;
class ViewportQuery;
} // namespace kt

namespace kt {

// What to draw for a report: the events (already filtered), the lanes, the time window, a title and the
// filters in force. Both File → Export and `kidal-timeline export` draw through here, so the two give the
// same picture.
struct RenderRequest {
    QList<Event> events;                   // drawn one by one, unless bins are given
    QStringList laneOfEvent;               // each event's lane; empty: its track
    std::optional<LaneBins> bins;          // too many events in view: bars per lane, stacked by faction
    QStringList factionNames;              // for bins: names by store faction id
    BarScale barScale = BarScale::PerLane; // for bins: each lane on its own scale, or one for all
    qint64 shown = -1;                     // events in view, for the subtitle; -1: the number of events
    QStringList lanes;
    double startMsecs = 0;
    double endMsecs = 0;
    QString title;
    QString subtitle;               // a line under the title; empty: none
    QString filterText;             // empty: no filter
    std::optional<Day> dataThrough; // the last day the store's events reach (the data's cut-off)
    QString sourceText;             // e.g. "Sources: Sahel Intelligence"
    QSize size{1600, 900};          // the layout's size, in pixels at scale 1
    double scale = 1; // PNG only: pixels per layout pixel (2 for a sharp picture on a high-density screen)
    double dpi = 96;  // PNG: the resolution written in the file (pHYs), for pictures sized in mm or inches
};

class ChartRenderer {
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)

public:
    // The picture of a view: the events `query` lets through (its filter and lane mode set) in the window
    // [startMsecs, endMsecs), drawn one by one when few enough for `size`, else as bars; the title given or,
    // when empty, the one the data says; the filters in words, the data's cut-off and the sources. The
    // window's File → Export and `kidal-timeline export` both draw through here: the same view at the same
    // size gives the same picture.
    static RenderRequest requestFor(const EventStore &store, ViewportQuery &query, double startMsecs,
                                    double endMsecs, const QString &title, QSize size);
    static void paint(QPainter &painter, const RenderRequest &request, const FactionCatalog &catalog);
    static QImage image(const RenderRequest &request, const FactionCatalog &catalog);
    // Writes .png, .svg or .pdf by the path's extension. Returns an error message, empty on success.
    static QString save(const QString &path, const RenderRequest &request, const FactionCatalog &catalog);
    // The window that shows every event with a margin.
    static std::pair<double, double> fitWindow(const QList<Event> &events);
    // A title said by the data, never a fixed story: its tracks (three at most, then how many more) and
    // the span of the window, e.g. "ACLED: Mali · 2017 – 2022" or "Kidal offensive, MINUSMA withdrawal ·
    // Oct – Dec 2023".
    static QString defaultTitle(const QStringList &tracks, double startMsecs, double endMsecs);
    static QString defaultTitle(const QStringList &tracks, std::pair<double, double> span) {
        return defaultTitle(tracks, span.first, span.second);
    }
    // "Sources: …": the sources of the articles whose events are drawn, and the datasets (ACLED, UCDP GED)
    // of the tracks drawn as bars or without articles. Empty when there is none.
    static QString sourceLine(const EventStore &store, const RenderRequest &request,
                              const QStringList &tracks);
    // The span a title names: the days of the events drawn (or, for bars, the store's days `storeDays`),
    // within the request's window — not the window's margins.
    static std::pair<double, double> titleSpan(const RenderRequest &request,
                                               std::optional<std::pair<Day, Day>> storeDays);
};

} // namespace kt
