#pragma once

#include "storage/journalentry.h"
#include "storage/storageerror.h"
#include "syncconflict.h"
#include "syncinflight.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;
struct TableSpec;

// What sync keeps in the workspace besides the records (schema version 3): the base of each synced
// record, the conflicts, the requests in flight and the changes the server refused. Writes run in
// the caller's transaction.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    explicit SyncState(Workspace &workspace);

    std::optional<QJsonObject> base(const QString &recordType, qint64 localId) const;
    // Sync's own bookkeeping in the workspace settings (Workspace::setting reads it): written
    // without a journal entry, since it is not an edit and the push reads the journal.
    [[nodiscard]] StorageError setBookkeeping(const QString &key, const QString &value);
    [[nodiscard]] StorageError setBase(const QString &recordType, qint64 localId, const QJsonObject &base);
    // The stored form of a base: equal texts are equal records.
    static QByteArray baseText(const QJsonObject &base);
    [[nodiscard]] StorageError setBaseText(const QString &recordType, qint64 localId, const QByteArray &text);
    [[nodiscard]] StorageError removeBase(const QString &recordType, qint64 localId);

    QList<SyncConflict> conflicts() const;
    std::optional<SyncConflict> conflict(const QString &recordType, qint64 localId) const;
    [[nodiscard]] StorageError putConflict(SyncConflict &conflict); // replaces the record's earlier one
    [[nodiscard]] StorageError removeConflict(const QString &recordType, qint64 localId);

    QList<SyncInflight> inflight() const;
    [[nodiscard]] StorageError putInflight(const SyncInflight &request);
    [[nodiscard]] StorageError removeInflight(const QString &recordType, qint64 localId);

    // The server's refusal of a record's change up to journal entry `journalId`.
    std::optional<QString> refusal(const QString &recordType, qint64 localId, qint64 *journalId = nullptr) const;
    [[nodiscard]] StorageError putRefusal(const QString &recordType, qint64 localId, qint64 journalId, const QString &message);
    [[nodiscard]] StorageError removeRefusal(const QString &recordType, qint64 localId);

    // The unsynced journal entries of the given record types, oldest first.
    QList<JournalEntry> unsynced(const QStringList &recordTypes) const;
    QList<JournalEntry> unsyncedFor(const QString &recordType, qint64 localId) const;
    [[nodiscard]] StorageError markSynced(const QString &recordType, qint64 localId, qint64 upToJournalId);

    // Writes a change that came from the server (operation "create", "update" or "delete") with its
    // journal entry, marked synced so that it is not sent back. `after` is written under *id; a
    // creation fills *id.
    [[nodiscard]] StorageError writeFromServer(const TableSpec &table, const QString &operation, qint64 *id, const QJsonObject &before,
                                               const QJsonObject &after);

private:
    StorageError run(const QString &sql, const QVariantList &values);

    Workspace &m_workspace;
};
