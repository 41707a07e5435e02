#pragma once

#include "model/clinician.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QUndoCommand>

class WorkspaceSession;

// Adds a clinician. Undo deletes the record again; redo puts it back under the same id, so
// later steps on the stack that name the clinician still find them.
class CreateClinician : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateClinician)

public:
    // Writes the clinician now (filling in its id) and, when stored, pushes the command; a
    // refused record becomes no undo step and its error is returned.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, Clinician &clinician, const QString &text);

    void undo() override;
    void redo() override;

private:
    CreateClinician(WorkspaceSession *session, const Clinician &clinician, const QString &text);
    void report(const StorageError &error);

    WorkspaceSession *m_session;
    Clinician m_clinician;
    bool m_written = true; // apply() has made the first write
};
