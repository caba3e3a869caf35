#include "cli/DefaultStore.h"
#include "core/ViewState.h"
#include "ui/EventTable.h"
#include "ui/EventTableModel.h"
#include "ui/MainWindow.h"
#include "ui/TimelineChart.h"
#include "ui/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("the event table model passes QAbstractItemModelTester through resets and sorting", "[table]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    const QList<kt::Event> events = store.loadEvents();
    REQUIRE(events.size() == 10);

    kt::EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(events);
    CHECK(model.rowCount() == 10);
    CHECK(model.columnCount() == kt::EventTableModel::ColumnCount);
    model.setEvents(events.mid(3, 4));
    CHECK(model.rowCount() == 4);
    model.setEvents({});
    CHECK(model.rowCount() == 0);
    model.setEvents(events);

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(kt::EventTableModel::SortRole);
    proxy.sort(kt::EventTableModel::Date, Qt::DescendingOrder);
    // Newest first: the 31 December deadline leads.
    CHECK(proxy.index(0, kt::EventTableModel::Status).data().toString() == QStringLiteral("planned"));
    proxy.sort(kt::EventTableModel::Date, Qt::AscendingOrder);
    const auto first = proxy.index(0, 0).data(kt::EventTableModel::SortRole).toLongLong();
    for (int row = 1; row < proxy.rowCount(); ++row)
        CHECK(proxy.index(row, 0).data(kt::EventTableModel::SortRole).toLongLong() >= first);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(QStringLiteral("HCUA"));
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("the table and the timeline select the same event, both ways", "[table]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::MainWindow window(store);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    kt::EventTable *table = window.eventTable();
    REQUIRE(table->model()->rowCount() == 10);

    // Timeline → table.
    const std::int64_t id = table->model()->events().at(4).id;
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
