#include "syncstate.h"

#include "storage/cachedquery.h"
#include "storage/journal.h"
#include "storage/recordtable.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullableText(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text(object));
}

QJsonObject object(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}


const QString conflictColumns = u"SELECT id, record_type, local_id, server_id, base, ours, theirs, fields, detected_at FROM sync_conflicts "_s;

QList<SyncConflict> readConflicts(CachedQuery &query)
{
    QList<SyncConflict> conflicts;
    while (query.next()) {
        SyncConflict conflict;
        conflict.id = query.value(0).toLongLong();
        conflict.record_type = query.value(1).toString();
        conflict.local_id = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            conflict.server_id = query.value(3).toLongLong();
        conflict.base = object(query.value(4));
        conflict.ours = object(query.value(5));
        conflict.theirs = object(query.value(6));
        for (const QJsonValue &field : QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array())
            conflict.fields << field.toString();
        conflict.detected_at = query.value(8).toString();
        conflicts.append(conflict);
    }
    return conflicts;
}

} // namespace

SyncState::SyncState(Workspace &workspace)
    : m_workspace(workspace)
{
}

StorageError SyncState::run(const QString &sql, const QVariantList &values)
{
    CachedQuery query(m_workspace, sql, values);
    if (!query.ok())
        return storageErrorFromSql(query.error(), u"\"%1\""_s.arg(m_workspace.path()));
    return {};
}

std::optional<QJsonObject> SyncState::base(const QString &recordType, qint64 localId) const
{
    CachedQuery query(m_workspace, u"SELECT base FROM sync_bases WHERE record_type = ? AND local_id = ?"_s, {recordType, localId});
    if (!query.next())
        return std::nullopt;
    return object(query.value(0));
}

StorageError SyncState::setBookkeeping(const QString &key, const QString &value)
{
    return run(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s, {key, value});
}

QByteArray SyncState::baseText(const QJsonObject &base)
{
    return QJsonDocument(base).toJson(QJsonDocument::Compact);
}

StorageError SyncState::setBase(const QString &recordType, qint64 localId, const QJsonObject &base)
{
    return setBaseText(recordType, localId, baseText(base));
}

StorageError SyncState::setBaseText(const QString &recordType, qint64 localId, const QByteArray &text)
{
    return run(u"INSERT INTO sync_bases (record_type, local_id, base) VALUES (?, ?, ?) "
               "ON CONFLICT(record_type, local_id) DO UPDATE SET base = excluded.base"_s,
               {recordType, localId, QString::fromUtf8(text)});
}

StorageError SyncState::removeBase(const QString &recordType, qint64 localId)
{
    return run(u"DELETE FROM sync_bases WHERE record_type = ? AND local_id = ?"_s, {recordType, localId});
}

QList<SyncConflict> SyncState::conflicts() const
{
    CachedQuery query(m_workspace, conflictColumns + u"ORDER BY id"_s);
    return readConflicts(query);
}

std::optional<SyncConflict> SyncState::conflict(const QString &recordType, qint64 localId) const
{
    CachedQuery query(m_workspace, conflictColumns + u"WHERE record_type = ? AND local_id = ?"_s, {recordType, localId});
    const QList<SyncConflict> found = readConflicts(query);
    return found.isEmpty() ? std::nullopt : std::optional<SyncConflict>(found.first());
}

StorageError SyncState::putConflict(SyncConflict &conflict)
{
    if (conflict.detected_at.isEmpty())
        conflict.detected_at = m_workspace.nowIso();
    CachedQuery query(m_workspace,
                      u"INSERT INTO sync_conflicts (record_type, local_id, server_id, base, ours, theirs, fields, detected_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(record_type, local_id) DO UPDATE SET server_id = excluded.server_id, "
                      "base = excluded.base, ours = excluded.ours, theirs = excluded.theirs, fields = excluded.fields"_s,
                      {conflict.record_type, conflict.local_id,
                       conflict.server_id ? QVariant(*conflict.server_id) : QVariant(QMetaType::fromType<qint64>()),
                       nullableText(conflict.base), nullableText(conflict.ours), nullableText(conflict.theirs),
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(conflict.fields)).toJson(QJsonDocument::Compact)),
                       conflict.detected_at});
    if (!query.ok())
        return storageErrorFromSql(query.error(), u"\"%1\""_s.arg(m_workspace.path()));
    conflict.id = this->conflict(conflict.record_type, conflict.local_id)->id;
    return {};
}

StorageError SyncState::removeConflict(const QString &recordType, qint64 localId)
{
    return run(u"DELETE FROM sync_conflicts WHERE record_type = ? AND local_id = ?"_s, {recordType, localId});
}

QList<SyncInflight> SyncState::inflight() const
{
    CachedQuery query(m_workspace,
                      u"SELECT record_type, local_id, method, path, body, sent_at, last_journal_id FROM sync_inflight ORDER BY sent_at"_s);
    QList<SyncInflight> requests;
    while (query.next()) {
        SyncInflight request;
        request.record_type = query.value(0).toString();
        request.local_id = query.value(1).toLongLong();
        request.method = query.value(2).toString().toLatin1();
        request.path = query.value(3).toString();
        request.body = object(query.value(4));
        request.sent_at = query.value(5).toString();
        request.last_journal_id = query.value(6).toLongLong();
        requests.append(request);
    }
    return requests;
}

StorageError SyncState::putInflight(const SyncInflight &request)
{
    return run(u"INSERT OR REPLACE INTO sync_inflight (record_type, local_id, method, path, body, sent_at, last_journal_id) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {request.record_type, request.local_id, QString::fromLatin1(request.method), request.path, nullableText(request.body),
                request.sent_at.isEmpty() ? m_workspace.nowIso() : request.sent_at, request.last_journal_id});
}

StorageError SyncState::removeInflight(const QString &recordType, qint64 localId)
{
    return run(u"DELETE FROM sync_inflight WHERE record_type = ? AND local_id = ?"_s, {recordType, localId});
}

std::optional<QString> SyncState::refusal(const QString &recordType, qint64 localId, qint64 *journalId) const
{
    CachedQuery query(m_workspace, u"SELECT message, journal_id FROM sync_errors WHERE record_type = ? AND local_id = ?"_s,
                      {recordType, localId});
    if (!query.next())
        return std::nullopt;
    if (journalId)
        *journalId = query.value(1).toLongLong();
    return query.value(0).toString();
}

StorageError SyncState::putRefusal(const QString &recordType, qint64 localId, qint64 journalId, const QString &message)
{
    return run(u"INSERT OR REPLACE INTO sync_errors (record_type, local_id, journal_id, message, at) VALUES (?, ?, ?, ?, ?)"_s,
               {recordType, localId, journalId, message, m_workspace.nowIso()});
}

StorageError SyncState::removeRefusal(const QString &recordType, qint64 localId)
{
    return run(u"DELETE FROM sync_errors WHERE record_type = ? AND local_id = ?"_s, {recordType, localId});
}

QList<JournalEntry> SyncState::unsynced(const QStringList &recordTypes) const
{
    return Journal(m_workspace).unsyncedOf(recordTypes);
}

QList<JournalEntry> SyncState::unsyncedFor(const QString &recordType, qint64 localId) const
{
    return Journal(m_workspace).unsyncedFor(recordType, localId);
}

StorageError SyncState::markSynced(const QString &recordType, qint64 localId, qint64 upToJournalId)
{
    return run(u"UPDATE journal SET synced = 1 WHERE synced = 0 AND record_type = ? AND local_id = ? AND id <= ?"_s,
               {recordType, localId, upToJournalId});
}

StorageError SyncState::writeFromServer(const TableSpec &table, const QString &operation, qint64 *id, const QJsonObject &before,
                                        const QJsonObject &after)
{
    RecordTable records(m_workspace, table);
    StorageError error;
    if (operation == u"create"_s) {
        error = records.insert(after, id);
    } else if (operation == u"delete"_s) {
        error = records.remove(*id);
    } else {
        QJsonObject row = after;
        row.insert(u"id"_s, *id);
        error = records.update(row);
    }
    if (!error.ok())
        return error;
    JournalEntry entry;
    entry.record_type = table.recordType;
    entry.local_id = *id;
    entry.operation = operation;
    entry.before = before;
    entry.after = after;
    if (operation == u"create"_s)
        entry.after.insert(u"id"_s, *id);
    return Journal(m_workspace).append(entry, Journal::Mark::Synced);
}
