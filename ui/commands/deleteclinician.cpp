#include "deleteclinician.h"

#include "storage/alertrepository.h"
#include "storage/clinicianrepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "workspacesession.h"

#include <QStringList>
#include <QUndoStack>
#include <memory>

DeleteClinician::DeleteClinician(WorkspaceSession *session, const Clinician &clinician, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_clinician(clinician)
{
}

QString DeleteClinician::refusal(WorkspaceSession *session, const Clinician &clinician)
{
    const ClinicianRepository::References references = ClinicianRepository(*session->workspace()).references(clinician.id);
    if (!references.any())
        return {};
    // Singular and plural apart, so English reads right without a translation loaded; "%n"
    // keeps the plural translatable with numerus forms.
    QStringList parts;
    if (references.shifts > 0)
        parts << (references.shifts == 1 ? tr("1 shift") : tr("%n shifts", nullptr, int(references.shifts)));
    if (references.leave_requests > 0)
        parts << (references.leave_requests == 1 ? tr("1 leave request") : tr("%n leave requests", nullptr, int(references.leave_requests)));
    if (references.repeating_shifts > 0)
        parts << (references.repeating_shifts == 1 ? tr("1 repeating shift") : tr("%n repeating shifts", nullptr, int(references.repeating_shifts)));
    if (references.swap_requests > 0)
        parts << (references.swap_requests == 1 ? tr("1 swap request") : tr("%n swap requests", nullptr, int(references.swap_requests)));
    const QString last = parts.takeLast();
    const QString listed = parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
    return tr("%1 has %2.").arg(clinician.name, listed);
}

StorageError DeleteClinician::apply(WorkspaceSession *session, const Clinician &clinician, const QString &text)
{
    if (const QString reason = refusal(session, clinician); !reason.isEmpty())
        return {StorageError::Kind::Constraint, reason, {}};
    auto command = std::unique_ptr<DeleteClinician>(new DeleteClinician(session, clinician, text));
    if (StorageError error = command->remove(); !error.ok())
        return error;
    session->undoStack()->push(command.release());
    session->notifyDataChanged();
    return {};
}

void DeleteClinician::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(true);
}

void DeleteClinician::undo()
{
    writeOrReport(false);
}

StorageError DeleteClinician::remove()
{
    Workspace &workspace = *m_session->workspace();
    ClinicianRepository clinicians(workspace);
    WorkingTermRepository terms(workspace);
    AlertRepository alerts(workspace);
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    const std::optional<Clinician> stored = clinicians.get(m_clinician.id);
    if (!stored)
        return {StorageError::Kind::NotFound, tr("The clinician %1 no longer exists.").arg(m_clinician.name), {}};
    m_clinician = *stored;
    m_terms = terms.forClinician(m_clinician.id);
    m_alerts.clear();
    for (const Alert &alert : alerts.list(true)) {
        if (alert.clinician_id == m_clinician.id)
            m_alerts.append(alert);
    }
    for (const WorkingTerm &term : std::as_const(m_terms)) {
        if (StorageError error = terms.remove(term.id); !error.ok())
            return error;
    }
    for (const Alert &alert : std::as_const(m_alerts)) {
        if (StorageError error = alerts.remove(alert.id); !error.ok())
            return error;
    }
    if (StorageError error = clinicians.remove(m_clinician.id); !error.ok())
        return error;
    return transaction.commit();
}

StorageError DeleteClinician::restore()
{
    Workspace &workspace = *m_session->workspace();
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    if (StorageError error = ClinicianRepository(workspace).restore(m_clinician); !error.ok())
        return error;
    WorkingTermRepository terms(workspace);
    for (const WorkingTerm &term : std::as_const(m_terms)) {
        if (StorageError error = terms.restore(term); !error.ok())
            return error;
    }
    AlertRepository alerts(workspace);
    for (const Alert &alert : std::as_const(m_alerts)) {
        if (StorageError error = alerts.restore(alert); !error.ok())
            return error;
    }
    return transaction.commit();
}

void DeleteClinician::writeOrReport(bool forward)
{
    const StorageError error = forward ? remove() : restore();
    if (!error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
}
