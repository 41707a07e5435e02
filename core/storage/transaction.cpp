#include "transaction.h"

#include "workspace_p.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Transaction::Transaction(Workspace &workspace)
    : m_workspace(workspace)
{
    Workspace::Private &d = *m_workspace.d;
    QSqlQuery query(d.db);
    m_depth = d.transactionDepth + 1;
    const QString begin = m_depth == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT level%1"_s.arg(m_depth);
    if (!query.exec(begin)) {
        m_beginError = d.error(query.lastError());
        m_done = true;
        return;
    }
    d.transactionDepth = m_depth;
    if (m_depth == 1) {
        if (query.exec(u"SELECT coalesce(max(batch_id), 0) + 1 FROM journal"_s) && query.next())
            d.batchId = query.value(0).toLongLong();
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    Workspace::Private &d = *m_workspace.d;
    QSqlQuery query(d.db);
    if (m_depth == 1) {
        query.exec(u"ROLLBACK"_s);
    } else {
        query.exec(u"ROLLBACK TO level%1"_s.arg(m_depth));
        query.exec(u"RELEASE level%1"_s.arg(m_depth));
    }
    d.transactionDepth = m_depth - 1;
}

const StorageError &Transaction::beginError() const
{
    return m_beginError;
}

StorageError Transaction::commit()
{
    if (m_done)
        return m_beginError.ok() ? StorageError{StorageError::Kind::Other, u"Transaction already finished."_s, {}} : m_beginError;
    Workspace::Private &d = *m_workspace.d;
    QSqlQuery query(d.db);
    const QString end = m_depth == 1 ? u"COMMIT"_s : u"RELEASE level%1"_s.arg(m_depth);
    if (!query.exec(end)) {
        // The destructor rolls back; the error says why the edit was not kept.
        return d.error(query.lastError());
    }
    m_done = true;
    d.transactionDepth = m_depth - 1;
    return {};
}

qint64 Transaction::batchId() const
{
    return m_workspace.d->batchId;
}
