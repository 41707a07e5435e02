#include "transaction.h"

#include "cachedquery.h"
#include "workspace_p.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Transaction::Transaction(Workspace &workspace)
    : m_workspace(workspace)
{
    Workspace::Private &d = *m_workspace.d;
    m_depth = d.transactionDepth + 1;
    // IMMEDIATE takes the write lock at once, so a busy file fails here, before any work.
    CachedQuery begin(m_workspace, m_depth == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT level%1"_s.arg(m_depth));
    if (!begin.ok()) {
        m_beginError = d.error(begin.error());
        m_done = true;
        return;
    }
    d.transactionDepth = m_depth;
    if (m_depth == 1)
        d.batchId = 0;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_depth == 1) {
        CachedQuery rollback(m_workspace, u"ROLLBACK"_s);
    } else {
        CachedQuery rollback(m_workspace, u"ROLLBACK TO level%1"_s.arg(m_depth));
        CachedQuery release(m_workspace, u"RELEASE level%1"_s.arg(m_depth));
    }
    m_workspace.d->transactionDepth = m_depth - 1;
}

const StorageError &Transaction::beginError() const
{
    return m_beginError;
}

StorageError Transaction::commit()
{
    Workspace::Private &d = *m_workspace.d;
    if (m_done) {
        if (!m_beginError.ok())
            return m_beginError;
        return fileError(StorageError::Kind::Other, d.fileName(), tr("the transaction was already committed"));
    }
    // SQLite undoes the whole transaction by itself after some errors (a full disk, for one);
    // COMMIT would then have nothing to commit and later statements would have run unprotected.
    if (sqlite3_get_autocommit(m_workspace.handle()) != 0)
        return fileError(StorageError::Kind::Other, d.fileName(), tr("the change was undone after an earlier error"));
    CachedQuery end(m_workspace, m_depth == 1 ? u"COMMIT"_s : u"RELEASE level%1"_s.arg(m_depth));
    if (!end.ok()) {
        // The destructor rolls back; the error says why the edit was not kept.
        return d.error(end.error());
    }
    m_done = true;
    d.transactionDepth = m_depth - 1;
    return {};
}

qint64 Transaction::batchId() const
{
    return m_workspace.d->currentBatchId();
}
