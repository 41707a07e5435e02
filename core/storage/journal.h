#pragma once

#include "journalentry.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Workspace;

// The change journal. append() must be called inside a Transaction together with the write it
// records.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)

public:
    // A change that came from the server is journalled already synced, so that it is not sent back.
    enum class Mark { Unsynced, Synced };

    explicit Journal(Workspace &workspace);

    [[nodiscard]] StorageError append(JournalEntry &entry, Mark mark = Mark::Unsynced); // fills id, batch_id, at, user, synced
    QList<JournalEntry> entries(qint64 afterId = 0, int limit = 1000) const;
    QList<JournalEntry> unsynced(int limit = 1000) const;
    QList<JournalEntry> entriesForRecord(const QString &recordType, qint64 localId) const; // oldest first
    QList<JournalEntry> batch(qint64 batchId) const; // the entries of one transaction, oldest first
    // Not yet synced, oldest first: of the given record types, or of one record.
    QList<JournalEntry> unsyncedOf(const QStringList &recordTypes) const;
    QList<JournalEntry> unsyncedFor(const QString &recordType, qint64 localId) const;
    qint64 count() const;
    qint64 lastId() const;

private:
    Workspace &m_workspace;
};
