// The window never dies on an error: store faults and bad input are shown and the window stays usable.

#include "cli/DefaultStore.h"
#include "io/AcledGenerator.h"
#include "io/AcledImporter.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"
#include "store/StoreError.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {

QMessageBox *shownMessage(const kt::MainWindow &window) {
    for (QMessageBox *box : window.findChildren<QMessageBox *>())
        if (box->isVisible())
            return box;
    return nullptr;
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

TEST_CASE("an error escaping a slot is caught, shown, and the window carries on", "[faults][window]") {
    REQUIRE(kt::Application::instance() != nullptr);
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::MainWindow window(store);
    window.show();
    settle();
    QTimer::singleShot(0, &window, [] { throw kt::StoreError("reading the events: the disk went away"); });
    settle();
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("the disk went away")));
    QMessageBox *box = shownMessage(window);
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("the disk went away")));
    CHECK(box->windowModality() != Qt::ApplicationModal);
    box->close();
    // Still a working window: zooming redraws.
    const auto before = window.viewState()->window();
    window.viewState()->zoomBy(0.5, (before.start + before.end) / 2, kt::ViewState::History::NewStep);
    settle();
    CHECK(window.viewState()->window().span() < before.span());
}

TEST_CASE("a store damaged while the window has it open: an error is shown, not a crash",
          "[faults][window]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("g.csv"));
    kt::AcledGenerator(7).write(csv, 30000); // more than the read cache holds
    {
        kt::EventStore store(path);
        kt::ImportTransaction transaction(store);
        kt::AcledImporter(transaction, store.factionCatalog()).importFile(csv, false);
        transaction.commit();
    }
    kt::EventStore store(path, kt::EventStore::Access::ReadOnly);
    kt::MainWindow window(store);
    window.show();
    settle();
    // Another program writes over the file's pages and its header's change counter.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const QByteArray junk(static_cast<int>(file.size()) - 100, '\x5a');
        file.seek(100);
        file.write(junk);
        file.seek(24);
        file.write("\x7f\x7f\x7f\x7f", 4);
    }
    for (const std::int64_t id : {29000, 15000, 2})
        window.viewState()->select(id);
    settle();
    QMessageBox *box = shownMessage(window);
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("damaged")));
    box->close();
    // What the window holds in memory still draws.
    const auto before = window.viewState()->window();
    window.viewState()->zoomBy(0.25, (before.start + before.end) / 2, kt::ViewState::History::NewStep);
    settle();
    CHECK(window.viewState()->window().span() < before.span());
}
