#include "recordededit.h"

#include "storage/journal.h"
#include "storage/journalreplay.h"
#include "workspacesession.h"

#include <QUndoStack>

RecordedEdit::RecordedEdit(WorkspaceSession *session, const QString &text, QList<JournalEntry> entries)
    : QUndoCommand(text)
    , m_session(session)
    , m_entries(std::move(entries))
{
}

StorageError RecordedEdit::apply(WorkspaceSession *session, const QString &text, const std::function<StorageError()> &write)
{
    Workspace &workspace = *session->workspace();
    const qint64 before = Journal(workspace).lastId();
    if (StorageError error = write(); !error.ok())
        return error;
    QList<JournalEntry> entries;
    for (qint64 after = before;;) {
        const QList<JournalEntry> page = Journal(workspace).entries(after);
        if (page.isEmpty())
            break;
        entries += page;
        after = page.constLast().id;
    }
    if (!entries.isEmpty())
        session->undoStack()->push(new RecordedEdit(session, text, std::move(entries)));
    session->notifyDataChanged();
    return {};
}

void RecordedEdit::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    replay(false);
}

void RecordedEdit::undo()
{
    replay(true);
}

void RecordedEdit::replay(bool backwards)
{
    JournalReplay replay(*m_session->workspace());
    const StorageError error = backwards ? replay.revert(m_entries) : replay.reapply(m_entries);
    if (!error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
}
