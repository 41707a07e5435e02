#pragma once

#include "storage/journalentry.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

class WorkspaceSession;

// Makes any write of core undoable, however many records it touches (approving leave turns
// its shifts into open shifts, say): the write runs first as it is, and the command keeps the
// journal entries it made. Undo puts every record back as it was, redo as the write left it,
// each in one transaction (core/storage/journalreplay).
class RecordedEdit : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordedEdit)

public:
    // Runs `write`; when it succeeded and changed anything, pushes the command. The error of the
    // write is returned and nothing pushed otherwise.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, const QString &text, const std::function<StorageError()> &write);

    void undo() override;
    void redo() override;

private:
    RecordedEdit(WorkspaceSession *session, const QString &text, QList<JournalEntry> entries);
    void replay(bool backwards);

    WorkspaceSession *m_session;
    QList<JournalEntry> m_entries;
    bool m_written = true;
};
