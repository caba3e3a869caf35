#pragma once

#include "core/data.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace kt {

class EventCorrections;

// One correction of the store's events on the window's undo stack (Qt's undo framework): what to do and how
// to take it back, each a call of EventCorrections. A correction the store refuses (read-only, busy, full,
// the event gone) is reported through `failed`, changes nothing, and leaves the stack (it becomes obsolete).
class CorrectionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CorrectionCommand)
public:
    using Step = std::function<void(EventCorrections &)>;
    using Failure = std::function<void(const QString &message)>;

    CorrectionCommand(EventCorrections &corrections, const QString &text, Step redo, Step undo,
                      Failure failed);

    // An edit: `before` as the store holds it, `after` with what the analyst changed.
    static CorrectionCommand *edit(EventCorrections &corrections, const Event &before, const Event &after,
                                   Failure failed);
    static CorrectionCommand *remove(EventCorrections &corrections, const Event &event, Failure failed);
    // `source` becomes one of `keep`'s sources.
    static CorrectionCommand *merge(EventCorrections &corrections, const Event &keep, const Event &source,
                                    Failure failed);
    // Every event merged into `event` is shown again on its own.
    static CorrectionCommand *separate(EventCorrections &corrections, const Event &event,
                                       const QList<Event> &sources, Failure failed);
    // A copy of `event` (same source), to be edited into the second of two happenings one sentence told.
    static CorrectionCommand *split(EventCorrections &corrections, const Event &event, Failure failed);

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    EventCorrections &m_corrections;
    Step m_redo;
    Step m_undo;
    Failure m_failed;
};

} // namespace kt
