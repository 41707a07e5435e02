#include "changealertstatus.h"

#include "storage/alertrepository.h"
#include "storage/transaction.h"
#include "workspacesession.h"

#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

ChangeAlertStatus::ChangeAlertStatus(WorkspaceSession *session, QList<Before> before, Alert::Status status)
    : QUndoCommand(status == Alert::Status::Resolved ? tr("Resolve %n alert(s)", nullptr, int(before.size()))
                                                     : tr("Dismiss %n alert(s)", nullptr, int(before.size())))
    , m_session(session)
    , m_before(std::move(before))
    , m_status(status)
{
}

StorageError ChangeAlertStatus::apply(WorkspaceSession *session, const QList<qint64> &alertIds, Alert::Status status)
{
    if (status == Alert::Status::Active)
        return {StorageError::Kind::Validation, tr("An alert can only be resolved or dismissed."), {}};
    AlertRepository repository(*session->workspace());
    QList<Before> before;
    for (const qint64 id : alertIds) {
        const std::optional<Alert> alert = repository.get(id);
        if (!alert)
            return {StorageError::Kind::NotFound, tr("Alert %1 no longer exists.").arg(id), {}};
        if (alert->status != status)
            before.append({alert->id, alert->status, alert->resolved_at});
    }
    if (before.isEmpty())
        return {};
    auto command = std::unique_ptr<ChangeAlertStatus>(new ChangeAlertStatus(session, std::move(before), status));
    if (StorageError error = command->write(true); !error.ok())
        return error;
    session->undoStack()->push(command.release());
    session->notifyDataChanged();
    return {};
}

void ChangeAlertStatus::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(true);
}

void ChangeAlertStatus::undo()
{
    writeOrReport(false);
}

StorageError ChangeAlertStatus::write(bool forward)
{
    Workspace &workspace = *m_session->workspace();
    AlertRepository repository(workspace);
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    const QString now = workspace.nowIso();
    for (const Before &before : std::as_const(m_before)) {
        // Only status and resolution time are written onto the alert as stored now, so that a
        // later change of its message or numbers (a rule check) survives undo and redo.
        std::optional<Alert> alert = repository.get(before.id);
        if (!alert)
            return {StorageError::Kind::NotFound, tr("Alert %1 no longer exists.").arg(before.id), {}};
        StorageError error;
        if (forward) {
            alert->status = m_status;
            alert->resolved_at = now;
            error = repository.applyAction(m_status == Alert::Status::Resolved ? u"resolve"_s : u"dismiss"_s, *alert);
        } else {
            alert->status = before.status;
            alert->resolved_at = before.resolved_at;
            error = repository.update(*alert);
        }
        if (!error.ok())
            return error; // the transaction rolls back everything of this edit
    }
    return transaction.commit();
}

void ChangeAlertStatus::writeOrReport(bool forward)
{
    if (StorageError error = write(forward); !error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
}
