#pragma once

#include "storageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

struct sqlite3;

// One open workspace file: an SQLite database in WAL mode with foreign keys on and the schema
// migrated to the current version. Not copyable; one per connection name.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class OpenMode { OpenExisting, CreateIfMissing, CreateNew };
    using Clock = std::function<QDateTime()>; // returns UTC "now"; injected by tests

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (or creates) the file and applies pending migrations in one transaction. A file
    // with a newer schema, not an SQLite file, read-only, locked or on a full disk gives a
    // clear error and nullptr; a refused file is not modified. `clock` (default: the system
    // clock) also dates the creation of a new workspace.
    static std::unique_ptr<Workspace> open(const QString &path, OpenMode mode, StorageError *error, Clock clock = {});

    static int currentSchemaVersion();
    static qint32 applicationId(); // PRAGMA application_id of every workspace file
    int schemaVersion() const;

    QString path() const;
    QSqlDatabase database() const;
    sqlite3 *handle() const; // for hot paths (bulk import); same connection as database()

    // Workspace settings (name, time zone, ...) kept in the file.
    QString setting(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] StorageError setSetting(const QString &key, const QString &value);
    QString name() const;          // setting "name", or the file's base name
    QByteArray timeZone() const;   // setting "time_zone": IANA id of the department

    QString currentUser() const;   // recorded as created_by / modified_by
    void setCurrentUser(const QString &user);

    QDateTime now() const;         // UTC, from the clock
    QString nowIso() const;        // "2026-11-23T07:30:00Z"
    void setClock(Clock clock);

    // PRAGMA integrity_check and foreign_key_check; empty when the file is sound.
    QStringList integrityProblems() const;

    // How long a write waits for another program's lock before it fails as Locked; applies to
    // workspaces opened afterwards. Five seconds unless changed.
    static void setBusyTimeoutMs(int milliseconds);

private:
    Workspace();
    // The steps of open(); each returns what stops the workspace from being used.
    static std::unique_ptr<Workspace> openChecked(const QString &path, OpenMode mode, Clock clock, StorageError *error);
    StorageError checkSchema(bool hadWal);
    StorageError configure();
    StorageError migrate(const QString &defaultName);

    struct Private;
    std::unique_ptr<Private> d;

    friend class Transaction;
    friend class Journal;
    friend class CachedQuery;
};
