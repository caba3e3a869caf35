#pragma once

#include "core/data.h"
#include "store/EventCorrections.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace kt {

class CorrectionCommand;
class EventStore;
class FactionCatalog;

// The window's Edit menu: undo and redo over a QUndoStack, and the corrections an analyst makes to events —
// edit (a dialog), delete, merge several into one, split one in two, separate an event's sources again. Each
// correction is a CorrectionCommand; the store's refusals come out of `failed`, never as exceptions.
class CorrectionActions : public QObject {
    Q_OBJECT
public:
    // The events selected in the window, the current one first (several when rows of the table are).
    using Selection = std::function<QList<std::int64_t>()>;
    using Lookup = std::function<std::optional<Event>(std::int64_t)>;
    CorrectionActions(EventStore &store, const FactionCatalog &catalog, Selection selection, Lookup lookup,
                      QWidget *window);

    // Undo, Redo, then the corrections.
    void fillMenu(QMenu *edit);
    // The corrections alone, for context menus.
    QList<QAction *> eventActions() const;
    QUndoStack *undoStack() const { return m_stack; }
    EventCorrections &corrections() { return m_corrections; }
    // Enables what the selection allows; all of it is off on a read-only store.
    void updateActions();

    // The corrections themselves, on the given events (what the actions do with the selection).
    void edit(const Event &before, const Event &after);
    void remove(const QList<std::int64_t> &eventIds);
    // The first event keeps; the others become its sources.
    void merge(const QList<std::int64_t> &eventIds);
    void split(std::int64_t eventId);
    void separate(std::int64_t eventId);

Q_SIGNALS:
    // A correction was made, undone or redone: the window reads the store again.
    void storeChanged();
    void failed(const QString &message);

private:
    void openEditor();
    void push(CorrectionCommand *command);
    // Passes a refusal of the store on through `failed`.
    std::function<void(const QString &)> reporter();
    // The events with these ids that the window shows, in that order.
    QList<Event> eventsOf(const QList<std::int64_t> &eventIds) const;

    EventStore &m_store;
    const FactionCatalog &m_catalog;
    EventCorrections m_corrections;
    Selection m_selection;
    Lookup m_lookup;
    QWidget *m_window;
    QUndoStack *m_stack;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_merge;
    QAction *m_split;
    QAction *m_separate;
};

} // namespace kt
