#pragma once

#include "storageerror.h"

#include <QSqlDatabase>

// The workspace schema as a list of versioned steps. PRAGMA user_version holds the version a
// file is at; open() applies the missing steps inside one transaction.
class Migrations
{
public:
    static int latestVersion();
    // Must run inside a transaction; sets user_version to latestVersion() on success.
    [[nodiscard]] static StorageError apply(QSqlDatabase &db, int fromVersion, const QString &what);
};
