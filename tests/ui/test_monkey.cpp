// The window under abuse: 10,000 random mouse, wheel and key events over the seed store and over a 100k-event
// store, with a fixed seed so that a failure can be replayed. No crash, no assertion, and the window still
// answers afterwards.

#include "cli/DefaultStore.h"
#include "io/AcledGenerator.h"
#include "io/AcledImporter.h"
#include "store/EventStore.h"
#include "store/ImportTransaction.h"
#include "ui/MainWindow.h"
#include "ui/TimelineView.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>

#include <catch2/catch.hpp>

namespace {

// The window's parts a user points at: the timeline, the table, the panels. Menus and the toolbar's export
// open file dialogs, which wait for a person: they are left out.
QList<QWidget *> targets(kt::MainWindow &window) {
    QList<QWidget *> widgets{window.timelineView()->viewport()};
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        for (QWidget *child : dock->findChildren<QWidget *>())
            if (child->isVisible() && child->width() > 4 && child->height() > 4)
                widgets << child;
    return widgets;
}

void abuse(kt::MainWindow &window, int count, quint32 seed) {
    QRandomGenerator random(seed);
    // A key may open a modal dialog (Ctrl+N: a file dialog) whose own event loop would wait for a person:
    // it is closed again at once, as a person who changed their mind would.
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(20);
    static const QList<int> keys{Qt::Key_Left, Qt::Key_Right,  Qt::Key_Up,     Qt::Key_Down,
                                 Qt::Key_Plus, Qt::Key_Minus,  Qt::Key_Home,   Qt::Key_End,
                                 Qt::Key_N,    Qt::Key_P,      Qt::Key_Space,  Qt::Key_Tab,
                                 Qt::Key_A,    Qt::Key_Escape, Qt::Key_PageUp, Qt::Key_PageDown,
                                 Qt::Key_0,    Qt::Key_1,      Qt::Key_4,      Qt::Key_Backspace};
    QList<QWidget *> widgets = targets(window);
    for (int i = 0; i < count; ++i) {
        if (i % 500 == 0)
            widgets = targets(window); // panels may have been rebuilt
        QWidget *widget = widgets.at(static_cast<qsizetype>(random.bounded(widgets.size())));
        const QPointF at(random.bounded(std::max(1, widget->width())),
                         random.bounded(std::max(1, widget->height())));
        const QPointF global = widget->mapToGlobal(at);
        const Qt::KeyboardModifiers modifiers =
            random.bounded(4) == 0
                ? Qt::KeyboardModifiers(random.bounded(2) ? Qt::ShiftModifier : Qt::ControlModifier)
                : Qt::NoModifier;
        switch (random.bounded(6)) {
        case 0: {
            QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton,
                              modifiers);
            QApplication::sendEvent(widget, &press);
            break;
        }
        case 1: {
            QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton,
                                modifiers);
            QApplication::sendEvent(widget, &release);
            break;
        }
        case 2: {
            QMouseEvent move(QEvent::MouseMove, at, global, Qt::NoButton,
                             random.bounded(2) ? Qt::LeftButton : Qt::NoButton, modifiers);
            QApplication::sendEvent(widget, &move);
            break;
        }
        case 3: {
            QMouseEvent twice(QEvent::MouseButtonDblClick, at, global, Qt::LeftButton, Qt::LeftButton,
                              modifiers);
            QApplication::sendEvent(widget, &twice);
            break;
        }
        case 4: {
            const int delta = (random.bounded(2) ? 1 : -1) * 120 * static_cast<int>(1 + random.bounded(3));
            QWheelEvent wheel(at, global, QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &wheel);
            break;
        }
        default: {
            const int key = keys.at(static_cast<qsizetype>(random.bounded(keys.size())));
            QKeyEvent press(QEvent::KeyPress, key, modifiers);
            QApplication::sendEvent(widget, &press);
            QKeyEvent release(QEvent::KeyRelease, key, modifiers);
            QApplication::sendEvent(widget, &release);
            break;
        }
        }
        if (i % 20 == 0)
            QApplication::processEvents();
    }
    QApplication::processEvents();
}

void checkStillAnswers(kt::MainWindow &window) {
    window.viewState()->fit();
    QApplication::processEvents();
    const auto fitted = window.viewState()->window();
    window.viewState()->zoomBy(0.5, (fitted.start + fitted.end) / 2, kt::ViewState::History::NewStep);
    QApplication::processEvents();
    CHECK(window.viewState()->window().span() < fitted.span());
}

} // namespace

TEST_CASE("10,000 random inputs over the seed store: no crash, the window still answers", "[monkey]") {
    QTemporaryDir dir;
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    kt::DefaultStore::seed(store);
    kt::MainWindow window(store);
    window.resize(1400, 800);
    window.show();
    QApplication::processEvents();
    abuse(window, 10'000, 20231114);
    checkStillAnswers(window);
}

TEST_CASE("10,000 random inputs over a 100k-event store: no crash, the window still answers", "[monkey]") {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("g.csv"));
    kt::AcledGenerator(11).write(csv, 100'000);
    kt::EventStore store(dir.filePath(QStringLiteral("s.sqlite")));
    {
        kt::ImportTransaction transaction(store);
        kt::AcledImporter(transaction, store.factionCatalog()).importFile(csv, false);
        transaction.commit();
    }
    kt::MainWindow window(store);
    window.resize(1400, 800);
    window.show();
    QApplication::processEvents();
    abuse(window, 10'000, 20231231);
    checkStillAnswers(window);
}
