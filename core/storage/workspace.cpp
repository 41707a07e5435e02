#include "workspace.h"
#include "workspace_p.h"

#include "cachedquery.h"
#include "journal.h"
#include "migrations.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>
#include <QtEndian>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// "Rota" in ASCII: marks an SQLite file as a RotaDesk workspace.
constexpr qint32 ApplicationId = 0x526F7461;
int busyTimeoutMs = 5000;

QString quotedFileName(const QString &path)
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

StorageError tooNew(const QString &name, qint64 version)
{
    return {StorageError::Kind::TooNew,
            Workspace::tr("%1 was written by a newer version of RotaDesk (schema %2; this version understands up to %3). "
                          "It has not been changed; please update RotaDesk to open it.")
                .arg(name)
                .arg(version)
                .arg(Migrations::latestVersion()),
            {}};
}

// What the first 100 bytes of an SQLite file (its header) say about it, read without SQLite so
// that a file that is refused is not even opened by it.
struct Header
{
    bool isSqlite = false;
    qint32 userVersion = 0;   // offset 60, big-endian
    qint32 applicationId = 0; // offset 68, big-endian
};

Header readHeader(const QByteArray &bytes)
{
    Header header;
    header.isSqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (header.isSqlite) {
        header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    }
    return header;
}

// Checks an existing, non-empty file before SQLite touches it.
StorageError checkExistingFile(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {StorageError::Kind::Io, Workspace::tr("%1 cannot be read; check that you are allowed to open it.").arg(name), {}};
    const Header header = readHeader(file.read(100));
    file.close();
    if (!header.isSqlite)
        return fileError(StorageError::Kind::NotADatabase, name);
    if (header.applicationId != 0 && header.applicationId != ApplicationId)
        return fileError(StorageError::Kind::NotAWorkspace, name);
    if (header.userVersion > Migrations::latestVersion())
        return tooNew(name, header.userVersion);
    // Opening for writing changes nothing and catches a read-only file before SQLite quietly
    // falls back to reading only.
    if (!file.open(QIODevice::ReadWrite))
        return fileError(StorageError::Kind::ReadOnly, name);
    return {};
}

} // namespace

QString Workspace::Private::fileName() const
{
    return quotedFileName(path);
}

StorageError Workspace::Private::error(const QSqlError &sqlError) const
{
    return storageErrorFromSql(sqlError, fileName());
}

qint64 Workspace::Private::currentBatchId()
{
    if (batchId == 0 && transactionDepth > 0)
        batchId = CachedQuery(*self, u"SELECT coalesce((SELECT batch_id FROM journal ORDER BY id DESC LIMIT 1), 0) + 1"_s).scalar().toLongLong();
    return batchId;
}

Workspace::Workspace()
    : d(std::make_unique<Private>())
{
    d->self = this;
}

Workspace::~Workspace()
{
    // Cached statements must be finalised before their connection closes.
    d->statements.clear();
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

void Workspace::setBusyTimeoutMs(int milliseconds)
{
    busyTimeoutMs = milliseconds;
}

qint32 Workspace::applicationId()
{
    return ApplicationId;
}

int Workspace::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode, StorageError *error, Clock clock)
{
    StorageError result = {};
    std::unique_ptr<Workspace> workspace = openChecked(path, mode, std::move(clock), &result);
    if (error)
        *error = result;
    return result.ok() ? std::move(workspace) : nullptr;
}

std::unique_ptr<Workspace> Workspace::openChecked(const QString &path, OpenMode mode, Clock clock, StorageError *error)
{
    const QString name = quotedFileName(path);
    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting && !info.exists()) {
        *error = {StorageError::Kind::NotFound, tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(path)), {}};
        return nullptr;
    }
    if (mode == OpenMode::CreateNew && info.exists()) {
        *error = {StorageError::Kind::Other, tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(path)), {}};
        return nullptr;
    }
    if (info.isDir()) {
        *error = {StorageError::Kind::NotADatabase, tr("%1 is a folder, not a workspace file.").arg(name), {}};
        return nullptr;
    }
    if (!info.exists() && !info.absoluteDir().exists()) {
        *error = {StorageError::Kind::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())), {}};
        return nullptr;
    }
    if (info.exists() && info.size() > 0) {
        *error = checkExistingFile(path, name);
        if (!error->ok())
            return nullptr;
    }
    // A log left by a crash holds committed pages; the checks below read them through SQLite.
    const bool hadWal = QFileInfo::exists(path + u"-wal"_s);

    std::unique_ptr<Workspace> ws(new Workspace);
    Private &d = *ws->d;
    d.path = info.absoluteFilePath();
    d.connectionName = u"rotadesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.user = systemUser();
    d.clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    d.db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d.connectionName);
    d.db.setDatabaseName(d.path);
    d.db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!d.db.open()) {
        *error = d.error(d.db.lastError());
        return nullptr;
    }
    sqlite3_extended_result_codes(ws->handle(), 1);

    *error = ws->checkSchema(hadWal);
    if (error->ok())
        *error = ws->configure();
    if (error->ok() && d.schemaVersion < Migrations::latestVersion())
        *error = ws->migrate(info.completeBaseName());
    return ws;
}

StorageError Workspace::checkSchema(bool hadWal)
{
    // The header check above saw the main file only; the newest committed state may be in the
    // log. Refusing must not fold that log into the file on close either.
    const auto refuse = [&](StorageError refusal) {
        if (hadWal)
            sqlite3_db_config(handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        return refusal;
    };
    CachedQuery applicationId(*this, u"PRAGMA application_id"_s);
    const QVariant appId = applicationId.scalar();
    if (!applicationId.ok())
        return refuse(d->error(applicationId.error()));
    CachedQuery userVersion(*this, u"PRAGMA user_version"_s);
    const QVariant version = userVersion.scalar();
    if (!userVersion.ok())
        return refuse(d->error(userVersion.error()));
    CachedQuery tables(*this, u"SELECT count(*) FROM sqlite_master"_s);
    const QVariant tableCount = tables.scalar();
    if (!tables.ok())
        return refuse(d->error(tables.error()));
    if ((appId.toLongLong() != 0 && appId.toLongLong() != ApplicationId) || (appId.toLongLong() == 0 && tableCount.toInt() > 0))
        return refuse(fileError(StorageError::Kind::NotAWorkspace, d->fileName()));
    if (version.toInt() > Migrations::latestVersion())
        return refuse(tooNew(d->fileName(), version.toInt()));
    d->schemaVersion = version.toInt();
    return {};
}

StorageError Workspace::configure()
{
    // WAL lets the views read while an edit is written and makes a commit one append to the log.
    CachedQuery journalMode(*this, u"PRAGMA journal_mode = WAL"_s);
    const QString mode = journalMode.scalar().toString();
    if (!journalMode.ok())
        return d->error(journalMode.error());
    if (mode.compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return fileError(StorageError::Kind::Io, d->fileName(), tr("the write-ahead log cannot be used (journal mode %1)").arg(mode));
    // In WAL mode NORMAL already survives a crash or kill of the process (the log is in the
    // operating system's hands once written). FULL also syncs the log at every commit, so an
    // edit that was acknowledged survives a power cut as well; one sync per edit is cheap for
    // interactive edits, and a bulk import is one transaction.
    for (const QString &pragma : {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        CachedQuery query(*this, pragma);
        if (!query.ok())
            return d->error(query.error());
    }
    return {};
}

StorageError Workspace::migrate(const QString &defaultName)
{
    const bool creating = d->schemaVersion == 0;
    Transaction transaction(*this);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    if (StorageError error = Migrations::apply(d->db, d->schemaVersion, d->fileName()); !error.ok())
        return error;
    // PRAGMA takes no bound parameters; the value is our own constant.
    if (CachedQuery query(*this, u"PRAGMA application_id = %1"_s.arg(ApplicationId)); !query.ok())
        return d->error(query.error());
    if (creating) {
        const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        for (const auto &[key, value] : {std::pair{u"name"_s, defaultName},
                                         std::pair{u"time_zone"_s, zone.isEmpty() ? u"UTC"_s : zone},
                                         std::pair{u"created_at"_s, nowIso()}}) {
            if (CachedQuery insert(*this, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {key, value}); !insert.ok())
                return d->error(insert.error());
        }
    }
    if (StorageError error = transaction.commit(); !error.ok())
        return error;
    d->schemaVersion = Migrations::latestVersion();
    return {};
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
    CachedQuery query(*this, u"SELECT value FROM settings WHERE key = ?"_s, {key});
    const QVariant value = query.scalar();
    return value.isValid() ? value.toString() : fallback;
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
    CachedQuery integrity(*this, u"PRAGMA integrity_check"_s);
    if (!integrity.ok())
        return {integrity.error().text()};
    while (integrity.next()) {
        const QString row = integrity.value(0).toString();
        if (row != "ok"_L1)
            problems << row;
    }
    CachedQuery foreignKeys(*this, u"PRAGMA foreign_key_check"_s);
    if (!foreignKeys.ok())
        return problems << foreignKeys.error().text();
    while (foreignKeys.next()) {
        problems << tr("Table %1, row %2 refers to a missing record in %3.")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(), foreignKeys.value(2).toString());
    }
    return problems;
}

StorageError Workspace::setSetting(const QString &key, const QString &value)
{
    Transaction transaction(*this);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    const QString before = setting(key);
    CachedQuery upsert(*this, u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                       {key, value});
    if (!upsert.ok())
        return d->error(upsert.error());
    JournalEntry entry;
    entry.record_type = u"setting"_s;
    entry.operation = u"update"_s;
    entry.before = {{u"key"_s, key}, {u"value"_s, before}};
    entry.after = {{u"key"_s, key}, {u"value"_s, value}};
    if (StorageError error = Journal(*this).append(entry); !error.ok())
        return error;
    return transaction.commit();
}
