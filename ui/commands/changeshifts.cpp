#include "changeshifts.h"

#include "storage/shiftchangeset.h"
#include "workspacesession.h"

#include <QUndoStack>
#include <memory>

ChangeShifts::ChangeShifts(WorkspaceSession *session, QList<Change> changes, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(std::move(changes))
{
}

StorageError ChangeShifts::apply(WorkspaceSession *session, QList<Change> changes, const QString &text, QList<qint64> *createdIds)
{
    auto command = std::unique_ptr<ChangeShifts>(new ChangeShifts(session, std::move(changes), text));
    if (StorageError error = command->write(true); !error.ok())
        return error;
    if (createdIds) {
        for (const Change &change : std::as_const(command->m_changes)) {
            if (!change.before && change.after)
                createdIds->append(change.after->id);
        }
    }
    const auto [from, to] = command->dates();
    session->undoStack()->push(command.release());
    session->notifyDataChanged();
    session->notifyDatesChanged(from, to);
    return {};
}

std::pair<QDate, QDate> ChangeShifts::dates() const
{
    QDate from;
    QDate to;
    for (const Change &change : m_changes) {
        for (const std::optional<Shift> &shift : {change.before, change.after}) {
            if (!shift)
                continue;
            from = from.isValid() ? std::min(from, shift->date) : shift->date;
            to = to.isValid() ? std::max(to, shift->date) : shift->date;
        }
    }
    // A night runs into the next day.
    return {from, to.addDays(1)};
}

void ChangeShifts::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(true);
}

void ChangeShifts::undo()
{
    writeOrReport(false);
}

StorageError ChangeShifts::write(bool forward)
{
    return ShiftChangeSet::write(*m_session->workspace(), m_changes, forward);
}

void ChangeShifts::writeOrReport(bool forward)
{
    if (StorageError error = write(forward); !error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
    const auto [from, to] = dates();
    m_session->notifyDatesChanged(from, to);
}
