#pragma once

#include "model/alert.h"
#include "model/clinician.h"
#include "model/workingterm.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

class WorkspaceSession;

// Deletes a clinician together with their working terms and alerts, in one transaction whose
// journal entries share a batch (each removal journaled, not left to the database's cascade).
// Someone still named by shifts, leave requests, repeating shifts or swap requests is refused:
// that history is kept, and the person can be deactivated instead. Undo restores the
// clinician, the terms and the alerts under their old ids.
class DeleteClinician : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteClinician)

public:
    // Deletes now and, when stored, pushes the command; otherwise returns the error (for a
    // clinician with history: Constraint, with a message giving the counts) and pushes nothing.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, const Clinician &clinician, const QString &text);

    // Why the clinician cannot be deleted ("Ben Carr has 42 shifts and 3 leave requests."),
    // or empty when nothing refers to them.
    static QString refusal(WorkspaceSession *session, const Clinician &clinician);

    void undo() override;
    void redo() override;

private:
    DeleteClinician(WorkspaceSession *session, const Clinician &clinician, const QString &text);
    [[nodiscard]] StorageError remove();
    [[nodiscard]] StorageError restore();
    void writeOrReport(bool forward);

    WorkspaceSession *m_session;
    Clinician m_clinician;
    QList<WorkingTerm> m_terms;
    QList<Alert> m_alerts;
    bool m_written = true; // apply() has made the first write
};
