#include "ui/ChartRenderer.h"

#include "core/DayDate.h"
#include "core/ViewState.h"
#include "store/EventStore.h"
#include "ui/LegendStrip.h"
#include "ui/TimelineChart.h"
#include "view/ViewportQuery.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace kt {

std::pair<double, double> ChartRenderer::fitWindow(const QList<Event> &events) {
    std::optional<std::pair<Day, Day>> days;
    for (const Event &event : events)
        days = days ? std::pair{std::min(days->first, event.dateStart), std::max(days->second, event.dateEnd)}
                    : std::pair{event.dateStart, event.dateEnd};
    const ViewState::Window window = ViewState::fitting(days);
    return {window.start, window.end};
}

QString ChartRenderer::sourceLine(const EventStore &store, const RenderRequest &request,
                                  const QStringList &tracks) {
    QStringList sources;
    QSet<std::int64_t> documents;
    for (const Event &event : request.events)
        if (event.documentId != 0 && !documents.contains(event.documentId)) {
            documents.insert(event.documentId);
            if (const auto document = store.document(event.documentId);
                document && !document->source.isEmpty() && !sources.contains(document->source))
                sources << document->source;
        }
    for (const QString &track : tracks)
        for (const auto &[prefix, name] : {std::pair{QStringLiteral("ACLED: "), QStringLiteral("ACLED")},
                                           std::pair{QStringLiteral("UCDP: "), QStringLiteral("UCDP GED")}})
            if (track.startsWith(prefix) && !sources.contains(name) && (request.bins || documents.isEmpty()))
                sources << name;
    return sources.isEmpty() ? QString() : tr("Sources: %1").arg(sources.join(QStringLiteral(", ")));
}

std::pair<double, double> ChartRenderer::titleSpan(const RenderRequest &request,
                                                   std::optional<std::pair<Day, Day>> storeDays) {
    double first = request.endMsecs;
    double last = request.startMsecs;
    const auto extend = [&](Day start, Day end) {
        first = std::min(first, static_cast<double>(DayDate::toMsecs(start)));
        last = std::max(last, static_cast<double>(DayDate::toMsecs(end + 1)));
    };
    if (request.bins || request.events.isEmpty()) {
        if (storeDays)
            extend(storeDays->first, storeDays->second);
    } else {
        for (const Event &event : request.events)
            extend(event.dateStart, event.dateEnd);
    }
    if (!(last > first))
        return {request.startMsecs, request.endMsecs};
    return {std::max(first, request.startMsecs), std::min(last, request.endMsecs)};
}

RenderRequest ChartRenderer::requestFor(const EventStore &store, ViewportQuery &query, double startMsecs,
                                        double endMsecs, const QString &title, QSize size) {
    RenderRequest request;
    request.startMsecs = startMsecs;
    request.endMsecs = endMsecs;
    request.size = size;
    // One bar per 7 pixels: the same choice between markers and bars as the window's.
    ViewportQuery::Frame frame = query.query(startMsecs, endMsecs, std::max(40, size.width() / 7));
    request.laneOfEvent = query.lanesOf(frame.events);
    request.events = std::move(frame.events);
    request.bins = std::move(frame.bins);
    request.factionNames = query.index().factionNames;
    request.shown = frame.shown;
    request.lanes = query.lanes();
    const auto storeDays = query.index().size() > 0
                               ? std::optional{std::pair{query.index().firstDay(), query.index().lastDay()}}
                               : std::nullopt;
    request.title =
        title.isEmpty() ? defaultTitle(query.tracksShown(), titleSpan(request, storeDays)) : title;
    request.filterText = query.filter().describe(query.factionsPresent());
    if (storeDays)
        request.dataThrough = storeDays->second;
    request.sourceText = sourceLine(store, request, query.tracksShown());
    return request;
}

QString ChartRenderer::defaultTitle(const QStringList &tracks, double startMsecs, double endMsecs) {
    const QLocale locale; // the language of the window (QLocale::setDefault)
    const QDate first = DayDate::toDate(static_cast<Day>(std::floor(DayDate::msecsToDays(startMsecs))));
    const QDate last = DayDate::toDate(static_cast<Day>(std::ceil(DayDate::msecsToDays(endMsecs))) - 1);
    QString span;
    if (first.year() != last.year() && last.year() - first.year() >= 3)
        span = QStringLiteral("%1 \u2013 %2").arg(first.year()).arg(last.year());
    else if (first.year() != last.year())
        span = QStringLiteral("%1 \u2013 %2")
                   .arg(locale.toString(first, QStringLiteral("MMM yyyy")),
                        locale.toString(last, QStringLiteral("MMM yyyy")));
    else if (first.month() != last.month())
        span = QStringLiteral("%1 \u2013 %2")
                   .arg(locale.toString(first, QStringLiteral("MMM")),
                        locale.toString(last, QStringLiteral("MMM yyyy")));
    else
        span = locale.toString(first, QStringLiteral("MMMM yyyy"));
    constexpr qsizetype kNamed = 3;
    QString what = QStringList(tracks.mid(0, kNamed)).join(QStringLiteral(", "));
    if (tracks.size() > kNamed)
        what += tr(" and %1 more").arg(tracks.size() - kNamed);
    if (what.isEmpty())
        what = tr("Timeline");
    return what + QStringLiteral(" \u00b7 ") + span;
}

void ChartRenderer::paint(QPainter &painter, const RenderRequest &request, const FactionCatalog &catalog) {
    const QSize size = request.size;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);

    QFont titleFont = painter.font();
    titleFont.setPointSizeF(17);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(QColor(0x11, 0x11, 0x11));
    // A long title wraps onto more lines, and the chart moves down: nothing is cut at the image's edge.
    const int textWidth = std::max(40, size.width() - 40);
    const QRect titleRect = painter.fontMetrics().boundingRect(
        QRect(20, 8, textWidth, size.height()), Qt::AlignLeft | Qt::TextWordWrap, request.title);
    painter.drawText(QRect(20, 8, textWidth, std::max(34, titleRect.height())),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, request.title);
    int subtitleTop = 8 + std::max(34, titleRect.height()) - 2;
    if (!request.subtitle.isEmpty()) {
        QFont subtitleFont = titleFont;
        subtitleFont.setPointSizeF(12);
        subtitleFont.setBold(false);
        painter.setFont(subtitleFont);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QRect rect =
            painter.fontMetrics().boundingRect(QRect(20, subtitleTop, textWidth, size.height()),
                                               Qt::AlignLeft | Qt::TextWordWrap, request.subtitle);
        painter.drawText(QRect(20, subtitleTop, textWidth, rect.height()), Qt::AlignLeft | Qt::TextWordWrap,
                         request.subtitle);
        subtitleTop += rect.height() + 2;
    }

    QFont small = painter.font();
    small.setPointSizeF(9.5);
    small.setBold(false);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QLocale locale; // the language of the window (QLocale::setDefault)
    const QString subtitle =
        tr("%1 \u2013 %2 \u00b7 %3 events \u00b7 dates in UTC")
            .arg(DayDate::text(DayDate::dayOf(request.startMsecs)),
                 DayDate::text(DayDate::dayOf(request.endMsecs - 1))) // the window ends before this instant
            .arg(locale.toString(request.shown >= 0 ? request.shown
                                                    : static_cast<qint64>(request.events.size())));
    painter.drawText(QRect(20, subtitleTop, textWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    const int header = subtitleTop + 24;

    const QString filters = request.filterText.isEmpty() ? tr("Filters: none (all events)")
                                                         : tr("Filters: %1").arg(request.filterText);
    QStringList footerParts{filters};
    if (request.dataThrough)
        footerParts << tr("Data through %1").arg(DayDate::text(*request.dataThrough));
    if (!request.sourceText.isEmpty())
        footerParts << request.sourceText;
    footerParts << QStringLiteral("kidal-timeline");
    const QString footerText = footerParts.join(QStringLiteral("   \u00b7   "));
    const int footer = painter.fontMetrics()
                           .boundingRect(QRect(0, 0, textWidth, size.height()), Qt::TextWordWrap, footerText)
                           .height() +
                       16;

    QGraphicsScene scene;
    auto *chart = new TimelineChart(catalog);
    chart->setInteractive(false);
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, size.width(), std::max(80, size.height() - header - footer)));
    chart->setWindow(request.startMsecs, request.endMsecs);
    if (request.bins) {
        chart->setBarScale(request.barScale);
        chart->setBins(*request.bins, request.lanes, request.factionNames);
    } else
        chart->setEvents(request.events, request.lanes, request.laneOfEvent);
    // The key is the window's: under the chart, on as many lines as the width needs, every entry in full.
    LegendStrip key;
    key.setEntries(chart->legendEntries());
    const int keyHeight = key.heightForWidth(textWidth);
    const QRectF chartRect(0, 0, size.width(), std::max(80, size.height() - header - footer - keyHeight));
    chart->setGeometry(chartRect);
    // Let the layout settle so that the plot area, ticks and labels match the final geometry.
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->layout()->invalidate();
    chart->layout()->activate();
    chart->setWindow(request.startMsecs, request.endMsecs);
    scene.setSceneRect(chartRect);
    scene.render(&painter, QRectF(0, header, chartRect.width(), chartRect.height()), chartRect);
    key.resize(textWidth, keyHeight);
    key.render(&painter, QPoint(20, header + static_cast<int>(chartRect.height())), QRegion(),
               QWidget::DrawChildren);

    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRect(20, size.height() - footer + 4, textWidth, footer - 8),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, footerText);
    painter.restore();
}

QImage ChartRenderer::image(const RenderRequest &request, const FactionCatalog &catalog) {
    const double scale = std::clamp(request.scale, 0.25, 4.0);
    QImage image((QSizeF(request.size) * scale).toSize(),
                 QImage::Format_RGB32); // opaque: a smaller, faster PNG
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, request, catalog);
    painter.end();
    const int dotsPerMeter = static_cast<int>(std::lround(std::clamp(request.dpi, 24.0, 2400.0) / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QString ChartRenderer::save(const QString &path, const RenderRequest &request,
                            const FactionCatalog &catalog) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (!image(request, catalog).save(path, "PNG"))
            return QStringLiteral("%1: cannot write the PNG file").arg(path);
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(request.size);
        generator.setResolution(96); // the layout's pixels: the drawing's width in mm is the one chosen
        generator.setViewBox(QRect(QPoint(0, 0), request.size));
        generator.setTitle(request.title);
        generator.setDescription(request.subtitle.isEmpty()
                                     ? request.filterText
                                     : request.subtitle + QStringLiteral(" \u00b7 ") + request.filterText);
        QPainter painter;
        if (!painter.begin(&generator))
            return QStringLiteral("%1: cannot write the SVG file").arg(path);
        paint(painter, request, catalog);
        painter.end();
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(request.size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(request.title);
        QPainter painter;
        if (!painter.begin(&writer))
            return QStringLiteral("%1: cannot write the PDF file").arg(path);
        paint(painter, request, catalog);
        painter.end();
        return {};
    }
    return QStringLiteral("%1: unknown picture format \"%2\" (use .png, .svg or .pdf)").arg(path, suffix);
}

} // namespace kt
