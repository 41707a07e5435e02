#include "changeclinician.h"

#include "storage/clinicianrepository.h"
#include "workspacesession.h"

#include <QUndoStack>
#include <memory>

ChangeClinician::ChangeClinician(WorkspaceSession *session, const Clinician &before, const Clinician &after,
                                 const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{
}

StorageError ChangeClinician::apply(WorkspaceSession *session, const Clinician &before, const Clinician &after,
                                    const QString &text)
{
    auto command = std::unique_ptr<ChangeClinician>(new ChangeClinician(session, before, after, text));
    if (StorageError error = command->write(after); !error.ok())
        return error;
    session->undoStack()->push(command.release());
    session->notifyDataChanged();
    return {};
}

void ChangeClinician::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(m_after);
}

void ChangeClinician::undo()
{
    writeOrReport(m_before);
}

StorageError ChangeClinician::write(const Clinician &values) const
{
    ClinicianRepository repository(*m_session->workspace());
    std::optional<Clinician> stored = repository.get(m_before.id);
    if (!stored)
        return {StorageError::Kind::NotFound, tr("The clinician %1 no longer exists.").arg(m_before.name), {}};
    if (m_before.name != m_after.name)
        stored->name = values.name;
    if (m_before.team_id != m_after.team_id)
        stored->team_id = values.team_id;
    if (m_before.grade != m_after.grade)
        stored->grade = values.grade;
    if (m_before.email != m_after.email)
        stored->email = values.email;
    if (m_before.active != m_after.active)
        stored->active = values.active;
    if (m_before.status != m_after.status)
        stored->status = values.status;
    return repository.update(*stored);
}

void ChangeClinician::writeOrReport(const Clinician &values)
{
    if (StorageError error = write(values); !error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
}
