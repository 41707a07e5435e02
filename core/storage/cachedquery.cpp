#include "cachedquery.h"

#include "workspace_p.h"

CachedQuery::CachedQuery(const Workspace &workspace, const QString &sql, const QVariantList &values)
    : m_workspace(workspace)
    , m_sql(sql)
{
    Workspace::Private &d = *m_workspace.d;
    Workspace::Private::Statement &statement = d.statements[sql];
    if (statement.running || !statement.query) {
        m_uncached.emplace(d.db);
        m_uncached->setForwardOnly(true);
        if (!m_uncached->prepare(sql)) {
            m_query = &*m_uncached;
            return;
        }
        // Kept for the next run unless the cached statement is busy further up the call stack.
        if (!statement.running) {
            statement.query = std::make_unique<QSqlQuery>(std::move(*m_uncached));
            m_uncached.reset();
        }
    }
    if (m_uncached) {
        m_query = &*m_uncached;
    } else {
        m_query = statement.query.get();
        statement.running = true;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query->bindValue(int(i), values.at(i));
    m_ok = m_query->exec();
}

CachedQuery::~CachedQuery()
{
    m_query->finish();
    if (!m_uncached)
        m_workspace.d->statements[m_sql].running = false;
}

QVariant CachedQuery::scalar()
{
    if (!m_ok || !m_query->next())
        return {};
    return m_query->value(0);
}
