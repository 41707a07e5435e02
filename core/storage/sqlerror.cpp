#include "sqlerror.h"

#include <sqlite3.h>

namespace {

StorageError::Kind kindOf(int code)
{
    using Kind = StorageError::Kind;
    switch (code & 0xff) {
    case SQLITE_FULL: return Kind::DiskFull;
    case SQLITE_BUSY: return Kind::Locked;
    case SQLITE_LOCKED: return Kind::Locked;
    case SQLITE_READONLY: return Kind::ReadOnly;
    case SQLITE_PERM: return Kind::ReadOnly;
    case SQLITE_CANTOPEN: return Kind::ReadOnly;
    case SQLITE_NOTADB: return Kind::NotADatabase;
    case SQLITE_CORRUPT: return Kind::Corrupt;
    case SQLITE_CONSTRAINT: return Kind::Constraint;
    case SQLITE_IOERR: return Kind::Io;
    default: return Kind::Other;
    }
}

} // namespace

StorageError fileError(StorageError::Kind kind, const QString &what, const QString &detail)
{
    using Kind = StorageError::Kind;
    QString message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        message = StorageError::tr("%1 does not exist.").arg(what);
        break;
    case Kind::NotADatabase:
        message = StorageError::tr("%1 is not a RotaDesk workspace (it is not an SQLite database). It has not been changed.").arg(what);
        break;
    case Kind::NotAWorkspace:
        message = StorageError::tr("%1 is an SQLite database of another program, not a RotaDesk workspace. It has not been changed.").arg(what);
        break;
    case Kind::TooNew:
        message = StorageError::tr("%1 was written by a newer version of RotaDesk. It has not been changed.").arg(what);
        break;
    case Kind::ReadOnly:
        message = StorageError::tr("%1 is read-only; RotaDesk needs to write to it. Check the file's permissions or copy it to a writable folder.").arg(what);
        break;
    case Kind::Locked:
        message = StorageError::tr("%1 is in use by another program; nothing was changed. Close the other program or try again in a moment.").arg(what);
        break;
    case Kind::DiskFull:
        message = StorageError::tr("The disk holding %1 is full; nothing was changed. Free some space and try again.").arg(what);
        break;
    case Kind::Corrupt:
        message = StorageError::tr("%1 is damaged (%2). Restore it from a backup.").arg(what, detail);
        break;
    case Kind::Validation:
    case Kind::Constraint:
    case Kind::Conflict:
        message = StorageError::tr("A change to %1 could not be saved: %2.").arg(what, detail);
        break;
    case Kind::Io:
        message = StorageError::tr("Reading or writing %1 failed (%2).").arg(what, detail);
        break;
    case Kind::Other:
        message = StorageError::tr("%1 could not be used: %2.").arg(what, detail);
        break;
    }
    return {kind, message, {}};
}

StorageError storageErrorFromSqliteCode(int code, const QString &detail, const QString &what)
{
    // WAL needs to create its -wal and -shm files beside the workspace.
    if (code == SQLITE_READONLY_DIRECTORY)
        return {StorageError::Kind::ReadOnly,
                StorageError::tr("The folder holding %1 is read-only; RotaDesk needs to create files next to the workspace. Move the workspace to a writable folder.").arg(what),
                {}};
    return fileError(kindOf(code), what, detail);
}

StorageError storageErrorFromSql(const QSqlError &error, const QString &what)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return storageErrorFromSqliteCode(ok ? code : SQLITE_ERROR, detail, what);
}
