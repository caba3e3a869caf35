#include "ui/CorrectionCommand.h"

#include "store/EventCorrections.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUuid>

#include <memory>

namespace kt {

namespace {

QString titleOf(const Event &event) {
    QString title = eventTitle(event);
    if (title.size() > 60)
        title = title.left(59) + QChar(0x2026);
    return title;
}

} // namespace

CorrectionCommand::CorrectionCommand(EventCorrections &corrections, const QString &text, Step redo, Step undo,
                                     Failure failed)
    : QUndoCommand(text)
    , m_corrections(corrections)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_failed(std::move(failed)) {}

void CorrectionCommand::run(const Step &step) {
    try {
        step(m_corrections);
    } catch (const StoreError &error) {
        // The stack drops an obsolete command (QUndoCommand::setObsolete): it cannot be redone or undone.
        setObsolete(true);
        if (m_failed)
            m_failed(QString::fromStdString(error.what()));
    }
}

void CorrectionCommand::redo() {
    run(m_redo);
}

void CorrectionCommand::undo() {
    run(m_undo);
}

CorrectionCommand *CorrectionCommand::edit(EventCorrections &corrections, const Event &before,
                                           const Event &after, Failure failed) {
    Event edited = after;
    edited.edited = true;
    return new CorrectionCommand(
        corrections, tr("Edit \u201c%1\u201d").arg(titleOf(before)),
        [edited](EventCorrections &c) { c.replace(edited); },
        [before](EventCorrections &c) { c.replace(before); }, std::move(failed));
}

CorrectionCommand *CorrectionCommand::remove(EventCorrections &corrections, const Event &event,
                                             Failure failed) {
    const std::int64_t id = event.id;
    return new CorrectionCommand(
        corrections, tr("Delete \u201c%1\u201d").arg(titleOf(event)),
        [id](EventCorrections &c) { c.setDeleted(id, true); },
        [id](EventCorrections &c) { c.setDeleted(id, false); }, std::move(failed));
}

CorrectionCommand *CorrectionCommand::merge(EventCorrections &corrections, const Event &keep,
                                            const Event &source, Failure failed) {
    // What merge() moved along with the source, for undo.
    auto moved = std::make_shared<QList<std::int64_t>>();
    const std::int64_t keepId = keep.id;
    const std::int64_t sourceId = source.id;
    return new CorrectionCommand(
        corrections, tr("Merge \u201c%1\u201d into \u201c%2\u201d").arg(titleOf(source), titleOf(keep)),
        [keepId, sourceId, moved](EventCorrections &c) { *moved = c.merge(keepId, sourceId); },
        [sourceId, moved](EventCorrections &c) { c.unmerge(sourceId, *moved); }, std::move(failed));
}

CorrectionCommand *CorrectionCommand::separate(EventCorrections &corrections, const Event &event,
                                               const QList<Event> &sources, Failure failed) {
    const std::int64_t keepId = event.id;
    QList<std::int64_t> ids;
    for (const Event &source : sources)
        ids << source.id;
    return new CorrectionCommand(
        corrections, tr("Separate the sources of \u201c%1\u201d").arg(titleOf(event)),
        [ids](EventCorrections &c) {
            for (const std::int64_t id : ids)
                c.unmerge(id, {});
        },
        [keepId, ids](EventCorrections &c) {
            for (const std::int64_t id : ids)
                c.merge(keepId, id);
        },
        std::move(failed));
}

CorrectionCommand *CorrectionCommand::split(EventCorrections &corrections, const Event &event,
                                            Failure failed) {
    // The copy's uid is made once: redo after undo makes the same event again.
    const QString uid = event.uid + QStringLiteral("/split-") + QUuid::createUuid().toString(QUuid::Id128);
    const std::int64_t id = event.id;
    return new CorrectionCommand(
        corrections, tr("Split \u201c%1\u201d").arg(titleOf(event)),
        [id, uid](EventCorrections &c) { c.split(id, uid); },
        [uid](EventCorrections &c) { c.removeSplit(uid); }, std::move(failed));
}

} // namespace kt
