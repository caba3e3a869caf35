#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "core/FactionCatalog.h"
#include "extract/ArticleReader.h"
#include "extract/Extractor.h"
#include "ui/ChartRenderer.h"
#include "ui/EventDetails.h"
#include "ui/ExportDialog.h"
#include "ui/LegendStrip.h"
#include "ui/MainWindow.h"
#include "ui/MarkersItem.h"
#include "ui/TimelineChart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QList<kt::Event> seedEvents() {
    QList<kt::Event> events =
        kt::Extractor().extract(kt::ArticleReader::readFile(kt::DefaultStore::seedResource())).events;
    for (qsizetype i = 0; i < events.size(); ++i)
        events[i].id = i + 1;
    return events;
}

int countColor(const QImage &image, const QColor &color, int tolerance = 6) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= tolerance &&
                std::abs(pixel.green() - color.green()) <= tolerance &&
                std::abs(pixel.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

kt::RenderRequest request(const QList<kt::Event> &events) {
    kt::RenderRequest r;
    r.events = events;
    r.lanes = {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")};
    const auto [start, end] = kt::ChartRenderer::fitWindow(seedEvents());
    r.startMsecs = start;
    r.endMsecs = end;
    r.title = QStringLiteral("Test");
    r.size = QSize(1200, 700);
    return r;
}

} // namespace

TEST_CASE("the seed chart shows each faction's colour, and filtering a faction removes it", "[render]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    const QColor minusma(catalog.color(QStringLiteral("MINUSMA")));
    const QColor csp(catalog.color(QStringLiteral("CSP-PSD")));
    const QList<kt::Event> all = seedEvents();

    const QImage everything = kt::ChartRenderer::image(request(all), catalog);
    CHECK(countColor(everything, minusma) > 80);
    CHECK(countColor(everything, csp) > 80);

    kt::Filter withoutMinusma;
    withoutMinusma.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD"), QStringLiteral("Wagner")};
    QList<kt::Event> filtered;
    for (const kt::Event &event : all)
        if (withoutMinusma.matches(event))
            filtered.append(event);
    REQUIRE(filtered.size() == 7);
    const QImage without = kt::ChartRenderer::image(request(filtered), catalog);
    CHECK(countColor(without, minusma, 2) == 0);
    CHECK(countColor(without, csp) > 80);
}

TEST_CASE("PNG, SVG and PDF exports are written, an unknown format is refused", "[render]") {
    QTemporaryDir dir;
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    for (const char *name : {"a.png", "a.svg", "a.pdf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        CHECK(kt::ChartRenderer::save(path, request(seedEvents()), catalog).isEmpty());
        CHECK(QFileInfo(path).size() > 1000);
    }
    const QImage png(dir.filePath(QStringLiteral("a.png")));
    CHECK(png.size() == QSize(1200, 700));
    CHECK(kt::ChartRenderer::save(dir.filePath(QStringLiteral("a.bmpx")), request(seedEvents()), catalog)
              .contains(QStringLiteral("unknown picture format")));
}

TEST_CASE("the window's export draws the current view with its filter", "[render]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::MainWindow window(store);
    window.resize(1400, 800);
    kt::Filter filter;
    filter.factions = {QStringLiteral("MINUSMA")};
    window.viewState()->setFilter(filter);
    const QString path = dir.filePath(QStringLiteral("view.png"));
    REQUIRE(window.exportTo(path, QStringLiteral("MINUSMA only")).isEmpty());
    const QImage image(path);
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    CHECK(countColor(image, QColor(catalog.color(QStringLiteral("MINUSMA")))) > 80);
    CHECK(countColor(image, QColor(catalog.color(QStringLiteral("CSP-PSD"))), 2) == 0);
}

TEST_CASE("an export with many lanes and factions still draws its legend", "[render]") {
    // Four lanes and eight factions: the legend's layout used to be left pending and the export had none.
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    QList<kt::Event> events = seedEvents();
    const QStringList factions{QStringLiteral("JNIM"), QStringLiteral("EIGS"), QStringLiteral("Civilians"),
                               QStringLiteral("Unidentified armed group"), QStringLiteral("Other")};
    for (qsizetype i = 0; i < factions.size(); ++i) {
        kt::Event extra = events.at(0);
        extra.id = 100 + i;
        extra.factions = {factions.at(i)};
        extra.contradicts.clear();
        extra.track = i % 2 == 0 ? QStringLiteral("ACLED: Mali") : QStringLiteral("ACLED");
        events.append(extra);
    }
    kt::RenderRequest r = request(events);
    r.lanes << QStringLiteral("ACLED: Mali") << QStringLiteral("ACLED");
    const QImage image = kt::ChartRenderer::image(r, catalog);
    // The legend sits under the plot when its entries fit on one line, else right of it: look for the keys'
    // colours in those two bands only (the plot has JNIM and FAMa markers too).
    const QImage below = image.copy(0, image.height() - 110, image.width(), 70);
    const QImage right = image.copy(image.width() - 250, 0, 250, image.height() - 110);
    for (const char *faction : {"JNIM", "FAMa", "Unidentified armed group"}) {
        INFO(faction);
        const QColor colour(catalog.color(QString::fromLatin1(faction)));
        CHECK(countColor(below, colour) + countColor(right, colour) > 20);
    }
}

TEST_CASE("shapes follow the event type, counts with a trend get a right-hand axis", "[render]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    QList<kt::Event> events = seedEvents();
    kt::TimelineChart chart(catalog);
    chart.resize(1200, 700);
    const auto [start, end] = kt::ChartRenderer::fitWindow(events);
    chart.setWindow(start, end);
    auto shapesOf = [&chart](const QString &name) {
        QSet<int> shapes;
        for (const kt::TimelineChart::DrawnMark &mark : chart.drawnMarks())
            if (mark.faction == name)
                shapes.insert(mark.shape);
        return shapes;
    };
    auto valueAxisShown = [&chart] {
        const auto axes = chart.axes(Qt::Vertical);
        return std::any_of(axes.cbegin(), axes.cend(), [](QAbstractAxis *axis) {
            // The lanes' category axis is a QValueAxis too: the measures' axis is the one on the right.
            return axis->alignment() == Qt::AlignRight && axis->isVisible();
        });
    };
    chart.setEvents(events, {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
    // The seed's FAMa marks: battles as circles, the communiqué and the operation (strategic developments) as
    // diamonds.
    CHECK(shapesOf(QStringLiteral("FAMa")) ==
          QSet<int>{QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRotatedRectangle});
    CHECK_FALSE(valueAxisShown()); // one count: read from its mark and label

    kt::Event earlier = *std::find_if(events.cbegin(), events.cend(), [](const kt::Event &e) {
        return e.status == kt::EventStatus::Measure;
    });
    earlier.id = 99;
    earlier.dateStart = earlier.dateEnd = *kt::DayDate::fromIso(QStringLiteral("2023-10-20"));
    earlier.value = 3500;
    kt::Event protest = events.first();
    protest.id = 100;
    protest.contradicts.clear();
    protest.eventType = QStringLiteral("Protests");
    protest.subEventType = QStringLiteral("Peaceful protest");
    protest.factions = {QStringLiteral("Civilians")};
    events << earlier << protest;
    chart.setEvents(events, {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
    CHECK(valueAxisShown());
    CHECK(shapesOf(QStringLiteral("Civilians")) == QSet<int>{QScatterSeries::MarkerShapeRectangle});
    const auto all = chart.series();
    const bool trend = std::any_of(all.cbegin(), all.cend(), [](QAbstractSeries *series) {
        auto *line = qobject_cast<QLineSeries *>(series);
        return line && line->name().contains(QStringLiteral("right axis")) && line->count() == 2;
    });
    CHECK(trend);
    // Drawn again with the same key (a pan, a zoom step): the trend is replaced, not drawn twice.
    chart.setEvents(events, {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
    chart.setEvents(events, {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
    const auto again = chart.series();
    CHECK(std::count_if(again.cbegin(), again.cend(), [](QAbstractSeries *series) {
              return series->name().contains(QStringLiteral("right axis"));
          }) == 1);
}

TEST_CASE("the window's key lists what is drawn and wraps rather than cutting names short", "[render]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    kt::TimelineChart chart(catalog);
    chart.resize(1200, 700);
    const auto [start, end] = kt::ChartRenderer::fitWindow(seedEvents());
    chart.setWindow(start, end);
    chart.setEvents(seedEvents(), {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
    QStringList texts;
    for (const auto &entry : chart.legendEntries()) {
        texts << entry.text;
        CHECK(!entry.symbol.isNull());
    }
    for (const char *expected : {"FAMa", "CSP-PSD", "MINUSMA", "Battles", "Strategic developments",
                                 "planned (deadline)", "contested (contradicting claims)"})
        CHECK(texts.contains(QString::fromLatin1(expected)));
    CHECK(texts.removeDuplicates() == 0);

    kt::LegendStrip strip;
    strip.setEntries(chart.legendEntries());
    const QList<QRect> wide = strip.entryRects(4000);
    const QList<QRect> narrow = strip.entryRects(360);
    REQUIRE(narrow.size() == texts.size());
    CHECK(std::all_of(wide.cbegin(), wide.cend(),
                      [&wide](const QRect &r) { return r.top() == wide.first().top(); }));
    CHECK(narrow.last().top() > narrow.first().top()); // more lines …
    CHECK(strip.heightForWidth(360) > strip.heightForWidth(4000));
    const QFontMetrics metrics(strip.font());
    for (qsizetype i = 0; i < narrow.size(); ++i) {
        INFO(texts.at(i).toStdString());
        CHECK(narrow.at(i).right() < 360); // … each inside the width …
        CHECK(narrow.at(i).width() >= metrics.horizontalAdvance(texts.at(i)) + 14); // … and in full
    }
}

TEST_CASE("an initiator the source is unsure of is drawn in both colours and said in the key and details",
          "[render]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    const QColor jnim(catalog.color(QStringLiteral("JNIM")));
    const QColor eigs(catalog.color(QStringLiteral("EIGS")));
    REQUIRE(jnim != eigs);
    kt::Event attack;
    attack.id = 1;
    attack.dateStart = attack.dateEnd = *kt::DayDate::fromIso(QStringLiteral("2022-05-14"));
    attack.eventType = QStringLiteral("Violence against civilians");
    attack.subEventType = QStringLiteral("Attack");
    attack.factions = {QStringLiteral("JNIM"), QStringLiteral("EIGS"), QStringLiteral("Civilians")};
    attack.initiatorAlternatives = {QStringLiteral("EIGS")};
    attack.location = QStringLiteral("Makalondi");
    attack.track = QStringLiteral("ACLED: Niger");

    kt::RenderRequest r;
    r.events = {attack};
    r.lanes = {attack.track};
    r.startMsecs = kt::DayDate::toMsecs(attack.dateStart - 10);
    r.endMsecs = kt::DayDate::toMsecs(attack.dateStart + 10);
    r.title = QStringLiteral("Test");
    r.size = QSize(900, 500);
    const QImage image = kt::ChartRenderer::image(r, catalog);
    CHECK(countColor(image, jnim) > 20);
    CHECK(countColor(image, eigs) > 20); // the marker's other half, and EIGS's key

    kt::TimelineChart chart(catalog);
    chart.resize(900, 500);
    chart.setWindow(r.startMsecs, r.endMsecs);
    chart.setEvents(r.events, r.lanes);
    QStringList texts;
    for (const auto &entry : chart.legendEntries())
        texts << entry.text;
    CHECK(texts.contains(QStringLiteral("JNIM")));
    CHECK(texts.contains(QStringLiteral("EIGS")));
    CHECK(texts.contains(QStringLiteral("initiator uncertain (A and/or B)")));

    const QString html = kt::EventDetails::html(attack, std::nullopt, {}, catalog);
    CHECK(html.contains(QStringLiteral("uncertain: JNIM or EIGS")));
    attack.initiatorAlternatives.clear();
    CHECK(!kt::EventDetails::html(attack, std::nullopt, {}, catalog).contains(QStringLiteral("uncertain")));
}

TEST_CASE("the default title is said by the data: its tracks and its span", "[render]") {
    constexpr double kDay = 86'400'000.0;
    const auto at = [](const char *iso) {
        return static_cast<double>(kt::DayDate::toMsecs(*kt::DayDate::fromIso(QString::fromLatin1(iso))));
    };
    struct Row {
        QStringList tracks;
        double start;
        double end;
        const char *title;
    };
    const QList<Row> rows{
        {{QStringLiteral("ACLED: Mali")},
         at("2017-01-01"),
         at("2022-12-31") + kDay,
         "ACLED: Mali \u00b7 2017 \u2013 2022"},
        {{QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")},
         at("2023-10-02"),
         at("2023-12-31") + kDay,
         "Kidal offensive, MINUSMA withdrawal \u00b7 Oct \u2013 Dec 2023"},
        {{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
          QStringLiteral("E")},
         at("2022-11-20"),
         at("2023-02-10"),
         "A, B, C and 2 more \u00b7 Nov 2022 \u2013 Feb 2023"},
        {{QStringLiteral("UCDP: Niger")}, at("2023-07-26"), at("2023-07-30"), "UCDP: Niger \u00b7 July 2023"},
        {{}, at("2023-07-26"), at("2023-07-30"), "Timeline \u00b7 July 2023"},
    };
    for (const Row &row : rows)
        CHECK(kt::ChartRenderer::defaultTitle(row.tracks, row.start, row.end) ==
              QString::fromUtf8(row.title));
}

TEST_CASE("a long title wraps inside a small picture instead of running off its edge", "[render]") {
    kt::RenderRequest r = request(seedEvents());
    r.size = QSize(640, 400);
    r.title = QStringLiteral("Northern Mali: the army's offensive on Kidal, the rebel coalition's answer and "
                             "the United Nations mission's departure");
    const QImage image = kt::ChartRenderer::image(r, kt::FactionCatalog::bundled());
    const QColor ink(0x11, 0x11, 0x11);
    const auto inkIn = [&](int top, int bottom) {
        return countColor(image.copy(0, top, image.width(), bottom - top), ink, 10);
    };
    CHECK(inkIn(8, 40) > 50);  // the first line …
    CHECK(inkIn(42, 72) > 50); // … and the next one, with the rest of the words
    // The last column of pixels is left white: no glyph is cut at the edge.
    CHECK(countColor(image.copy(image.width() - 2, 0, 2, 100), ink, 40) == 0);
}

TEST_CASE("the export dialog: format follows the name or the list, a live preview, 2x PNG, the clipboard",
          "[render][export]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::MainWindow window(store);
    window.resize(1400, 800);
    kt::ExportDialog dialog([&window](QSize size) { return window.renderRequest(size); },
                            kt::FactionCatalog::bundled());
    // The default title is said by the data, never a fixed story.
    INFO(dialog.request().title.toStdString());
    CHECK(dialog.request().title ==
          QStringLiteral("Kidal offensive, MINUSMA withdrawal \u00b7 Oct \u2013 Dec 2023"));
    CHECK(!dialog.preview().isNull());

    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    REQUIRE(format);
    dialog.setPath(dir.filePath(QStringLiteral("chart.svg"))); // the name chooses the format …
    CHECK(format->currentIndex() == 1);
    format->setCurrentIndex(2); // … and the list renames the file
    CHECK(dialog.path() == dir.filePath(QStringLiteral("chart.pdf")));
    dialog.setPath(dir.filePath(QStringLiteral("report"))); // no extension: the list's
    CHECK(dialog.path() == dir.filePath(QStringLiteral("report.pdf")));
    REQUIRE(dialog.save().isEmpty());
    CHECK(QFileInfo(dialog.path()).size() > 1000);

    format->setCurrentIndex(0);
    dialog.setPixelSize(QSize(800, 450));
    auto *scale = dialog.findChild<QComboBox *>(QStringLiteral("scale"));
    REQUIRE(scale);
    scale->setCurrentIndex(1);
    REQUIRE(dialog.save().isEmpty());
    CHECK(QImage(dialog.path()).size() == QSize(1600, 900)); // 2x: twice the pixels, the same layout
    const QImage copied = dialog.copyToClipboard();
    CHECK(copied.size() == QSize(1600, 900));
    CHECK(QApplication::clipboard()->image().size() == QSize(1600, 900));
}

TEST_CASE("the export dialog: a physical size at a resolution, a subtitle, the choices remembered",
          "[render][export]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::MainWindow window(store);
    {
        kt::ExportDialog dialog([&window](QSize size) { return window.renderRequest(size); },
                                kt::FactionCatalog::bundled());
        dialog.setPath(dir.filePath(QStringLiteral("print.png")));
        // A column of a printed report: 160 mm by 90 mm at 300 dpi.
        dialog.setPhysicalSize(QSizeF(160, 90), QStringLiteral("mm"), 300);
        // 160 / 25.4 × 300 = 1889.8 and 90 / 25.4 × 300 = 1063.0, within the layout's whole pixels
        const auto printSize = [](QSize size) {
            return std::abs(size.width() - 1890) <= 2 && std::abs(size.height() - 1063) <= 2;
        };
        CHECK(printSize(dialog.outputPixels()));
        dialog.findChild<QLineEdit *>(QStringLiteral("subtitle"))->setText(QStringLiteral("Annexe 2"));
        CHECK(dialog.request().subtitle == QStringLiteral("Annexe 2"));
        REQUIRE(dialog.save().isEmpty());
        const QImage written(dialog.path());
        CHECK(written.size() == dialog.outputPixels());
        CHECK(std::abs(written.dotsPerMeterX() - 11811) <= 1); // 300 dpi in the file
        // The same picture as PDF: a page of 160 × 90 mm.
        dialog.setPath(dir.filePath(QStringLiteral("print.pdf")));
        REQUIRE(dialog.save().isEmpty());
        QFile pdf(dialog.path());
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        // 160 mm = 453.5 pt, 90 mm = 255.1 pt
        CHECK((bytes.contains("/MediaBox [0 0 453.") || bytes.contains("/MediaBox [0 0 454")));
        // Too many pixels are refused with a message, before anything is drawn.
        dialog.setPath(dir.filePath(QStringLiteral("huge.png")));
        dialog.setPhysicalSize(QSizeF(2000, 1100), QStringLiteral("mm"), 1200);
        CHECK(dialog.save().contains(QStringLiteral("too large")));
        CHECK(!QFileInfo::exists(dialog.path()));
        dialog.setPhysicalSize(QSizeF(160, 90), QStringLiteral("mm"), 300);
        dialog.setPath(dir.filePath(QStringLiteral("print.png")));
        REQUIRE(dialog.save().isEmpty());
    }
    // The next export starts from the last one's choices.
    kt::ExportDialog again([&window](QSize size) { return window.renderRequest(size); },
                           kt::FactionCatalog::bundled());
    CHECK(again.findChild<QComboBox *>(QStringLiteral("unit"))->currentIndex() == 1);
    CHECK(std::abs(again.outputPixels().width() - 1890) <= 2);
    CHECK(again.findChild<QSpinBox *>(QStringLiteral("dpi"))->value() == 300);
}

TEST_CASE("time-axis labels stay inside the picture at small and large sizes", "[render]") {
    const kt::FactionCatalog &catalog = kt::FactionCatalog::bundled();
    for (const QSize size : {QSize(640, 400), QSize(1200, 700), QSize(3840, 2160)}) {
        INFO(size.width());
        kt::TimelineChart chart(catalog);
        chart.resize(size);
        const auto [start, end] = kt::ChartRenderer::fitWindow(seedEvents());
        chart.setWindow(start, end);
        chart.setEvents(seedEvents(),
                        {QStringLiteral("Kidal offensive"), QStringLiteral("MINUSMA withdrawal")});
        chart.setWindow(start, end);
        const QFontMetricsF metrics(chart.timeFont());
        CHECK(chart.timeTicks().size() >= 2);
        for (const auto &[msecs, label] : chart.timeTicks()) {
            const double x = chart.plotScale().x(msecs);
            const double half = metrics.horizontalAdvance(label) / 2;
            CHECK(x - half >= 0);
            CHECK(x + half <= size.width());
        }
    }
}

namespace {

struct Ink {
    int count = 0;
    QPointF centre;
};

// The pixels of one colour in an image: how many, and their centre.
Ink inkOf(const QImage &image, const QColor &color) {
    Ink ink;
    QPointF sum;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= 6 && std::abs(pixel.green() - color.green()) <= 6 &&
                std::abs(pixel.blue() - color.blue()) <= 6) {
                ++ink.count;
                sum += QPointF(x + 0.5, y + 0.5);
            }
        }
    if (ink.count > 0)
        ink.centre = sum / ink.count;
    return ink;
}

} // namespace

TEST_CASE("a mark is the same on screen, drawn from an image scaled once, and in a larger export",
          "[render]") {
    // One plot of 200 x 100 px over 0..1000 ms and one lane; a red disc of 13 px at (250 ms, lane 0.5),
    // drawn from an image four times its size, as the chart makes them.
    const kt::PlotScale scale{QRectF(0, 0, 200, 100), 0, 1000, 1};
    const QColor red(0xd0, 0x20, 0x20);
    QImage disc(52, 52, QImage::Format_ARGB32_Premultiplied);
    disc.fill(Qt::transparent);
    {
        QPainter painter(&disc);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(red);
        painter.drawEllipse(QRectF(2, 2, 48, 48));
    }
    QGraphicsScene scene;
    auto *marks = new kt::MarkersItem(nullptr, [scale] { return scale; });
    scene.addItem(marks);
    marks->setMarks({{QPointF(250, 0.5), 0}}, {{disc, 13}});
    const auto draw = [&](double factor) {
        QImage image(QSize(200, 100) * factor, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(image.rect()), QRectF(0, 0, 200, 100));
        return image;
    };
    const Ink screen = inkOf(draw(1), red); // one pixel per pixel: the image scaled once, blitted
    const Ink large = inkOf(draw(3), red);  // three: the large image scaled at each paint
    INFO(screen.count << " " << large.count);
    CHECK(screen.count > 80); // a 13 px disc: about 130 px of full colour
    CHECK(std::abs(screen.centre.x() - 50) <= 1);
    CHECK(std::abs(screen.centre.y() - 50) <= 1);
    CHECK(std::abs(large.centre.x() - 150) <= 1.5);
    CHECK(std::abs(large.centre.y() - 150) <= 1.5);
    CHECK(large.count == Approx(screen.count * 9).epsilon(0.2));
}
