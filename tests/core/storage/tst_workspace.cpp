#include "storagetestsupport.h"

#include "storage/cachedquery.h"
#include "storage/journal.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#ifdef Q_OS_LINUX
#include <sys/fsuid.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

// Root passes every permission check. While this exists, the calling thread (the one that
// opens workspaces in these tests) checks files as the unprivileged user "nobody" instead, as a
// coordinator's RotaDesk would; nothing else about the process changes.
class OrdinaryUserPermissions
{
public:
    OrdinaryUserPermissions()
    {
#ifdef Q_OS_LINUX
        if (geteuid() == 0) {
            setfsuid(65534);
            m_switched = setfsuid(uid_t(-1)) == 65534;
        }
#endif
    }
    ~OrdinaryUserPermissions()
    {
#ifdef Q_OS_LINUX
        if (m_switched)
            setfsuid(0);
#endif
    }
    bool apply() const
    {
#ifdef Q_OS_LINUX
        return geteuid() != 0 || m_switched;
#else
        return true;
#endif
    }

private:
    bool m_switched = false;
};

constexpr QFile::Permissions ReadOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions OpenFolder = ReadOnlyFile | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

// The zone a new workspace starts with: the system's, or UTC when the system names none.
QByteArray defaultZone()
{
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    return systemZone.isEmpty() ? QByteArray("UTC") : systemZone;
}

QVariant pragma(Workspace &workspace, const QString &name)
{
    return CachedQuery(workspace, u"PRAGMA "_s + name).scalar();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_case = 0;

    // A fresh path for each use, so that the tests do not see each other's files.
    QString newPath(const QString &suffix = u".rota"_s) { return m_dir.filePath(u"w%1%2"_s.arg(++m_case).arg(suffix)); }

    void verifyRefusedUnchanged(const QString &path, StorageError::Kind kind, const QString &messagePart)
    {
        const QByteArray before = fileDigest(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        StorageError error;
        QVERIFY(!openWorkspace(path, Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    // Dates the file in the past, so that any write would show in its modification time.
    static void backdate(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), QTimeZone::utc()), QFileDevice::FileModificationTime));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newWorkspaceIsConfigured()
    {
        const QString path = newPath();
        StorageError error;
        const auto workspace = openWorkspace(path, Workspace::OpenMode::CreateNew, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QVERIFY(error.ok());
        QCOMPARE(workspace->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(workspace->schemaVersion(), Workspace::currentSchemaVersion());
        QCOMPARE(pragma(*workspace, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(*workspace, u"synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(pragma(*workspace, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(*workspace, u"busy_timeout"_s).toInt(), 5000);
        QCOMPARE(pragma(*workspace, u"application_id"_s).toInt(), Workspace::applicationId());
        QCOMPARE(pragma(*workspace, u"user_version"_s).toInt(), Workspace::currentSchemaVersion());
        QVERIFY(workspace->integrityProblems().isEmpty());
    }

    void newWorkspaceSettings()
    {
        const QString path = newPath();
        const auto workspace = openWorkspace(path, Workspace::OpenMode::CreateNew);
        QVERIFY(workspace);
        QCOMPARE(workspace->name(), QFileInfo(path).completeBaseName());
        QCOMPARE(workspace->timeZone(), defaultZone());
        QCOMPARE(workspace->setting(u"created_at"_s), u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(workspace->setting(u"no_such_key"_s, u"fallback"_s), u"fallback"_s);
    }

    void settingChangesAreJournaled()
    {
        const auto workspace = openWorkspace(newPath());
        QVERIFY(workspace);
        QVERIFY(workspace->setSetting(u"name"_s, u"Night team"_s).ok());
        QVERIFY(workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        QCOMPARE(workspace->name(), u"Night team"_s);
        QCOMPARE(workspace->timeZone(), QByteArray("Europe/London"));
        const QList<JournalEntry> entries = Journal(*workspace).entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).record_type, u"setting"_s);
        QCOMPARE(entries.at(1).operation, u"update"_s);
        QCOMPARE(entries.at(1).before.value(u"value"_s).toString(), QString::fromUtf8(defaultZone()));
        QCOMPARE(entries.at(1).after, (QJsonObject{{u"key"_s, u"time_zone"_s}, {u"value"_s, u"Europe/London"_s}}));
        QCOMPARE(entries.at(1).user, u"coordinator"_s);
    }

    void reopenKeepsData()
    {
        const QString path = newPath();
        {
            const auto workspace = openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
            QVERIFY(workspace);
            QVERIFY(workspace->setSetting(u"name"_s, u"Kept"_s).ok());
        }
        StorageError error;
        const auto reopened = openWorkspace(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QCOMPARE(reopened->name(), u"Kept"_s);
        QCOMPARE(Journal(*reopened).count(), 1);
    }

    void openModes()
    {
        StorageError error;
        const QString missing = newPath();
        QVERIFY(!openWorkspace(missing, Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(missing)), qPrintable(error.message));
        QVERIFY(!QFile::exists(missing));

        const QString existing = newPath();
        QVERIFY(openWorkspace(existing, Workspace::OpenMode::CreateNew));
        const QByteArray digest = fileDigest(existing);
        QVERIFY(!openWorkspace(existing, Workspace::OpenMode::CreateNew, &error));
        QVERIFY(error.message.contains(QDir::toNativeSeparators(existing)));
        QVERIFY(error.message.contains(u"already exists"_s));
        QCOMPARE(fileDigest(existing), digest);
        QVERIFY(openWorkspace(existing, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY(error.ok());

        const QString inMissingFolder = m_dir.filePath(u"no-such-folder/a.rota"_s);
        QVERIFY(!openWorkspace(inMissingFolder, Workspace::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QVERIFY2(error.message.contains(u"no-such-folder"_s), qPrintable(error.message));

        QVERIFY(!openWorkspace(m_dir.path(), Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
    }

    void handleIsTheSameConnection()
    {
        const auto workspace = openWorkspace(newPath());
        QVERIFY(workspace);
        sqlite3 *db = workspace->handle();
        QVERIFY(db);
        QCOMPARE(QString::fromUtf8(sqlite3_db_filename(db, "main")), workspace->path());
        {
            // Written through the raw handle inside the workspace's transaction: seen through
            // database() before commit, and gone with the rollback.
            Transaction transaction(*workspace);
            QVERIFY(transaction.beginError().ok());
            QCOMPARE(sqlite3_exec(db, "INSERT INTO settings (key, value) VALUES ('raw', 'yes')", nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(workspace->setting(u"raw"_s), u"yes"_s);
        }
        QCOMPARE(workspace->setting(u"raw"_s, u"absent"_s), u"absent"_s);
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("name,team\nKwame Asante,Nights\n");
        QTest::newRow("short file with the SQLite magic") << QByteArray("SQLite format 3\0\x10\0", 19);
    }

    void notADatabase()
    {
        QFETCH(QByteArray, content);
        const QString path = newPath(u".csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        backdate(path);
        verifyRefusedUnchanged(path, StorageError::Kind::NotADatabase, u"not an SQLite database"_s);
        QCOMPARE(QFileInfo(path).size(), content.size());
    }

    void anotherProgramsDatabase_data()
    {
        QTest::addColumn<qint32>("applicationId");
        QTest::newRow("another application id") << qint32(0x46534C31);
        QTest::newRow("no application id, tables of its own") << qint32(0);
    }

    void anotherProgramsDatabase()
    {
        QFETCH(qint32, applicationId);
        const QString path = newPath(u".db"_s);
        {
            RawConnection other(path);
            QCOMPARE(other.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)), SQLITE_OK);
            QCOMPARE(other.exec(u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"_s), SQLITE_OK);
        }
        backdate(path);
        verifyRefusedUnchanged(path, StorageError::Kind::NotAWorkspace, u"another program"_s);
    }

    void tooNewIsRefusedUnchanged()
    {
        const QString path = newPath();
        const int newer = Workspace::currentSchemaVersion() + 1;
        {
            // As a newer RotaDesk might leave it: in rollback-journal mode, so that switching
            // it to WAL would change its header.
            RawConnection newerRotaDesk(path);
            QCOMPARE(newerRotaDesk.exec(u"PRAGMA application_id = %1"_s.arg(Workspace::applicationId())), SQLITE_OK);
            QCOMPARE(newerRotaDesk.exec(u"PRAGMA user_version = %1"_s.arg(newer)), SQLITE_OK);
            QCOMPARE(newerRotaDesk.exec(u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"_s), SQLITE_OK);
        }
        backdate(path);
        verifyRefusedUnchanged(path, StorageError::Kind::TooNew,
                               u"newer version of RotaDesk (schema %1; this version understands up to %2). It has not been changed"_s
                                   .arg(newer)
                                   .arg(Workspace::currentSchemaVersion()));
    }

    void tooNewInTheLogIsRefusedUnchanged()
    {
        const QString path = newPath();
        QVERIFY(openWorkspace(path));
        const QString wal = path + u"-wal"_s;
        {
            // The newer version's last commit is still only in the log, as after a crash.
            RawConnection newerRotaDesk(path);
            QCOMPARE(newerRotaDesk.exec(u"PRAGMA wal_autocheckpoint = 0"_s), SQLITE_OK);
            QCOMPARE(newerRotaDesk.exec(u"PRAGMA user_version = 99"_s), SQLITE_OK);
            sqlite3_db_config(newerRotaDesk.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
        QVERIFY(QFileInfo(wal).size() > 0);
        const QByteArray file = fileDigest(path);
        const QByteArray log = fileDigest(wal);
        StorageError error;
        QVERIFY(!openWorkspace(path, Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::TooNew);
        QVERIFY2(error.message.contains(u"schema 99"_s), qPrintable(error.message));
        QCOMPARE(fileDigest(path), file);
        QCOMPARE(fileDigest(wal), log);
    }

    void damagedFileIsReportedUnchanged()
    {
        const QString path = newPath();
        QVERIFY(openWorkspace(path));
        {
            // The header survives; the list of tables after it does not.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(100));
            file.write(QByteArray(400, '\xff'));
        }
        backdate(path);
        verifyRefusedUnchanged(path, StorageError::Kind::Corrupt, u"is damaged"_s);
    }

    void readOnlyFile()
    {
        const QString path = newPath();
        QVERIFY(openWorkspace(path));
        QVERIFY(QFile::setPermissions(m_dir.path(), OpenFolder | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(path, ReadOnlyFile));
        const QByteArray digest = fileDigest(path);
        StorageError error;
        {
            const OrdinaryUserPermissions permissions;
            if (!permissions.apply())
                QSKIP("Running as root without the right to check files as an ordinary user.");
            QVERIFY(!openWorkspace(path, Workspace::OpenMode::OpenExisting, &error));
        }
        QVERIFY(QFile::setPermissions(path, ReadOnlyFile | QFile::WriteOwner));
        QCOMPARE(error.kind, StorageError::Kind::ReadOnly);
        QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"read-only"_s), qPrintable(error.message));
        QCOMPARE(fileDigest(path), digest);
    }

    void readOnlyFolder()
    {
        QTemporaryDir folder(m_dir.filePath(u"folder-XXXXXX"_s));
        const QString path = folder.filePath(u"team.rota"_s);
        QVERIFY(openWorkspace(path));
        QVERIFY(QFile::setPermissions(m_dir.path(), OpenFolder | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(path, ReadOnlyFile | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(folder.path(), OpenFolder));
        StorageError error;
        {
            const OrdinaryUserPermissions permissions;
            if (!permissions.apply())
                QSKIP("Running as root without the right to check files as an ordinary user.");
            QVERIFY(!openWorkspace(path, Workspace::OpenMode::OpenExisting, &error));
        }
        QVERIFY(QFile::setPermissions(folder.path(), OpenFolder | QFile::WriteOwner));
        QCOMPARE(error.kind, StorageError::Kind::ReadOnly);
        QVERIFY2(error.message.contains(u"folder"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"team.rota"_s), qPrintable(error.message));
    }

    void lockedWhileAnotherProgramWrites()
    {
        const QString path = newPath();
        RawConnection other(path);
        QCOMPARE(other.exec(u"PRAGMA journal_mode = DELETE"_s), SQLITE_OK);
        QCOMPARE(other.exec(u"BEGIN EXCLUSIVE"_s), SQLITE_OK);
        QCOMPARE(other.exec(u"CREATE TABLE half_written (id INTEGER)"_s), SQLITE_OK);
        Workspace::setBusyTimeoutMs(50);
        StorageError error;
        const auto workspace = openWorkspace(path, Workspace::OpenMode::CreateIfMissing, &error);
        Workspace::setBusyTimeoutMs(5000);
        QVERIFY(!workspace);
        QCOMPARE(error.kind, StorageError::Kind::Locked);
        QVERIFY2(error.message.contains(u"is in use by another program"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
        QCOMPARE(other.exec(u"ROLLBACK"_s), SQLITE_OK);
    }

    void integrityProblemsNameBrokenReferences()
    {
        const QString path = newPath();
        const auto workspace = openWorkspace(path);
        QVERIFY(workspace);
        QVERIFY(workspace->integrityProblems().isEmpty());
        {
            // Another program that does not enforce foreign keys (SQLite's default).
            RawConnection other(path);
            QCOMPARE(other.exec(u"INSERT INTO working_terms (clinician_id, type, start_date, percentage) VALUES (42, 'substantive', '2026-01-01', 100)"_s),
                     SQLITE_OK);
        }
        const QStringList problems = workspace->integrityProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"working_terms"_s) && problems.first().contains(u"clinicians"_s), qPrintable(problems.first()));
    }

    void clockAndUser()
    {
        const auto workspace = openWorkspace(newPath());
        QVERIFY(workspace);
        QCOMPARE(workspace->nowIso(), u"2026-11-23T07:30:00Z"_s);
        workspace->setClock([] { return QDateTime(QDate(2027, 3, 28), QTime(3, 15), QTimeZone(3600)); });
        QCOMPARE(workspace->now(), QDateTime(QDate(2027, 3, 28), QTime(2, 15), QTimeZone::utc()));
        QCOMPARE(workspace->nowIso(), u"2027-03-28T02:15:00Z"_s);
        workspace->setCurrentUser(u"night coordinator"_s);
        QCOMPARE(workspace->currentUser(), u"night coordinator"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
