#pragma once

// Internal state of an open Workspace, shared with Transaction and Journal.

#include "sqlerror.h"
#include "workspace.h"

#include <QFileInfo>

struct Workspace::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    QString user;
    Clock clock;
    int schemaVersion = 0;
    int transactionDepth = 0;
    qint64 batchId = 0;

    StorageError error(const QSqlError &sqlError) const { return storageErrorFromSql(sqlError, QStringLiteral("\"%1\"").arg(QFileInfo(path).fileName())); }
};
