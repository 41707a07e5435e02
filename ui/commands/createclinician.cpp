#include "createclinician.h"

#include "storage/clinicianrepository.h"
#include "workspacesession.h"

#include <QUndoStack>
#include <memory>

CreateClinician::CreateClinician(WorkspaceSession *session, const Clinician &clinician, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_clinician(clinician)
{
}

StorageError CreateClinician::apply(WorkspaceSession *session, Clinician &clinician, const QString &text)
{
    if (StorageError error = ClinicianRepository(*session->workspace()).create(clinician); !error.ok())
        return error;
    session->undoStack()->push(new CreateClinician(session, clinician, text));
    session->notifyDataChanged();
    return {};
}

void CreateClinician::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    report(ClinicianRepository(*m_session->workspace()).restore(m_clinician));
}

void CreateClinician::undo()
{
    ClinicianRepository repository(*m_session->workspace());
    // Whatever was stored meanwhile (a rename, a sync) is what redo brings back.
    if (const std::optional<Clinician> stored = repository.get(m_clinician.id))
        m_clinician = *stored;
    report(repository.remove(m_clinician.id));
}

void CreateClinician::report(const StorageError &error)
{
    if (!error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
}
