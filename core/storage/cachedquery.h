#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

class Workspace;

// One run of a statement from the workspace's cache of prepared statements: prepared on first
// use, afterwards only bound and stepped. The statement is reset when this object goes out of
// scope, so that a cached SELECT never keeps a read snapshot of the file open. Values are
// always bound, never written into the SQL text.
class CachedQuery
{
public:
    CachedQuery(const Workspace &workspace, const QString &sql, const QVariantList &values = {});
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    bool ok() const { return m_ok; }
    QSqlError error() const { return m_query->lastError(); }

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    // The first column of the first row, or an invalid QVariant when there is none.
    QVariant scalar();
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    const Workspace &m_workspace;
    QString m_sql;
    QSqlQuery *m_query = nullptr;
    std::optional<QSqlQuery> m_uncached; // when the cached statement is already running (nested use)
    bool m_ok = false;
};
