#pragma once

#include "storage/storageerror.h"
#include "syncconflict.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class SyncMapping;
class Workspace;

// The user's answer to a sync conflict (SyncState::conflicts()). Each answer is one transaction:
// the record is written, its base becomes the server's version (theirs), the conflict is removed,
// and whatever is left to send is an ordinary unsynced journal entry, so the next sync pushes it.
// A conflict with an empty theirs is a record the server deleted.
class SyncConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflictResolver)

public:
    explicit SyncConflictResolver(Workspace &workspace);

    // Our record stays: in the fields changed here since the base, our values, in the others the
    // server's; the fields that then differ from theirs are pushed. A record the server deleted
    // is sent to it again as a new record.
    [[nodiscard]] StorageError keepOurs(const QString &recordType, qint64 localId);
    // The server's version replaces ours, written as a change from the server (nothing is pushed);
    // a record the server deleted is deleted here.
    [[nodiscard]] StorageError takeTheirs(const QString &recordType, qint64 localId);
    // `localRecord` (the local JSON form, as the record's table holds it) is stored after its own
    // checks, and the fields that differ from theirs are pushed. Its id and server id are the
    // record's whatever it says.
    [[nodiscard]] StorageError useEdited(const QString &recordType, qint64 localId, const QJsonObject &localRecord);

private:
    struct Found
    {
        SyncConflict conflict;
        const SyncMapping *mapping = nullptr;
        std::optional<QJsonObject> row; // the record as stored now
    };

    StorageError find(const QString &recordType, qint64 localId, Found *found) const;
    // Stores `after` as the resolved record in the caller's transaction: the server's version
    // first, marked synced, then `after` as a local edit, so that the pusher sends what differs.
    StorageError writeResolved(const Found &found, QJsonObject after);
    // Base, conflict and refusal of the record, now under `localId`.
    StorageError finish(const Found &found, qint64 localId);

    Workspace &m_workspace;
};
