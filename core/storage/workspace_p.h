#pragma once

// Internal state of an open Workspace, shared with Transaction, Journal and CachedQuery.

#include "sqlerror.h"
#include "workspace.h"

#include <QSqlQuery>
#include <memory>
#include <unordered_map>

struct Workspace::Private
{
    struct Statement
    {
        std::unique_ptr<QSqlQuery> query; // prepared; null until the first successful prepare
        bool running = false;
    };

    const Workspace *self = nullptr;
    QString path;
    QString connectionName;
    QSqlDatabase db;
    QString user;
    Clock clock;
    int schemaVersion = 0;
    int transactionDepth = 0;
    qint64 batchId = 0; // of the running outermost transaction; 0 until first needed
    // Node-based, so that a running statement stays put while others are added.
    std::unordered_map<QString, Statement> statements;

    QString fileName() const;                           // quoted, for messages
    StorageError error(const QSqlError &sqlError) const; // about the file, e.g. disk full
    // One more than the last batch in the journal, fixed for the running transaction. Batch
    // ids only grow with entry ids, so the newest entry has the largest.
    qint64 currentBatchId();
};
