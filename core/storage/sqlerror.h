#pragma once

#include "storageerror.h"

#include <QSqlError>

// Turns an SQLite error into a StorageError whose kind says what the user can do about it
// (disk full, locked by another program, read-only ...). `what` names the file or record.
[[nodiscard]] StorageError storageErrorFromSql(const QSqlError &error, const QString &what);
[[nodiscard]] StorageError storageErrorFromSqliteCode(int code, const QString &detail, const QString &what);
