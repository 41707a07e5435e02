#include "pinshift.h"

#include "storage/shiftrepository.h"
#include "workspacesession.h"

#include <QUndoStack>

PinShift::PinShift(WorkspaceSession *session, qint64 shiftId, bool pinned, const QString &description)
    : QUndoCommand(pinned ? tr("Pin %1").arg(description) : tr("Unpin %1").arg(description))
    , m_session(session)
    , m_shiftId(shiftId)
    , m_pinned(pinned)
{
}

StorageError PinShift::apply(WorkspaceSession *session, qint64 shiftId, bool pinned, const QString &description)
{
    if (StorageError error = ShiftRepository(*session->workspace()).setPinned(shiftId, pinned); !error.ok())
        return error;
    session->undoStack()->push(new PinShift(session, shiftId, pinned, description));
    session->notifyDataChanged();
    return {};
}

void PinShift::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(m_pinned);
}

void PinShift::undo()
{
    writeOrReport(!m_pinned);
}

void PinShift::writeOrReport(bool pinned)
{
    if (StorageError error = ShiftRepository(*m_session->workspace()).setPinned(m_shiftId, pinned); !error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
}
