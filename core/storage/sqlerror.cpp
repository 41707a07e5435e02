#include "sqlerror.h"

#include <sqlite3.h>

StorageError storageErrorFromSqliteCode(int code, const QString &detail, const QString &what)
{
    StorageError error;
    switch (code & 0xff) {
    case SQLITE_FULL:
        error.kind = StorageError::Kind::DiskFull;
        error.message = StorageError::tr("The disk holding %1 is full; nothing was changed. Free some space and try again.").arg(what);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.kind = StorageError::Kind::Locked;
        error.message = StorageError::tr("%1 is in use by another program; nothing was changed. Close the other program or try again in a moment.").arg(what);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        error.kind = StorageError::Kind::ReadOnly;
        error.message = StorageError::tr("%1 cannot be written (the file or its folder is read-only).").arg(what);
        break;
    case SQLITE_NOTADB:
        error.kind = StorageError::Kind::NotADatabase;
        error.message = StorageError::tr("%1 is not a RotaDesk workspace (not an SQLite database).").arg(what);
        break;
    case SQLITE_CORRUPT:
        error.kind = StorageError::Kind::Corrupt;
        error.message = StorageError::tr("%1 is damaged (%2). Restore it from a backup.").arg(what, detail);
        break;
    case SQLITE_CONSTRAINT:
        error.kind = StorageError::Kind::Constraint;
        error.message = StorageError::tr("%1 could not be saved: %2.").arg(what, detail);
        break;
    case SQLITE_IOERR:
        error.kind = StorageError::Kind::Io;
        error.message = StorageError::tr("Reading or writing %1 failed (%2).").arg(what, detail);
        break;
    default:
        error.kind = StorageError::Kind::Other;
        error.message = StorageError::tr("%1: %2").arg(what, detail);
        break;
    }
    return error;
}

StorageError storageErrorFromSql(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return storageErrorFromSqliteCode(ok ? code : SQLITE_ERROR, detail, what);
}
