#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "core/FactionCatalog.h"
#include "core/Filter.h"
#include "core/LevelOfDetail.h"
#include "core/ViewState.h"
#include "io/AcledGenerator.h"
#include "io/AcledImporter.h"
#include "store/ImportTransaction.h"
#include "ui/ChartRenderer.h"
#include "ui/EventTable.h"
#include "ui/FilterChips.h"
#include "ui/FilterPanel.h"
#include "ui/MainWindow.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"
#include "view/TimelineLayout.h"
#include "view/ViewportQuery.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QWheelEvent>
#include <QXYSeries>

#include <catch2/catch.hpp>

namespace {

struct Fixture {
    QTemporaryDir dir;
    kt::EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    std::unique_ptr<kt::MainWindow> window;
    Fixture() {
        kt::DefaultStore::seed(store);
        window = std::make_unique<kt::MainWindow>(store);
        window->resize(1400, 800);
        window->show();
        QApplication::processEvents();
    }
    kt::TimelineView *view() const { return window->timelineView(); }
};

// The ACLED fixture with every tricky case: eight rows in two lanes.
void importTricky(kt::EventStore &store) {
    kt::ImportTransaction transaction(store);
    kt::AcledImporter importer(transaction, store.factionCatalog());
    importer.importFile(QStringLiteral(KT_FIXTURES "/acled-tricky.csv"), false);
    transaction.commit();
}

void press(QWidget *widget, QPoint at, QEvent::Type type = QEvent::MouseButtonPress) {
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)), Qt::LeftButton,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST_CASE("presses where no item lies do not crash the view (Qt 6.4 QChartView::mousePressEvent)", "[view]") {
    Fixture fixture;
    kt::TimelineView *view = fixture.view();
    // Shrink the chart inside the scene so that parts of the viewport hold no graphics item at all.
    view->chart()->setGeometry(QRectF(0, 0, 200, 150));
    QApplication::processEvents();
    REQUIRE(view->itemAt(QPoint(view->viewport()->width() - 5, view->viewport()->height() - 5)) == nullptr);
    for (const QPoint at : {QPoint(view->viewport()->width() - 5, view->viewport()->height() - 5),
                            QPoint(1, 1), QPoint(600, 400)}) {
        press(view->viewport(), at);
        press(view->viewport(), at, QEvent::MouseButtonRelease);
        QMouseEvent right(QEvent::MouseButtonPress, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)),
                          Qt::RightButton, Qt::RightButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &right);
    }
    SUCCEED("no crash");
}

TEST_CASE("the wheel zooms around the cursor, dragging pans", "[view]") {
    Fixture fixture;
    kt::TimelineView *view = fixture.view();
    kt::ViewState *state = fixture.window->viewState();
    const auto before = state->window();
    const QPoint at(view->viewport()->width() / 3, view->viewport()->height() / 2);
    const double anchor = view->timeline()->msecsAt(view->timeline()->mapFromScene(view->mapToScene(at)));
    QWheelEvent wheel(QPointF(at), view->viewport()->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    const auto after = state->window();
    CHECK(after.span() == Approx(before.span() * 0.8));
    const double anchorAfter =
        view->timeline()->msecsAt(view->timeline()->mapFromScene(view->mapToScene(at)));
    CHECK(anchorAfter == Approx(anchor).epsilon(0.002)); // the date under the cursor stays under it

    press(view->viewport(), at);
    QMouseEvent move(QEvent::MouseMove, QPointF(at + QPoint(200, 0)),
                     view->viewport()->mapToGlobal(QPointF(at + QPoint(200, 0))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    press(view->viewport(), at + QPoint(200, 0), QEvent::MouseButtonRelease);
    CHECK(state->window().start < after.start); // dragging right shows earlier dates
    CHECK(state->window().span() == Approx(after.span()));
    state->back();
    CHECK(state->window() == after);
}

TEST_CASE("tooltips show on hover before and after clicks", "[view]") {
    Fixture fixture;
    kt::TimelineView *view = fixture.view();
    kt::TimelineChart *chart = view->timeline();
    REQUIRE(chart->events().size() == 10);
    const QPoint marker = view->mapFromScene(chart->mapToScene(chart->markerPosition(7)));
    const QPoint empty(view->viewport()->width() / 2, 12);
    const auto hover = [&](QPoint at) {
        QMouseEvent move(QEvent::MouseMove, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        // Qt asks for a tooltip once the pointer rests (only in the active window, which is why the bug
        // showed only after a first click): the one shown on hover must stay.
        QHelpEvent rest(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &rest);
        // A tooltip leaves after a short delay of Qt's.
        for (int i = 0;
             i < 20 && QToolTip::isVisible() && !chart->eventAt(chart->mapFromScene(view->mapToScene(at)));
             ++i)
            QTest::qWait(50);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    CHECK(hover(marker).contains(kt::eventTitle(chart->events().at(7)).toHtmlEscaped()));
    CHECK(hover(empty).isEmpty());
    for (const QPoint at : {empty, marker}) {
        press(view->viewport(), at);
        press(view->viewport(), at, QEvent::MouseButtonRelease);
        CHECK(hover(empty).isEmpty());
        CHECK(hover(marker).contains(kt::eventTitle(chart->events().at(7)).toHtmlEscaped()));
    }
}

TEST_CASE("clicking a marker selects its event", "[view]") {
    Fixture fixture;
    kt::TimelineView *view = fixture.view();
    kt::TimelineChart *chart = view->timeline();
    REQUIRE(chart->events().size() == 10);
    const QPointF marker = chart->markerPosition(7); // MINUSMA leaves Kidal
    const QPoint at = view->mapFromScene(chart->mapToScene(marker));
    press(view->viewport(), at);
    press(view->viewport(), at, QEvent::MouseButtonRelease);
    CHECK(fixture.window->viewState()->selectedEvent() == chart->events().at(7).id);
}

TEST_CASE("unchecking a faction in the panel filters the chart", "[view]") {
    Fixture fixture;
    auto *list = fixture.window->filterPanel()->findChild<QListWidget *>(QStringLiteral("factions"));
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(QStringLiteral("MINUSMA")))
            list->item(i)->setCheckState(Qt::Unchecked);
    CHECK(fixture.view()->timeline()->events().size() == 7);
    CHECK_FALSE(fixture.window->viewState()->filter().factions.contains(QStringLiteral("MINUSMA")));
    fixture.window->viewState()->back();
    CHECK(fixture.view()->timeline()->events().size() == 10);
}

TEST_CASE("None in the panel empties the chart and the table, All brings every event back", "[view]") {
    Fixture fixture;
    const auto buttons = fixture.window->filterPanel()->findChildren<QPushButton *>();
    const auto button = [&](const QString &text) {
        const auto it = std::find_if(buttons.cbegin(), buttons.cend(),
                                     [&](const QPushButton *b) { return b->text() == text; });
        REQUIRE(it != buttons.cend());
        return *it;
    };
    button(QStringLiteral("None"))->click();
    CHECK(fixture.view()->timeline()->events().isEmpty());
    CHECK(fixture.window->eventTable()->view()->model()->rowCount() == 0);
    button(QStringLiteral("All"))->click();
    CHECK(fixture.view()->timeline()->events().size() == 10);
}

TEST_CASE("the window opens on all the data with nothing to go back to", "[view]") {
    Fixture fixture;
    CHECK_FALSE(fixture.window->viewState()->canGoBack());
    CHECK(fixture.view()->timeline()->events().size() == 10);
    CHECK(fixture.view()->timeline()->windowStart() == fixture.window->viewState()->window().start);
}

TEST_CASE("markers move with their labels when the width packs the rows anew", "[view]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    importTricky(store);
    kt::MainWindow window(store);
    window.resize(1600, 900);
    window.show();
    QApplication::processEvents();
    auto *chart = qobject_cast<kt::TimelineChart *>(window.timelineView()->chart());
    REQUIRE(chart);
    for (const int width : {1600, 900, 700, 1300}) {
        INFO("width " << width);
        window.resize(width, 900);
        QApplication::processEvents();
        // Where the marks are drawn against where the rows put the events (and their labels).
        QSet<QPair<qint64, qint64>> drawn;
        for (const kt::TimelineChart::DrawnMark &mark : chart->drawnMarks())
            drawn.insert({qRound64(mark.value.x()), qRound64(mark.value.y() * 1000)});
        // An event counted in a "+N" stands where its cluster does.
        for (const kt::TimelineChart::Cluster &cluster : chart->clusters())
            drawn.insert({qRound64(cluster.value.x()), qRound64(cluster.value.y() * 1000)});
        for (qsizetype i = 0; i < 18; ++i) {
            const QPointF at = chart->markerValue(i);
            CHECK(drawn.contains({qRound64(at.x()), qRound64(at.y() * 1000)}));
        }
        qsizetype clustered = 0;
        for (const kt::TimelineChart::Cluster &cluster : chart->clusters())
            clustered += cluster.members.size();
        WARN("clustered " << clustered << " lanes " << chart->lanes().size());
    }
}

TEST_CASE("a large store shows bars per lane, markers once zoomed in, and a clicked bar zooms to it",
          "[view][lod]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    const QString csv = dir.filePath(QStringLiteral("g.csv"));
    kt::AcledGenerator(3).write(csv, 6000);
    {
        kt::ImportTransaction transaction(store);
        kt::AcledImporter importer(transaction, store.factionCatalog());
        importer.importFile(csv, false);
        transaction.commit();
    }
    kt::MainWindow window(store);
    window.resize(1600, 900);
    window.show();
    QApplication::processEvents();
    auto *chart = qobject_cast<kt::TimelineChart *>(window.timelineView()->chart());
    REQUIRE(chart);
    auto largestSeries = [chart] {
        qsizetype largest = 0;
        const auto all = chart->series();
        for (QAbstractSeries *series : all) {
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                largest = std::max<qsizetype>(largest, xy->count());
        }
        return largest;
    };
    // Everything: bars, and no series anywhere near Qt Charts' slow sizes.
    CHECK(chart->showsBins());
    CHECK(chart->bins().total == 6000);
    CHECK(largestSeries() <= 5000);
    // The note that says so sits above the plot, not over the bars.
    REQUIRE(!chart->binNoteRect().isEmpty());
    CHECK(chart->binNoteRect().bottom() <= chart->plotArea().top());
    CHECK(chart->binNoteRect().top() >= 0);

    // Click the tallest bar of the first ACLED lane: the window becomes its days.
    const kt::LaneBins &bins = chart->bins();
    int lane = -1;
    for (int l = 0; l < bins.laneCount && lane < 0; ++l)
        for (int b = 0; b < bins.binCount; ++b)
            if (bins.binTotal(l, b) > 0)
                lane = l;
    REQUIRE(lane >= 0);
    int tallest = 0;
    for (int b = 0; b < bins.binCount; ++b)
        if (bins.binTotal(lane, b) > bins.binTotal(lane, tallest))
            tallest = b;
    const kt::Day binStart = bins.binStart(tallest);
    const int binDays = bins.binDays;
    const double x = (static_cast<double>(kt::DayDate::toMsecs(binStart)) + binDays * 43'200'000.0);
    const double y = bins.laneCount - 1 - lane + 0.1;
    const QPoint at =
        window.timelineView()->mapFromScene(chart->mapToScene(chart->plotScale().position(QPointF(x, y))));
    press(window.timelineView()->viewport(), at);
    press(window.timelineView()->viewport(), at, QEvent::MouseButtonRelease);
    QApplication::processEvents();
    const auto view = window.viewState()->window();
    CHECK(view.start <= static_cast<double>(kt::DayDate::toMsecs(binStart)));
    CHECK(view.end >= static_cast<double>(kt::DayDate::toMsecs(binStart + binDays)));
    CHECK(view.span() < 1.3 * binDays * 86'400'000.0);

    // One day: markers, one per event.
    window.viewState()->setWindow(view.start + view.span() / 2 - 43'200'000.0,
                                  view.start + view.span() / 2 + 43'200'000.0);
    QApplication::processEvents();
    CHECK_FALSE(chart->showsBins());
    CHECK_FALSE(chart->events().isEmpty());
    CHECK(chart->events().size() <= static_cast<qsizetype>(kt::LevelOfDetail::kMarkerLimit));
    CHECK(largestSeries() <= 5000);
    // And back to everything.
    window.viewState()->fit();
    QApplication::processEvents();
    CHECK(chart->showsBins());

    // One scale for all lanes: the quieter lanes' bars shrink, in the window and in its export.
    const auto barPixels = [](const QImage &image) {
        qsizetype coloured = 0;
        for (int row = 0; row < image.height(); ++row)
            for (int column = 0; column < image.width(); ++column) {
                const QColor c = image.pixelColor(column, row);
                coloured +=
                    std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 40;
            }
        return coloured;
    };
    const kt::FactionCatalog &catalog = store.factionCatalog();
    const QImage perLane = kt::ChartRenderer::image(window.renderRequest({1200, 700}), catalog);
    auto *shared = window.findChild<QAction *>(QStringLiteral("sharedBarScale"));
    REQUIRE(shared);
    shared->trigger();
    CHECK(chart->barScale() == kt::BarScale::Shared);
    CHECK(window.renderRequest({1200, 700}).barScale == kt::BarScale::Shared);
    const QImage oneScale = kt::ChartRenderer::image(window.renderRequest({1200, 700}), catalog);
    CHECK(barPixels(oneScale) < barPixels(perLane) * 0.95);
    CHECK(barPixels(oneScale) > 1000);
    // A saved view keeps the scale; opening one puts it back.
    const kt::SavedView kept = window.currentView();
    CHECK(kept.barScale == kt::BarScale::Shared);
    shared->trigger();
    CHECK(chart->barScale() == kt::BarScale::PerLane);
    window.openView(kept);
    CHECK(shared->isChecked());
    CHECK(chart->barScale() == kt::BarScale::Shared);
}

TEST_CASE("shift-drag zooms to the band's span, N and P step through events in time order", "[view]") {
    Fixture fixture;
    kt::TimelineView *view = fixture.view();
    auto *chart = qobject_cast<kt::TimelineChart *>(view->chart());
    REQUIRE(chart);
    const QRectF plot = chart->plotArea();
    const QPoint from =
        view->mapFromScene(chart->mapToScene(QPointF(plot.left() + plot.width() * 0.3, plot.center().y())));
    const QPoint to =
        view->mapFromScene(chart->mapToScene(QPointF(plot.left() + plot.width() * 0.5, plot.center().y())));
    const double a = chart->msecsAt(QPointF(plot.left() + plot.width() * 0.3, plot.center().y()));
    const double b = chart->msecsAt(QPointF(plot.left() + plot.width() * 0.5, plot.center().y()));
    auto send = [view](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)), Qt::LeftButton,
                          buttons, Qt::ShiftModifier);
        QApplication::sendEvent(view->viewport(), &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    QApplication::processEvents();
    kt::ViewState *state = fixture.window->viewState();
    CHECK(state->window().start == Approx(a).epsilon(0.001));
    CHECK(state->window().end == Approx(b).epsilon(0.001));
    CHECK(state->canGoBack());

    // Keyboard: from nothing selected, N takes the first event in view, then the next ones in time order.
    state->fit();
    QApplication::processEvents();
    REQUIRE(state->selectedEvent() == 0);
    QList<kt::Event> order = chart->events();
    std::stable_sort(order.begin(), order.end(), [](const kt::Event &x, const kt::Event &y) {
        return x.dateStart < y.dateStart || (x.dateStart == y.dateStart && x.dateEnd < y.dateEnd);
    });
    // The View menu's actions, found by their shortcuts.
    auto trigger = [&fixture](int key) {
        const auto actions = fixture.window->findChildren<QAction *>();
        for (QAction *action : actions)
            if (action->shortcut() == QKeySequence(key))
                action->trigger();
        QApplication::processEvents();
    };
    trigger(Qt::Key_N);
    CHECK(state->selectedEvent() == order.at(0).id);
    trigger(Qt::Key_N);
    CHECK(state->selectedEvent() == order.at(1).id);
    trigger(Qt::Key_N);
    CHECK(state->selectedEvent() == order.at(2).id);
    trigger(Qt::Key_P);
    CHECK(state->selectedEvent() == order.at(1).id);
}

TEST_CASE("lanes without events are hidden, and shown again on request", "[view][lanes]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    importTricky(store);
    kt::ViewportQuery query(store);
    CHECK(query.lanes() == QStringList{QStringLiteral("ACLED: Mali"), QStringLiteral("ACLED")});
    kt::Filter eigs;
    eigs.factions = {QStringLiteral("EIGS")};
    query.setFilter(eigs);
    CHECK(query.lanes() == QStringList{QStringLiteral("ACLED: Mali"), QStringLiteral("ACLED")});
    kt::Filter minusma;
    minusma.factions = {QStringLiteral("MINUSMA")};
    query.setFilter(minusma);
    CHECK(query.lanes() == QStringList{QStringLiteral("ACLED: Mali")});
    query.setHideEmptyLanes(false);
    CHECK(query.lanes() == QStringList{QStringLiteral("Kidal offensive"),
                                       QStringLiteral("MINUSMA withdrawal"), QStringLiteral("ACLED: Mali"),
                                       QStringLiteral("ACLED")});
}

TEST_CASE("lanes by faction or by event type", "[view][lanes]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    importTricky(store);
    kt::ViewportQuery query(store);
    query.setLaneMode(kt::LaneKey::Faction);
    CHECK(query.lanes() == QStringList{QStringLiteral("FAMa"), QStringLiteral("CSP-PSD"),
                                       QStringLiteral("EIGS"), QStringLiteral("MINUSMA"),
                                       QStringLiteral("Unidentified armed group"), QStringLiteral("Other")});
    const auto window = query.fitWindow();
    kt::ViewportQuery::Frame frame = query.query(window.first, window.second);
    REQUIRE(frame.events.size() == 8);
    const QStringList lanes = query.lanesOf(frame.events);
    for (qsizetype i = 0; i < frame.events.size(); ++i)
        CHECK(lanes.at(i) == frame.events.at(i).factions.first());
    // A faction renamed keeps its lane, under its new name.
    store.renameFaction(QStringLiteral("CSP-PSD"), QStringLiteral("CSP-DPA"));
    query.reload();
    CHECK(query.lanes().value(1) == QStringLiteral("CSP-DPA"));

    query.setLaneMode(kt::LaneKey::Type);
    CHECK(query.lanes() == QStringList{QStringLiteral("Battles"),
                                       QStringLiteral("Explosions/Remote violence"),
                                       QStringLiteral("Violence against civilians"),
                                       QStringLiteral("Strategic developments")});
    // Bins follow the same lanes: each lane's bars add up to its events.
    const kt::LaneBins bins = kt::LevelOfDetail::bins(
        query.index(), kt::IndexSelection(query.index(), {}),
        {-1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, -1, -1, -1, -1, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 4,
        *kt::DayDate::fromIso(QStringLiteral("2023-09-01")),
        *kt::DayDate::fromIso(QStringLiteral("2023-12-31")), 20, kt::LaneKey::Type);
    std::vector<std::uint32_t> perLane(4, 0);
    for (int lane = 0; lane < 4; ++lane)
        for (int bin = 0; bin < bins.binCount; ++bin)
            perLane[static_cast<std::size_t>(lane)] += bins.binTotal(lane, bin);
    CHECK(perLane == std::vector<std::uint32_t>{3, 1, 2, 2});
}

TEST_CASE("lanes by place: the busiest places, the rest together", "[view][lanes]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    importTricky(store);
    kt::ViewportQuery query(store);
    query.setLaneMode(kt::LaneKey::Place);
    // Kidal holds most events (seed and fixture); every place of the fixture has a lane of its own.
    REQUIRE(!query.lanes().isEmpty());
    CHECK(query.lanes().first() == QStringLiteral("Kidal"));
    for (const char *place : {"Anefis", "Bourem", "Menaka", "Douentza", "Tessalit", "Ber"})
        CHECK(query.lanes().contains(QString::fromLatin1(place)));
    const auto window = query.fitWindow();
    const kt::ViewportQuery::Frame frame = query.query(window.first, window.second);
    const QStringList lanes = query.lanesOf(frame.events);
    for (qsizetype i = 0; i < frame.events.size(); ++i)
        CHECK(query.lanes().contains(lanes.at(i)));
    CHECK(lanes.count(QStringLiteral("Kidal")) ==
          std::count_if(frame.events.cbegin(), frame.events.cend(),
                        [](const kt::Event &e) { return e.location == QStringLiteral("Kidal"); }));
}

TEST_CASE("the filter panel's kinds apply together, show as chips, and come back with Back",
          "[view][filters]") {
    Fixture fixture;
    kt::FilterPanel *panel = fixture.window->filterPanel();
    const auto shown = [&fixture] { return fixture.view()->timeline()->events().size(); };
    const qsizetype all = shown();
    REQUIRE(all == 10);
    auto *chips = fixture.window->findChild<kt::FilterChips *>();
    REQUIRE(chips);
    CHECK(chips->isHidden());

    // Event types: unchecking a whole type leaves its events out.
    auto *types = panel->findChild<QTreeWidget *>();
    REQUIRE(types);
    QTreeWidgetItem *strategic = nullptr;
    for (int i = 0; i < types->topLevelItemCount(); ++i)
        if (types->topLevelItem(i)->text(0) == QStringLiteral("Strategic developments"))
            strategic = types->topLevelItem(i);
    REQUIRE(strategic);
    strategic->setCheckState(0, Qt::Unchecked);
    const qsizetype withoutStrategic = shown();
    CHECK(withoutStrategic > 0);
    CHECK(withoutStrategic < all);
    CHECK(fixture.window->viewState()->filter().eventTypes.contains(QStringLiteral("Battles")));
    CHECK(chips->isVisible());
    REQUIRE(chips->texts().size() == 1);
    CHECK(chips->texts().constFirst().startsWith(QStringLiteral("Types: ")));

    // Factions as initiator, with "Only this one": AND with the types.
    auto *factions = panel->findChild<QListWidget *>(QStringLiteral("factions"));
    for (int i = 0; i < factions->count(); ++i)
        if (factions->item(i)->text().startsWith(QStringLiteral("FAMa")))
            factions->setCurrentRow(i);
    const auto button = [panel](const QString &text) {
        for (QPushButton *candidate : panel->findChildren<QPushButton *>())
            if (candidate->text() == text)
                return candidate;
        FAIL("no button " << text.toStdString());
        return static_cast<QPushButton *>(nullptr);
    };
    button(QStringLiteral("Only"))->click();
    const qsizetype famaAnyRole = shown();
    auto *role = panel->findChild<QComboBox *>(QStringLiteral("factionRole"));
    REQUIRE(role);
    role->setCurrentIndex(1); // as initiator
    const qsizetype famaActing = shown();
    CHECK(famaActing > 0);
    CHECK(famaActing < famaAnyRole);
    CHECK(famaAnyRole <= withoutStrategic);
    for (const kt::Event &event : fixture.view()->timeline()->events()) {
        CHECK(event.factions.constFirst() == QStringLiteral("FAMa"));
        CHECK(event.eventType != QStringLiteral("Strategic developments"));
    }
    CHECK(chips->texts().size() == 3); // initiator, types, and "Clear all"
    CHECK(chips->texts().constFirst() == QStringLiteral("Initiator: FAMa"));

    // Back walks the filter changes; a chip removes its criterion.
    fixture.window->viewState()->back();
    CHECK(shown() == famaAnyRole);
    CHECK(role->currentIndex() == 0); // the panel follows
    fixture.window->viewState()->forward();
    CHECK(shown() == famaActing);
    const QList<QToolButton *> buttons = chips->findChildren<QToolButton *>();
    const auto chip = std::find_if(buttons.cbegin(), buttons.cend(), [](const QToolButton *b) {
        return !b->isHidden() && b->text().startsWith(QStringLiteral("Types: "));
    });
    REQUIRE(chip != buttons.cend());
    (*chip)->click();
    CHECK(fixture.window->viewState()->filter().eventTypes.isEmpty());
    CHECK(strategic->checkState(0) == Qt::Checked);
    CHECK(shown() > famaActing);

    // The faction search finds a faction by any of its names.
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("factionSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("arm\u00e9e malienne"));
    QStringList visible;
    for (int i = 0; i < factions->count(); ++i)
        if (!factions->item(i)->isHidden())
            visible << factions->item(i)->data(Qt::UserRole + 1).toString();
    CHECK(visible == QStringList{QStringLiteral("FAMa")});

    // "Use current zoom" turns the window's days into the date criterion.
    button(QStringLiteral("Use current zoom"))->click();
    const kt::Filter dated = fixture.window->viewState()->filter();
    REQUIRE(dated.from);
    REQUIRE(dated.to);
    CHECK(*dated.from <= *dated.to);
    const kt::ViewState::Window window = fixture.window->viewState()->window();
    CHECK(kt::DayDate::toMsecs(*dated.from) <= window.start);
    CHECK(kt::DayDate::toMsecs(*dated.to + 1) >= window.end);
}

TEST_CASE("events of one day beyond what their lane holds are counted in a +N that lists them on click",
          "[view][clusters]") {
    kt::ViewState state;
    auto *chart = new kt::TimelineChart(kt::FactionCatalog::bundled());
    kt::TimelineView view(chart, &state);
    view.resize(1000, 420);
    view.show();
    const kt::Day day = kt::DayDate::fromDate(QDate(2022, 3, 27));
    QList<kt::Event> events;
    for (int k = 0; k < 60; ++k) {
        kt::Event event;
        event.id = k + 1;
        event.dateStart = event.dateEnd = day;
        event.eventType = QStringLiteral("Battles");
        event.factions = {QStringLiteral("FAMa")};
        event.track = QStringLiteral("Mali");
        event.summary = QStringLiteral("Clash %1").arg(k + 1, 2, 10, QLatin1Char('0'));
        events << event;
    }
    const double start = static_cast<double>(kt::DayDate::toMsecs(day - 10));
    const double end = static_cast<double>(kt::DayDate::toMsecs(day + 10));
    state.setWindow(start, end);
    chart->setWindow(start, end);
    chart->setEvents(events, {QStringLiteral("Mali")});
    QApplication::processEvents();

    REQUIRE(chart->clusters().size() == 1);
    const kt::TimelineChart::Cluster cluster = chart->clusters().front();
    const qsizetype drawn = chart->drawnMarks().size();
    CHECK(drawn + cluster.members.size() == 60); // every event a mark or counted in the +N
    CHECK(drawn >= 5);
    // The marks drawn are far enough apart to be told apart and clicked.
    QList<double> ys;
    for (const kt::TimelineChart::DrawnMark &mark : chart->drawnMarks())
        ys << chart->plotScale().position(mark.value).y();
    std::sort(ys.begin(), ys.end());
    for (qsizetype k = 1; k < ys.size(); ++k)
        CHECK(ys.at(k) - ys.at(k - 1) >= 12); // a mark's size

    // Over the +N: its tooltip counts its events; no event of it is hit on its own.
    const QPointF at = chart->plotScale().position(cluster.value);
    REQUIRE(chart->clusterAt(at) == 0);
    const auto hit = chart->eventAt(at);
    CHECK((!hit || !cluster.members.contains(*hit)));
    const QPoint viewAt = view.mapFromScene(chart->mapToScene(at));
    QHelpEvent rest(QEvent::ToolTip, viewAt, view.viewport()->mapToGlobal(viewAt));
    QApplication::sendEvent(view.viewport(), &rest);
    CHECK(QToolTip::text().contains(QStringLiteral("%1 more event").arg(cluster.members.size())));

    // A click lists them in time order, in a popup: the click returns at once (a menu with an event loop of
    // its own would hold whoever sent the click, as the monkey test found); the third picked is selected.
    press(view.viewport(), viewAt);
    press(view.viewport(), viewAt, QEvent::MouseButtonRelease);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    REQUIRE(menu);
    QStringList listed;
    for (const QAction *action : menu->actions())
        listed << action->text();
    REQUIRE(listed.size() == cluster.members.size());
    CHECK(listed.front().contains(kt::eventTitle(events.at(cluster.members.front()))));
    menu->setActiveAction(menu->actions().at(2));
    QTest::keyClick(menu, Qt::Key_Return);
    CHECK(
        QTest::qWaitFor([&] { return state.selectedEvent() == events.at(cluster.members.at(2)).id; }, 5000));

    // A taller window holds more rows: fewer events are left in the +N, or none.
    view.resize(1000, 900);
    QApplication::processEvents();
    qsizetype clustered = 0;
    for (const kt::TimelineChart::Cluster &taller : chart->clusters())
        clustered += taller.members.size();
    CHECK(chart->drawnMarks().size() > drawn);
    CHECK(chart->drawnMarks().size() + clustered == 60);
}

TEST_CASE(
    "a large store's index and filters are read off the GUI thread, and only the newest filter is shown",
    "[view][filter]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::OffThreadReads always; // as for a store of a million events
    always.indexFrom = 0;
    always.selectionFrom = 0;
    kt::MainWindow window(store, always);
    window.resize(1400, 800);
    window.show();
    // The window shows at once, busy, and the events once their index is read.
    CHECK_FALSE(window.isStoreShown());
    CHECK(
        window.findChild<QLabel *>(QStringLiteral("summary"))->text().startsWith(QStringLiteral("Reading")));
    REQUIRE(QTest::qWaitFor([&] { return window.isStoreShown() && !window.isSelecting(); }, 5000));
    QApplication::processEvents();
    kt::TimelineChart *chart = window.timelineView()->timeline();
    REQUIRE(chart->events().size() == 10);
    kt::Filter noMinusma = window.viewState()->filter();
    noMinusma.factions = {QStringLiteral("FAMa"), QStringLiteral("CSP-PSD"), QStringLiteral("Wagner")};
    window.viewState()->setFilter(noMinusma);
    CHECK(window.isSelecting());
    CHECK(chart->events().size() == 10); // not yet: the window went on
    REQUIRE(QTest::qWaitFor([&] { return !window.isSelecting(); }, 5000));
    QApplication::processEvents();
    CHECK(chart->events().size() == 7);
    CHECK(window.eventTable()->view()->model()->rowCount() == 7);

    // Two filters in a row: the first's selection is superseded and never shown.
    kt::Filter minusmaOnly = noMinusma;
    minusmaOnly.factions = {QStringLiteral("MINUSMA")};
    kt::Filter all = noMinusma;
    all.factions.clear();
    window.viewState()->setFilter(minusmaOnly);
    window.viewState()->setFilter(all);
    QList<qsizetype> shown;
    QObject::connect(chart, &kt::TimelineChart::legendChanged, [&] { shown << chart->events().size(); });
    REQUIRE(QTest::qWaitFor([&] { return !window.isSelecting() && chart->events().size() == 10; }, 5000));
    QTest::qWait(100);
    CHECK_FALSE(shown.contains(3));
    CHECK(chart->events().size() == 10);
}
