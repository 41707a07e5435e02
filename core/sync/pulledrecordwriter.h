#pragma once

#include "storage/sqlitestatement.h"
#include "storage/storageerror.h"

#include <QJsonObject>
#include <optional>

struct TableSpec;
class Workspace;

// Writes records new from the server, the bulk of a first pull: the row, its journal entry (marked
// synced) and its base, through statements prepared once, inside the caller's transaction. It
// writes what SyncState::writeFromServer and setBase would (the same columns and journal entry),
// at a third of their cost. A record it cannot write fails as a whole; the caller then writes
// the records one by one the general way, which names the record and the reason.
class PulledRecordWriter
{
public:
    // `batchId` and `at` are those of the caller's transaction, for every entry written.
    PulledRecordWriter(Workspace &workspace, const TableSpec &table, qint64 batchId, const QString &at);

    // `local` without an id; the new record's id, or an error.
    [[nodiscard]] StorageError create(const QJsonObject &local, const QByteArray &baseText, qint64 *id);

private:
    StorageError failed(const SqliteStatement &statement) const;

    Workspace &m_workspace;
    const TableSpec &m_table;
    SqliteStatement m_insert;
    SqliteStatement m_journal;
    SqliteStatement m_base;
    QByteArray m_recordType;
    QByteArray m_at;
    QByteArray m_user;
    qint64 m_batchId;
};
