#pragma once

#include "journalentry.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// Takes back, or makes again, an edit as its journal entries recorded it: each record is put
// back to its state before the edit (or after it), in one transaction, and journaled like any
// other write. So an operation of core (approving leave with its shifts, say) becomes undoable
// without an inverse written for it. A record changed since by something else is not
// overwritten: nothing is written and the error names it.
class JournalReplay
{
    Q_DECLARE_TR_FUNCTIONS(JournalReplay)

public:
    explicit JournalReplay(Workspace &workspace);

    [[nodiscard]] StorageError revert(const QList<JournalEntry> &entries); // newest entry first
    [[nodiscard]] StorageError reapply(const QList<JournalEntry> &entries); // oldest entry first

private:
    StorageError write(const QList<JournalEntry> &entries, bool backwards);

    Workspace &m_workspace;
};
