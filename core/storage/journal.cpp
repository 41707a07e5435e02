#include "journal.h"

#include "cachedquery.h"
#include "workspace_p.h"

#include <QJsonDocument>

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

QList<JournalEntry> readEntries(CachedQuery &query)
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

StorageError Journal::append(JournalEntry &entry, Mark mark)
{
    Workspace::Private &d = *m_workspace.d;
    // Outside a transaction the entry could be kept while the write it records is lost.
    if (d.transactionDepth == 0)
        return fileError(StorageError::Kind::Other, d.fileName(), tr("a journal entry was written outside a transaction"));
    entry.batch_id = d.currentBatchId();
    entry.at = m_workspace.now().toString(Qt::ISODateWithMs);
    entry.user = m_workspace.currentUser();
    CachedQuery insert(m_workspace,
                       u"INSERT INTO journal (batch_id, at, record_type, local_id, operation, before, after, user, synced) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {entry.batch_id, entry.at, entry.record_type, entry.local_id, entry.operation, jsonText(entry.before),
                        jsonText(entry.after), entry.user.isNull() ? u""_s : entry.user, mark == Mark::Synced ? 1 : 0});
    if (!insert.ok())
        return d.error(insert.error());
    entry.id = insert.lastInsertId();
    entry.synced = mark == Mark::Synced;
    return {};
}

QList<JournalEntry> Journal::entries(qint64 afterId, int limit) const
{
    CachedQuery query(m_workspace, selectColumns + u"WHERE id > ? ORDER BY id LIMIT ?"_s, {afterId, limit});
    return readEntries(query);
}

QList<JournalEntry> Journal::unsynced(int limit) const
{
    CachedQuery query(m_workspace, selectColumns + u"WHERE synced = 0 ORDER BY id LIMIT ?"_s, {limit});
    return readEntries(query);
}

QList<JournalEntry> Journal::entriesForRecord(const QString &recordType, qint64 localId) const
{
    CachedQuery query(m_workspace, selectColumns + u"WHERE record_type = ? AND local_id = ? ORDER BY id"_s, {recordType, localId});
    return readEntries(query);
}

QList<JournalEntry> Journal::unsyncedOf(const QStringList &recordTypes) const
{
    // One bound value per record type.
    const QStringList marks(recordTypes.size(), u"?"_s);
    QVariantList values;
    for (const QString &type : recordTypes)
        values << type;
    CachedQuery query(m_workspace, selectColumns + u"WHERE synced = 0 AND record_type IN (%1) ORDER BY id"_s.arg(marks.join(u", "_s)),
                      values);
    return readEntries(query);
}

QList<JournalEntry> Journal::unsyncedFor(const QString &recordType, qint64 localId) const
{
    CachedQuery query(m_workspace, selectColumns + u"WHERE synced = 0 AND record_type = ? AND local_id = ? ORDER BY id"_s,
                      {recordType, localId});
    return readEntries(query);
}

QList<JournalEntry> Journal::batch(qint64 batchId) const
{
    CachedQuery query(m_workspace, selectColumns + u"WHERE batch_id = ? ORDER BY id"_s, {batchId});
    return readEntries(query);
}

qint64 Journal::count() const
{
    return CachedQuery(m_workspace, u"SELECT count(*) FROM journal"_s).scalar().toLongLong();
}

qint64 Journal::lastId() const
{
    return CachedQuery(m_workspace, u"SELECT coalesce(max(id), 0) FROM journal"_s).scalar().toLongLong();
}
