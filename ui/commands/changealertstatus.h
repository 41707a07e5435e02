#pragma once

#include "model/alert.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

class WorkspaceSession;

// Resolves or dismisses a selection of alerts as one edit: one transaction (each alert journaled
// as the "resolve" or "dismiss" action the rota server knows) and one step on the undo stack.
// Undo puts back each alert's status and resolution time as they were.
class ChangeAlertStatus : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAlertStatus)

public:
    // Writes the change now and, when it was stored, pushes the command; otherwise returns the
    // error, writes nothing and pushes nothing. Alerts already in `status` are left out, and a
    // selection with nothing to change pushes nothing. `status` is Resolved or Dismissed.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, const QList<qint64> &alertIds, Alert::Status status);

    void undo() override;
    void redo() override;

private:
    struct Before
    {
        qint64 id = 0;
        Alert::Status status = Alert::Status::Active;
        QString resolved_at;
    };

    ChangeAlertStatus(WorkspaceSession *session, QList<Before> before, Alert::Status status);
    StorageError write(bool forward);
    void writeOrReport(bool forward);

    WorkspaceSession *m_session;
    QList<Before> m_before;
    Alert::Status m_status;
    bool m_written = true; // apply() has made the first write
};
