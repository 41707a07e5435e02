#include "journal.h"

#include "workspace_p.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

const QString selectColumns = u"SELECT id, batch_id, at, record_type, local_id, operation, before, after, user, synced FROM journal "_s;

QList<JournalEntry> readEntries(QSqlQuery &query)
{
    QList<JournalEntry> entries;
    while (query.next()) {
        JournalEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.batch_id = query.value(1).toLongLong();
        entry.at = query.value(2).toString();
        entry.record_type = query.value(3).toString();
        entry.local_id = query.value(4).toLongLong();
        entry.operation = query.value(5).toString();
        entry.before = jsonObject(query.value(6));
        entry.after = jsonObject(query.value(7));
        entry.user = query.value(8).toString();
        entry.synced = query.value(9).toBool();
        entries.append(entry);
    }
    return entries;
}

} // namespace

Journal::Journal(Workspace &workspace)
    : m_workspace(workspace)
{
}

StorageError Journal::append(JournalEntry &entry)
{
    Workspace::Private &d = *m_workspace.d;
    Q_ASSERT_X(d.transactionDepth > 0, "Journal::append", "journal entries are written inside the edit's transaction");
    entry.batch_id = d.batchId;
    entry.at = m_workspace.now().toString(Qt::ISODateWithMs);
    entry.user = m_workspace.currentUser();
    QSqlQuery query(d.db);
    query.prepare(u"INSERT INTO journal (batch_id, at, record_type, local_id, operation, before, after, user, synced) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
    query.addBindValue(entry.batch_id);
    query.addBindValue(entry.at);
    query.addBindValue(entry.record_type);
    query.addBindValue(entry.local_id);
    query.addBindValue(entry.operation);
    query.addBindValue(jsonText(entry.before));
    query.addBindValue(jsonText(entry.after));
    query.addBindValue(entry.user.isNull() ? QString(u""_s) : entry.user);
    if (!query.exec())
        return d.error(query.lastError());
    entry.id = query.lastInsertId().toLongLong();
    return {};
}

QList<JournalEntry> Journal::entries(qint64 afterId, int limit) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(selectColumns + u"WHERE id > ? ORDER BY id LIMIT ?"_s);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    query.exec();
    return readEntries(query);
}

QList<JournalEntry> Journal::unsynced(int limit) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(selectColumns + u"WHERE synced = 0 ORDER BY id LIMIT ?"_s);
    query.addBindValue(limit);
    query.exec();
    return readEntries(query);
}

qint64 Journal::count() const
{
    QSqlQuery query(m_workspace.database());
    if (query.exec(u"SELECT count(*) FROM journal"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 Journal::lastId() const
{
    QSqlQuery query(m_workspace.database());
    if (query.exec(u"SELECT coalesce(max(id), 0) FROM journal"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}
