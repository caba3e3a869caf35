#include "ui/CorrectionActions.h"

#include "core/FactionCatalog.h"
#include "store/EventStore.h"
#include "store/StoreError.h"
#include "ui/CorrectionCommand.h"
#include "ui/EventEditDialog.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace kt {

CorrectionActions::CorrectionActions(EventStore &store, const FactionCatalog &catalog, Selection selection,
                                     Lookup lookup, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_catalog(catalog)
    , m_corrections(store)
    , m_selection(std::move(selection))
    , m_lookup(std::move(lookup))
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_edit(new QAction(tr("&Edit event\u2026"), this))
    , m_delete(new QAction(tr("&Delete event"), this))
    , m_merge(new QAction(tr("&Merge selected events"), this))
    , m_split(new QAction(tr("S&plit event"), this))
    , m_separate(new QAction(tr("Se&parate sources"), this)) {
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    m_merge->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_merge->setToolTip(tr("Select two or more rows in the table (Ctrl+click): the current one keeps, the "
                           "others become its sources"));
    m_separate->setToolTip(tr("Show each report merged into this event as an event of its own again"));
    for (QAction *action : eventActions())
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_edit, &QAction::triggered, this, &CorrectionActions::openEditor);
    connect(m_delete, &QAction::triggered, this, [this] { remove(m_selection()); });
    connect(m_merge, &QAction::triggered, this, [this] { merge(m_selection()); });
    connect(m_split, &QAction::triggered, this, [this] {
        if (const QList<std::int64_t> ids = m_selection(); !ids.isEmpty())
            split(ids.constFirst());
    });
    connect(m_separate, &QAction::triggered, this, [this] {
        if (const QList<std::int64_t> ids = m_selection(); !ids.isEmpty())
            separate(ids.constFirst());
    });
    connect(m_stack, &QUndoStack::indexChanged, this, &CorrectionActions::storeChanged);
    updateActions();
}

void CorrectionActions::fillMenu(QMenu *edit) {
    QAction *undo = m_stack->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(eventActions());
}

QList<QAction *> CorrectionActions::eventActions() const {
    return {m_edit, m_delete, m_merge, m_split, m_separate};
}

QList<Event> CorrectionActions::eventsOf(const QList<std::int64_t> &eventIds) const {
    QList<Event> events;
    for (const std::int64_t id : eventIds)
        if (const std::optional<Event> event = m_lookup(id))
            events << *event;
    return events;
}

void CorrectionActions::updateActions() {
    const bool writable = !m_store.isReadOnly();
    const QList<std::int64_t> ids = writable ? m_selection() : QList<std::int64_t>{};
    std::optional<Event> current;
    if (!ids.isEmpty())
        current = m_lookup(ids.constFirst());
    for (QAction *action : {m_edit, m_delete, m_split})
        action->setEnabled(current.has_value());
    m_merge->setEnabled(ids.size() >= 2);
    m_separate->setEnabled(current && current->sourceCount > 1);
    const QString readOnly = tr("This store is read-only");
    m_edit->setToolTip(writable ? QString() : readOnly);
}

std::function<void(const QString &)> CorrectionActions::reporter() {
    return [this](const QString &message) { Q_EMIT failed(message); };
}

void CorrectionActions::push(CorrectionCommand *command) {
    m_stack->push(command); // runs it; a refused one is reported and dropped
}

void CorrectionActions::openEditor() {
    const QList<Event> events = eventsOf(m_selection());
    if (events.isEmpty())
        return;
    const Event before = events.constFirst();
    EventEditDialog::Choices choices;
    for (const Faction &faction : m_catalog.factions())
        choices.factions << faction.name;
    try {
        choices.eventTypes = m_store.eventTypes();
        choices.tracks = m_store.trackNames();
    } catch (const StoreError &error) {
        Q_EMIT failed(QString::fromStdString(error.what()));
        return;
    }
    auto *dialog = new EventEditDialog(before, choices, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] { edit(before, dialog->edited()); });
    dialog->open();
}

void CorrectionActions::edit(const Event &before, const Event &after) {
    push(CorrectionCommand::edit(m_corrections, before, after, reporter()));
}

void CorrectionActions::remove(const QList<std::int64_t> &eventIds) {
    const QList<Event> events = eventsOf(eventIds);
    if (events.isEmpty())
        return;
    // Several rows go as one step of the history.
    if (events.size() > 1)
        m_stack->beginMacro(tr("Delete %1 events").arg(events.size()));
    for (const Event &event : events)
        push(CorrectionCommand::remove(m_corrections, event, reporter()));
    if (events.size() > 1)
        m_stack->endMacro();
}

void CorrectionActions::merge(const QList<std::int64_t> &eventIds) {
    const QList<Event> events = eventsOf(eventIds);
    if (events.size() < 2)
        return;
    m_stack->beginMacro(
        tr("Merge %1 events into \u201c%2\u201d").arg(events.size()).arg(eventTitle(events.constFirst())));
    for (qsizetype i = 1; i < events.size(); ++i)
        push(CorrectionCommand::merge(m_corrections, events.constFirst(), events.at(i), reporter()));
    m_stack->endMacro();
}

void CorrectionActions::split(std::int64_t eventId) {
    if (const std::optional<Event> event = m_lookup(eventId))
        push(CorrectionCommand::split(m_corrections, *event, reporter()));
}

void CorrectionActions::separate(std::int64_t eventId) {
    const std::optional<Event> event = m_lookup(eventId);
    if (!event)
        return;
    QList<Event> sources;
    try {
        sources = m_corrections.sources(eventId);
    } catch (const StoreError &error) {
        Q_EMIT failed(QString::fromStdString(error.what()));
        return;
    }
    if (!sources.isEmpty())
        push(CorrectionCommand::separate(m_corrections, *event, sources, reporter()));
}

} // namespace kt
