#pragma once

#include "storageerror.h"

#include <QSqlError>

// Turns an SQLite error into a StorageError whose kind says what the user can do about it
// (disk full, locked by another program, read-only ...). `what` names the file, quoted.
[[nodiscard]] StorageError storageErrorFromSql(const QSqlError &error, const QString &what);
// `code` may be an extended result code (SQLITE_READONLY_DIRECTORY gets its own message).
[[nodiscard]] StorageError storageErrorFromSqliteCode(int code, const QString &detail, const QString &what);
// The error of the given kind for the file `what`, with the same wording as the mapped ones;
// `detail` is SQLite's own text, shown where the kind needs it (corrupt, I/O, other).
[[nodiscard]] StorageError fileError(StorageError::Kind kind, const QString &what, const QString &detail = {});
