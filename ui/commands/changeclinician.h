#pragma once

#include "model/clinician.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QUndoCommand>

class WorkspaceSession;

// Changes a clinician's own fields (name, team, grade, e-mail, active, status). Only the fields
// in which `after` differs from `before` are written, onto the record as it is stored at that
// moment, so undoing a rename never puts back an older value of another field. Every write
// is journaled by the repository.
class ChangeClinician : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeClinician)

public:
    // Writes the change now and, when it was stored, pushes the command on the session's undo
    // stack. A refused change (invalid, disk full, locked) becomes no undo step; its error is
    // returned.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, const Clinician &before, const Clinician &after,
                                            const QString &text);

    void undo() override;
    void redo() override;

private:
    ChangeClinician(WorkspaceSession *session, const Clinician &before, const Clinician &after, const QString &text);
    [[nodiscard]] StorageError write(const Clinician &values) const;
    void writeOrReport(const Clinician &values);

    WorkspaceSession *m_session;
    Clinician m_before;
    Clinician m_after;
    bool m_written = true; // apply() has made the first write
};
