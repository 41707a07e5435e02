#pragma once

#include "model/shifttype.h"
#include "syncmapping.h"
#include "syncreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <optional>

class PulledRecordWriter;
class SyncLookup;
class Workspace;

// Applies the server's records of one resource to the workspace, each record's change with its
// journal entry (marked synced, so that it is not sent back) in a savepoint of its own, so that a
// record that cannot be stored changes nothing and is reported. The records are committed in
// chunks, since one commit per record (one sync of the file each) made a large pull slow:
// - a server id the workspace does not know becomes a new local record;
// - a record not changed locally since the base takes the server's version;
// - a record changed on both sides is merged field by field when the two changed different
//   fields (the server's fields are taken, the local ones stay to be pushed), otherwise it becomes a
//   conflict and nothing of it is pushed until the user resolves it;
// - a record the server no longer lists (for shifts: inside the window pulled) is deleted unless it
//   was changed locally, which is a conflict.
// A list with a malformed or invalid record changes nothing for its resource.
class SyncPuller
{
    Q_DECLARE_TR_FUNCTIONS(SyncPuller)

public:
    struct Window
    {
        QDate from;
        QDate to;
    };

    explicit SyncPuller(Workspace &workspace);

    // Creates and updates from the server's complete list; returns the server ids it holds, or
    // nothing when the list was refused (the error is in the report).
    std::optional<QSet<qint64>> apply(const SyncMapping &mapping, const QJsonArray &records, SyncReport &report);
    // Deletes what the server no longer has; run children first (shifts before clinicians).
    void applyDeletions(const SyncMapping &mapping, const QSet<qint64> &serverIds, const std::optional<Window> &window,
                        SyncReport &report);

private:
    // A checked record of the server's list, with what the checks already read and converted.
    struct Pulled
    {
        QJsonObject theirs;
        QByteArray theirsText; // as the base is stored
        qint64 serverId = 0;
        std::optional<QJsonObject> current; // the local record holding the server id
        QJsonObject local;                  // theirs in local form, on top of current
    };
    enum class Outcome { Unchanged, Written, Pulled, Conflict, Failed };

    QHash<qint64, qint64> serverToLocalIds(const SyncMapping &mapping) const;
    QHash<qint64, QByteArray> baseTexts(const QString &recordType) const; // by local id
    QString storeError(const SyncMapping &mapping, qint64 serverId, const QString &message) const;
    QString recordError(const SyncMapping &mapping, const QJsonValue &id, const QString &field, const QString &message) const;
    bool createMissingTypes(const QList<ShiftType> &types, QHash<QString, qint64> *created, SyncReport &report); // by code
    // Stores records from `first` on in one transaction; returns where the next chunk starts.
    qsizetype storeChunk(const SyncMapping &mapping, SyncLookup &lookup, const QList<Pulled> &records, qsizetype first,
                         const QSet<qint64> &deletedHere, SyncReport &report);
    // The same, each record in a savepoint of its own, so that one that fails is reported and
    // the others are stored.
    qsizetype storeIsolated(const SyncMapping &mapping, SyncLookup &lookup, const QList<Pulled> &records, qsizetype first,
                            qsizetype end, const QSet<qint64> &deletedHere, SyncReport &report);
    // A new record goes through `writer` when there is one.
    Outcome applyOne(const SyncMapping &mapping, SyncLookup &lookup, const Pulled &record, const QSet<qint64> &deletedHere,
                     SyncReport &report, PulledRecordWriter *writer);

    Workspace &m_workspace;
};
