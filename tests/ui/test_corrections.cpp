// Corrections from the window: edit, delete, merge, split and separate, each undone and redone through the
// Edit menu's undo stack, with the window showing the store as it is after each step.

#include "cli/DefaultStore.h"
#include "core/DayDate.h"
#include "store/EventCorrections.h"
#include "store/EventStore.h"
#include "ui/CorrectionActions.h"
#include "ui/EventDetails.h"
#include "ui/EventEditDialog.h"
#include "ui/EventTable.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using kt::Event;

namespace {

// What the store shows, event by event: enough to tell any correction apart.
QStringList snapshot(const kt::EventStore &store) {
    QStringList rows;
    for (const Event &event : store.loadEvents())
        rows << QStringLiteral("%1|%2|%3-%4|%5|%6|%7|%8|%9|%10|%11")
                    .arg(event.id)
                    .arg(event.uid)
                    .arg(event.dateStart)
                    .arg(event.dateEnd)
                    .arg(event.subEventType, event.factions.join(QLatin1Char(',')), event.location,
                         event.summary)
                    .arg(event.edited)
                    .arg(event.sourceCount)
                    .arg(event.fatalities);
    return rows;
}

QAction *action(kt::MainWindow &window, const char *text) {
    for (QAction *candidate : window.corrections()->eventActions())
        if (candidate->text().remove(QLatin1Char('&')).startsWith(QLatin1String(text)))
            return candidate;
    FAIL("no action " << text);
    return nullptr;
}

struct SeededWindow {
    QTemporaryDir dir;
    kt::EventStore store{dir.filePath(QStringLiteral("s.sqlite"))};
    std::unique_ptr<kt::MainWindow> window;

    SeededWindow() {
        kt::DefaultStore::seed(store);
        window = std::make_unique<kt::MainWindow>(store);
        window->show();
    }
    QUndoStack &stack() { return *window->corrections()->undoStack(); }
    Event event(int position) { return store.loadEvents().at(position); }
    // Clicks the rows of these events in the table, the others with Ctrl as a user adds rows; the first
    // one is clicked last, so that it is the current one.
    void selectRows(const QList<std::int64_t> &ids) {
        QTableView *view = window->eventTable()->view();
        const auto click = [view](std::int64_t id, Qt::KeyboardModifiers modifiers) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 1);
                if (index.data(Qt::UserRole + 1).value<std::int64_t>() != id)
                    continue;
                view->scrollTo(index);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                                  view->visualRect(index).center());
            }
        };
        click(ids.constLast(), Qt::NoModifier);
        for (qsizetype i = ids.size() - 2; i >= 0; --i)
            click(ids.at(i), Qt::ControlModifier);
    }
};

} // namespace

TEST_CASE("[corrections] every correction from the window is undone and redone, in any order, exactly",
          "[desktop]") {
    SeededWindow w;
    const QStringList start = snapshot(w.store);
    REQUIRE(start.size() >= 6);
    const qint64 events = w.store.eventCount();

    // Edit: a new title, day and initiator.
    Event before = w.event(0);
    Event after = before;
    after.summary = QStringLiteral("Corrected: soldiers reach the camp");
    after.dateStart = before.dateStart - 1;
    after.dateEnd = before.dateEnd - 1;
    after.fatalities = 3;
    w.window->corrections()->edit(before, after);
    const QStringList edited = snapshot(w.store);
    CHECK(edited != start);
    CHECK(w.store.loadEvents(std::vector<std::int64_t>{before.id}).constFirst().edited);
    CHECK(w.window->indexedEvents() == events);

    // Delete through the Edit menu's action, on the selection.
    const Event second = w.event(1);
    w.window->viewState()->select(second.id);
    REQUIRE(action(*w.window, "Delete")->isEnabled());
    action(*w.window, "Delete")->trigger();
    CHECK(w.store.eventCount() == events - 1);
    CHECK(w.window->indexedEvents() == events - 1); // the timeline follows
    CHECK(w.window->viewState()->selectedEvent() == 0);
    const QStringList deleted = snapshot(w.store);

    // Merge two rows selected in the table: the current one keeps, the other becomes its source.
    const Event keep = w.event(2);
    const Event source = w.event(3);
    w.selectRows({keep.id, source.id});
    CHECK(w.window->eventTable()->selectedEventIds() == QList<std::int64_t>{keep.id, source.id});
    REQUIRE(action(*w.window, "Merge")->isEnabled());
    action(*w.window, "Merge")->trigger();
    CHECK(w.store.eventCount() == events - 2);
    CHECK(w.store.loadEvents(std::vector<std::int64_t>{keep.id}).constFirst().sourceCount == 2);
    const QStringList merged = snapshot(w.store);

    // Split: a copy to be told apart.
    w.window->viewState()->select(keep.id);
    action(*w.window, "Split")->trigger();
    CHECK(w.store.eventCount() == events - 1);
    const QStringList split = snapshot(w.store);

    CHECK(w.stack().count() == 4);
    // All the way back: the store is as it was opened.
    for (const QStringList &expected : {merged, deleted, edited, start}) {
        w.stack().undo();
        CHECK(snapshot(w.store) == expected);
    }
    CHECK(w.window->indexedEvents() == events);
    // And forward again, to the same events (the split copy with the same uid).
    for (const QStringList &expected : {edited, deleted, merged}) {
        w.stack().redo();
        CHECK(snapshot(w.store) == expected);
    }
    w.stack().redo();
    const QStringList splitAgain = snapshot(w.store);
    REQUIRE(splitAgain.size() == split.size());
    // Ids of a copy made again may differ; uids and contents do not.
    const auto withoutIds = [](QStringList rows) {
        for (QString &row : rows)
            row = row.section(QLatin1Char('|'), 1);
        rows.sort();
        return rows;
    };
    CHECK(withoutIds(splitAgain) == withoutIds(split));

    // Undo in the middle, then a new correction: the redo branch is gone, the rest still undoes.
    w.stack().undo();
    w.stack().undo();
    CHECK(snapshot(w.store) == deleted);
    const Event last = w.event(0);
    Event lastAfter = last;
    lastAfter.summary = QStringLiteral("Another correction");
    w.window->corrections()->edit(last, lastAfter);
    CHECK(w.stack().count() == 3);
    CHECK_FALSE(w.stack().canRedo());
    while (w.stack().canUndo())
        w.stack().undo();
    CHECK(snapshot(w.store) == start);
}

TEST_CASE("[corrections] the details show every source of a merged event, their days, and the first version "
          "of an edited one",
          "[desktop]") {
    SeededWindow w;
    const Event keep = w.event(0);
    const Event source = w.event(1);
    w.window->corrections()->merge({keep.id, source.id});
    Event after = w.store.loadEvents(std::vector<std::int64_t>{keep.id}).constFirst();
    const Event mergedBefore = after;
    after.summary = QStringLiteral("Analyst's title");
    w.window->corrections()->edit(mergedBefore, after);
    w.window->viewState()->select(keep.id);
    auto *details = w.window->findChild<kt::EventDetails *>();
    // The details are read off the GUI thread, after the correction's commit.
    REQUIRE(QTest::qWaitFor([&] { return details->shownEvent() == keep.id; }, 5000));
    const QString text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("Analyst's title")));
    CHECK(text.contains(QStringLiteral("2 reports tell this event")));
    CHECK(text.contains(source.quote.left(40)));
    CHECK(text.contains(QStringLiteral("First version")));
    CHECK(text.contains(kt::eventTitle(keep)));
    if (source.dateStart != keep.dateStart)
        CHECK(text.contains(QStringLiteral("Sources disagree on the day")));

    // Separate: both shown again; undo merges them back.
    REQUIRE(action(*w.window, "Separate")->isEnabled());
    action(*w.window, "Separate")->trigger();
    CHECK(w.store.loadEvents(std::vector<std::int64_t>{source.id}).size() == 1);
    w.stack().undo();
    CHECK(w.store.loadEvents(std::vector<std::int64_t>{source.id}).isEmpty());
}

TEST_CASE("[corrections] the edit dialog gives back what was typed and chosen", "[desktop]") {
    SeededWindow w;
    const Event event = w.event(0);
    kt::EventEditDialog::Choices choices;
    choices.factions = {QStringLiteral("FAMa"), QStringLiteral("Wagner"), QStringLiteral("CSP-PSD")};
    choices.eventTypes = w.store.eventTypes();
    choices.tracks = w.store.trackNames();
    kt::EventEditDialog dialog(event, choices);
    const Event unchanged = dialog.edited();
    CHECK(unchanged.summary == event.summary);
    CHECK(unchanged.dateStart == event.dateStart);
    CHECK(unchanged.eventType == event.eventType);
    CHECK(unchanged.subEventType == event.subEventType);

    auto combos = dialog.findChildren<QComboBox *>();
    const auto combo = [&combos](const QString &item) -> QComboBox * {
        for (QComboBox *box : combos)
            if (box->findText(item) >= 0)
                return box;
        return nullptr;
    };
    QComboBox *type = combo(QStringLiteral("Violence against civilians"));
    REQUIRE(type);
    type->setCurrentText(QStringLiteral("Violence against civilians"));
    QComboBox *subType = combo(QStringLiteral("Abduction/forced disappearance"));
    REQUIRE(subType);
    CHECK(subType->findText(QStringLiteral("Armed clash")) < 0); // only this type's sub-types
    subType->setCurrentText(QStringLiteral("Abduction/forced disappearance"));
    QComboBox *initiator = combo(QStringLiteral("(none)"));
    REQUIRE(initiator);
    initiator->setCurrentText(QStringLiteral("Wagner"));
    const Event changed = dialog.edited();
    CHECK(changed.eventType == QStringLiteral("Violence against civilians"));
    CHECK(changed.subEventType == QStringLiteral("Abduction/forced disappearance"));
    CHECK(changed.factions.constFirst() == QStringLiteral("Wagner"));
}

TEST_CASE("[corrections] on a read-only store nothing can be corrected and nothing changes", "[desktop]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        kt::EventStore store(path);
        kt::DefaultStore::seed(store);
    }
    kt::EventStore readOnly(path, kt::EventStore::Access::ReadOnly);
    kt::MainWindow window(readOnly);
    window.show();
    const QStringList before = snapshot(readOnly);
    window.viewState()->select(readOnly.loadEvents().constFirst().id);
    for (QAction *candidate : window.corrections()->eventActions())
        CHECK_FALSE(candidate->isEnabled());
    // Even when asked directly, the refusal is reported and the history stays empty.
    QStringList failures;
    QObject::connect(window.corrections(), &kt::CorrectionActions::failed,
                     [&failures](const QString &message) { failures << message; });
    window.corrections()->remove({readOnly.loadEvents().constFirst().id});
    CHECK(failures.size() == 1);
    CHECK(window.corrections()->undoStack()->count() == 0);
    CHECK(snapshot(readOnly) == before);
}
