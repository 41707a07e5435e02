#include "workspace.h"
#include "workspace_p.h"

#include "journal.h"
#include "migrations.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// "Rota" in ASCII: marks a SQLite file as a RotaDesk workspace.
constexpr qint64 ApplicationId = 0x526F7461;
int busyTimeoutMs = 5000;

QString displayName(const QString &path)
{
    return u"\"%1\""_s.arg(QFileInfo(path).fileName());
}

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace


Workspace::Workspace()
    : d(std::make_unique<Private>())
{
}

Workspace::~Workspace()
{
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

void Workspace::setBusyTimeoutMs(int milliseconds)
{
    busyTimeoutMs = milliseconds;
}

int Workspace::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode, StorageError *error)
{
    auto fail = [error](StorageError::Kind kind, const QString &message) {
        if (error)
            *error = {kind, message, {}};
        return nullptr;
    };
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting && !info.exists())
        return fail(StorageError::Kind::NotFound, tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (mode == OpenMode::CreateNew && info.exists())
        return fail(StorageError::Kind::Other, tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path)));
    if (info.exists() && info.isDir())
        return fail(StorageError::Kind::NotADatabase, tr("%1 is a folder, not a workspace file.").arg(name));

    const bool isNew = !info.exists() || info.size() == 0;
    if (!isNew) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(StorageError::Kind::Io, tr("%1 cannot be read: %2.").arg(name, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(StorageError::Kind::NotADatabase, tr("%1 is not a RotaDesk workspace (it is not an SQLite database).").arg(name));
        file.close();
        if (!file.open(QIODevice::ReadWrite))
            return fail(StorageError::Kind::ReadOnly, tr("%1 is read-only; RotaDesk needs to write to it. Check the file's permissions or copy it to a writable folder.").arg(name));
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->d->path = info.absoluteFilePath();
    ws->d->connectionName = u"rotadesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ws->d->user = systemUser();
    ws->d->clock = [] { return QDateTime::currentDateTimeUtc(); };
    ws->d->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, ws->d->connectionName);
    ws->d->db.setDatabaseName(ws->d->path);
    ws->d->db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!ws->d->db.open()) {
        if (error)
            *error = ws->d->error(ws->d->db.lastError());
        return nullptr;
    }

    QSqlQuery query(ws->d->db);
    auto scalar = [&](const QString &sql, QVariant *out) {
        if (!query.exec(sql) || !query.next())
            return false;
        *out = query.value(0);
        return true;
    };
    QVariant applicationId, userVersion, tableCount;
    if (!scalar(u"PRAGMA application_id"_s, &applicationId) || !scalar(u"PRAGMA user_version"_s, &userVersion)
        || !scalar(u"SELECT count(*) FROM sqlite_master"_s, &tableCount)) {
        if (error)
            *error = ws->d->error(query.lastError());
        return nullptr;
    }
    const qint64 appId = applicationId.toLongLong();
    const int version = userVersion.toInt();
    if ((appId != 0 && appId != ApplicationId) || (appId == 0 && tableCount.toInt() > 0))
        return fail(StorageError::Kind::NotAWorkspace, tr("%1 is an SQLite database of another program, not a RotaDesk workspace. It has not been changed.").arg(name));
    if (version > Migrations::latestVersion())
        return fail(StorageError::Kind::TooNew,
                    tr("%1 was written by a newer version of RotaDesk (workspace format %2; this version understands up to %3). It has not been changed; please update RotaDesk.")
                        .arg(name)
                        .arg(version)
                        .arg(Migrations::latestVersion()));

    // WAL keeps readers and the writer apart; FULL makes every acknowledged commit durable
    // against power loss as well as against a crash or kill of the process.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (!query.exec(pragma)) {
            if (error)
                *error = ws->d->error(query.lastError());
            return nullptr;
        }
    }

    if (version < Migrations::latestVersion()) {
        if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
            if (error)
                *error = ws->d->error(query.lastError());
            return nullptr;
        }
        StorageError migrationError = Migrations::apply(ws->d->db, version, name);
        if (migrationError.ok() && !query.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
            migrationError = ws->d->error(query.lastError());
        if (migrationError.ok() && version == 0) {
            const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
            for (const auto &[key, value] : {std::pair{u"name"_s, info.completeBaseName()},
                                             std::pair{u"time_zone"_s, zone.isEmpty() ? u"UTC"_s : zone},
                                             std::pair{u"created_at"_s, ws->nowIso()}}) {
                query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
                query.addBindValue(key);
                query.addBindValue(value);
                if (!query.exec()) {
                    migrationError = ws->d->error(query.lastError());
                    break;
                }
            }
        }
        if (migrationError.ok() && !query.exec(u"COMMIT"_s))
            migrationError = ws->d->error(query.lastError());
        if (!migrationError.ok()) {
            query.exec(u"ROLLBACK"_s);
            if (error)
                *error = migrationError;
            return nullptr;
        }
    }
    ws->d->schemaVersion = Migrations::latestVersion();
    if (error)
        *error = {};
    return ws;
}

int Workspace::schemaVersion() const
{
    return d->schemaVersion;
}

QString Workspace::path() const
{
    return d->path;
}

QSqlDatabase Workspace::database() const
{
    return d->db;
}

sqlite3 *Workspace::handle() const
{
    const QVariant handle = d->db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(d->db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

QString Workspace::name() const
{
    return setting(u"name"_s, QFileInfo(d->path).completeBaseName());
}

QByteArray Workspace::timeZone() const
{
    return setting(u"time_zone"_s, u"UTC"_s).toUtf8();
}

QString Workspace::currentUser() const
{
    return d->user;
}

void Workspace::setCurrentUser(const QString &user)
{
    d->user = user;
}

QDateTime Workspace::now() const
{
    return d->clock().toUTC();
}

QString Workspace::nowIso() const
{
    return now().toString(Qt::ISODate);
}

void Workspace::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

QStringList Workspace::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(d->db);
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != "ok"_L1)
            problems << row;
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s)) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        problems << tr("Table %1, row %2 refers to a missing record in %3.")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    return problems;
}

StorageError Workspace::setSetting(const QString &key, const QString &value)
{
    Transaction transaction(*this);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    const QString before = setting(key);
    QSqlQuery query(d->db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return d->error(query.lastError());
    JournalEntry entry;
    entry.record_type = u"setting"_s;
    entry.operation = u"update"_s;
    entry.before = {{u"key"_s, key}, {u"value"_s, before}};
    entry.after = {{u"key"_s, key}, {u"value"_s, value}};
    if (StorageError error = Journal(*this).append(entry); !error.ok())
        return error;
    return transaction.commit();
}
