#pragma once

#include "storage/journalentry.h"
#include "storage/storageerror.h"
#include "syncmapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class SyncLookup;
class Workspace;

// Turns the unsynced journal into requests, one record at a time, and stores the server's answers.
// A record's entries since the last sync are coalesced: a creation with its later updates is one
// POST of the latest state; updates are one PATCH of the fields changed since the last sync that the
// server does not already hold; a creation deleted again sends nothing; pin/unpin, resolve/dismiss
// and cancel go to the server's action endpoints. A local id's entries are split after a deletion,
// since SQLite gives a deleted record's id to the next new record: the deletion is sent first, then
// the new record. Records are taken parents first (a clinician before their shifts) and deletions
// children first. What the server decides itself on taking a change (a leave request denied on
// creation) is written back into the record.
class SyncPusher
{
    Q_DECLARE_TR_FUNCTIONS(SyncPusher)

public:
    struct Item
    {
        const SyncMapping *mapping = nullptr;
        qint64 localId = 0;
        qint64 firstJournalId = 0; // the item is the record's journal entries from this one
        qint64 lastJournalId = 0;  // up to this one
        bool deleted = false;
    };
    struct Request
    {
        QByteArray method;
        QString path;
        QJsonObject body; // empty: none
    };

    // `lookup`, when given, is used for every conversion instead of one read per call: a push
    // of thousands of changes shares one.
    explicit SyncPusher(Workspace &workspace, SyncLookup *lookup = nullptr);

    // The records with changes to send, in sending order. Records in conflict wait for the user;
    // a change the server refused is not sent again until the record is edited (its refusal is
    // added to *waiting).
    QList<Item> pending(QStringList *waiting = nullptr) const;
    // The requests for one record now (server ids of its references as they are now); empty with
    // *error set when it cannot be sent yet, empty without an error when there is nothing to send.
    QList<Request> requests(const Item &item, QString *error) const;

    // Before sending: the request in flight, in its own transaction.
    [[nodiscard]] StorageError sending(const Item &item, const Request &request);
    // The server's answer: the server id of a creation, the base, and when `last`, the fields the
    // server decided otherwise than sent written into the record and the item's entries marked
    // synced, in one transaction.
    [[nodiscard]] StorageError accepted(const Item &item, const Request &request, const QJsonObject &answer, bool last);
    // Nothing to send (created and deleted again): the entries are marked synced.
    [[nodiscard]] StorageError settled(const Item &item);
    // The server refused the change: kept, with the message, until the record is edited again.
    [[nodiscard]] StorageError refused(const Item &item, const QString &message);

    QString describe(const Item &item) const; // "shift 12" for messages

private:
    Workspace &m_workspace;
    SyncLookup *m_lookup;
};
