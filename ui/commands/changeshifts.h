#pragma once

#include "storage/shiftchangeset.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>
#include <optional>

class WorkspaceSession;

// Creates, changes and deletes any number of shifts as one edit: one transaction in the store
// (its journal entries share a batch) and one step on the undo stack. A move, a swap, a paste
// and a delete of a selection are all lists of changes.
class ChangeShifts : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeShifts)

public:
    using Change = ShiftChange;

    // Writes the changes now and, when they were stored, pushes the command; otherwise returns the
    // error, writes nothing and pushes nothing. Created shifts get their ids in `changes`.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, QList<Change> changes, const QString &text,
                                            QList<qint64> *createdIds = nullptr);

    void undo() override;
    void redo() override;

private:
    ChangeShifts(WorkspaceSession *session, QList<Change> changes, const QString &text);
    StorageError write(bool forward);
    std::pair<QDate, QDate> dates() const; // the days the changes touch
    void writeOrReport(bool forward);

    WorkspaceSession *m_session;
    QList<Change> m_changes;
    bool m_written = true; // apply() has made the first write
};
