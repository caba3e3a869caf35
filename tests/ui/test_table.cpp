#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "core/ViewState.h"
#include "ui/EventTable.h"
#include "ui/EventTableModel.h"
#include "ui/MainWindow.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <numeric>

namespace {

// An index of `count` events, a day apart from 1 January 2000, ids from 1.
std::shared_ptr<const kt::EventIndex> daysIndex(std::size_t count) {
    auto index = std::make_shared<kt::EventIndex>();
    index->reserve(count);
    for (std::size_t at = 0; at < count; ++at) {
        kt::EventIndex::Row row;
        row.id = static_cast<std::int64_t>(at) + 1;
        row.start = 10'957 + static_cast<kt::Day>(at / 8); // eight events a day
        row.end = row.start;
        index->append(row);
    }
    return index;
}

// Events made up from their ids, as a store would give them; counts the ids asked for.
kt::EventTableModel::Loader madeUp(std::size_t &asked) {
    return [&asked](const std::vector<std::int64_t> &ids) {
        asked += ids.size();
        QList<kt::Event> events;
        for (const std::int64_t id : ids) {
            kt::Event event;
            event.id = id;
            event.summary = QStringLiteral("event %1").arg(id);
            events.append(event);
        }
        return events;
    };
}

// The window on a store of the seed article, shown.
struct SeedWindow {
    QTemporaryDir dir;
    kt::EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    std::unique_ptr<kt::MainWindow> window;
    SeedWindow() {
        kt::DefaultStore::seed(store);
        window = std::make_unique<kt::MainWindow>(store);
        window->resize(1400, 900);
        window->show();
        QApplication::processEvents();
    }
};

std::vector<std::uint32_t> everyRow(const kt::EventIndex &index) {
    std::vector<std::uint32_t> rows(index.size());
    std::iota(rows.begin(), rows.end(), 0U);
    return rows;
}

} // namespace

TEST_CASE("the event table model passes QAbstractItemModelTester with a million rows, reading only what is "
          "shown",
          "[table]") {
    const auto index = daysIndex(1'000'000);
    std::size_t asked = 0;
    kt::EventTableModel model;
    model.setLoader(madeUp(asked));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(index, everyRow(*index));
    CHECK(model.rowCount() == 1'000'000);
    CHECK(model.columnCount() == kt::EventTableModel::ColumnCount);
    // The tester walked every row and column; the text of one page was read, for its data() checks.
    CHECK(asked == kt::EventTableModel::kPageRows);

    // A row far down reads its own page, and its id comes from the index without a read.
    CHECK(model.index(765'432, kt::EventTableModel::Title).data().toString() ==
          QStringLiteral("event 765433"));
    CHECK(asked == 2 * kt::EventTableModel::kPageRows);
    CHECK(model.index(999'999, 0).data(kt::EventTableModel::IdRole).value<std::int64_t>() == 1'000'000);
    CHECK(asked == 2 * kt::EventTableModel::kPageRows);
    CHECK(model.rowOf(1'000'000) == 999'999);

    model.setRows(index, {5, 3, 1});
    CHECK(model.index(0, kt::EventTableModel::Title).data().toString() == QStringLiteral("event 6"));
    model.setRows(index, {});
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.index(0, 0).isValid());
}

TEST_CASE("a listing cancelled by the next window never shows its rows", "[table]") {
    const auto index = daysIndex(400'000); // wider than kListAtOnce: listed on a worker thread
    REQUIRE(index->size() > kt::EventTable::kListAtOnce * 2);
    std::size_t asked = 0;
    kt::EventTable table;
    table.model()->setLoader(madeUp(asked));
    const auto selection = std::make_shared<kt::IndexSelection>(*index, kt::IndexFilter{});
    int listed = 0;
    QObject::connect(&table, &kt::EventTable::listed, [&listed] { ++listed; });

    // The whole index, then at once its last half: only the half may ever reach the table.
    table.showWindow({index, selection, index->firstDay(), index->lastDay()});
    const kt::Day half = index->start(index->size() / 2);
    table.showWindow({index, selection, half, index->lastDay()});
    QElapsedTimer waited;
    waited.start();
    while (listed == 0 && waited.elapsed() < 20'000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(listed == 1);
    CHECK(table.model()->rowCount() == static_cast<int>(index->size() / 2));
    CHECK(table.model()->idAt(0) == index->id(index->size() / 2));
    QTest::qWait(300); // the first listing, had it not been cancelled, would land by now
    CHECK(listed == 1);
    CHECK(table.model()->rowCount() == static_cast<int>(index->size() / 2));
}

TEST_CASE("the events table sorts by any column and finds text, from the window", "[table]") {
    SeedWindow seeded;
    kt::EventStore &store = seeded.store;
    kt::MainWindow &window = *seeded.window;
    kt::EventTable *table = window.eventTable();
    QTableView *view = table->view();
    REQUIRE(view->model()->rowCount() == 10);
    const auto cell = [view](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };

    view->sortByColumn(kt::EventTableModel::Date, Qt::DescendingOrder);
    // Newest first: the 31 December deadline leads.
    CHECK(cell(0, kt::EventTableModel::Status) == QStringLiteral("planned"));
    view->sortByColumn(kt::EventTableModel::Place, Qt::AscendingOrder); // from the index
    for (int row = 1; row < 10; ++row)
        CHECK(QString::localeAwareCompare(
                  cell(row - 1, kt::EventTableModel::Place).section(QLatin1Char(' '), 0, 0),
                  cell(row, kt::EventTableModel::Place).section(QLatin1Char(' '), 0, 0)) <= 0);
    view->sortByColumn(kt::EventTableModel::Title, Qt::DescendingOrder); // from the events' text
    for (int row = 1; row < 10; ++row)
        CHECK(cell(row - 1, kt::EventTableModel::Title)
                  .compare(cell(row, kt::EventTableModel::Title), Qt::CaseInsensitive) >= 0);
    CHECK(view->horizontalHeader()->sortIndicatorSection() == kt::EventTableModel::Title);

    table->findChild<QLineEdit *>()->setText(QStringLiteral("HCUA"));
    CHECK(view->model()->rowCount() == 1);
    table->findChild<QLineEdit *>()->clear();
    CHECK(view->model()->rowCount() == 10);

    // The window moves to November 2023: once it rests, the table lists the events that overlap it.
    const kt::Day from = kt::DayDate::fromDate(QDate(2023, 11, 1));
    const kt::Day to = kt::DayDate::fromDate(QDate(2023, 11, 30));
    window.viewState()->setWindow(static_cast<double>(kt::DayDate::toMsecs(from)),
                                  static_cast<double>(kt::DayDate::toMsecs(to + 1)));
    QApplication::processEvents();
    CHECK(table->isBusy()); // it waits for the window to rest
    QElapsedTimer waited;
    waited.start();
    while (table->isBusy() && waited.elapsed() < 5'000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    int overlapping = 0;
    for (const kt::Event &event : store.loadEvents())
        overlapping += event.dateEnd >= from && event.dateStart <= to;
    REQUIRE(overlapping > 0);
    REQUIRE(overlapping < 10);
    CHECK(view->model()->rowCount() == overlapping);
}

TEST_CASE("the table and the timeline select the same event, both ways", "[table]") {
    SeedWindow seeded;
    kt::MainWindow &window = *seeded.window;
    kt::EventTable *table = window.eventTable();
    REQUIRE(table->model()->rowCount() == 10);

    // Timeline → table.
    const std::int64_t id = table->model()->idAt(4);
    window.viewState()->select(id);
    QApplication::processEvents();
    const QModelIndex current = table->view()->selectionModel()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(kt::EventTableModel::IdRole).value<std::int64_t>() == id);

    // Table → timeline.
    const QModelIndex other = table->view()->model()->index(7, 0);
    table->view()->selectionModel()->setCurrentIndex(other, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    QApplication::processEvents();
    CHECK(window.viewState()->selectedEvent() ==
          other.data(kt::EventTableModel::IdRole).value<std::int64_t>());
}
