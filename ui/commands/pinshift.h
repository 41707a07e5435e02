#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QUndoCommand>

class WorkspaceSession;

// Pins or unpins a shift (automatic rota generation leaves a pinned shift where it is). Each
// direction is journaled by the repository as the "pin" or "unpin" action.
class PinShift : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PinShift)

public:
    // Pins or unpins now and, when that was stored, pushes the command on the session's undo
    // stack; otherwise returns the error and pushes nothing. `description` names the shift.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, qint64 shiftId, bool pinned, const QString &description);

    void undo() override;
    void redo() override;

private:
    PinShift(WorkspaceSession *session, qint64 shiftId, bool pinned, const QString &description);
    void writeOrReport(bool pinned);

    WorkspaceSession *m_session;
    qint64 m_shiftId;
    bool m_pinned;
    bool m_written = true; // apply() has made the first write
};
