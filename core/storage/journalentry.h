#pragma once

#include <QJsonObject>
#include <QString>

// One user-visible write: which record, what was done, the state before and after. Written in
// the same transaction as the write itself; undo and sync are built on it.
struct JournalEntry
{
    qint64 id = 0;
    qint64 batch_id = 0;  // entries written in one transaction share it
    QString at;           // ISO 8601 UTC with milliseconds
    QString record_type;  // "shift", "clinician", ...; "import" for bulk imports
    qint64 local_id = 0;
    QString operation;    // "create", "update", "delete", "pin", "unpin", "cancel", "resolve", "dismiss", "import"
    QJsonObject before;   // empty for create
    QJsonObject after;    // empty for delete
    QString user;
    bool synced = false;

    bool operator==(const JournalEntry &) const = default;
};
