#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A second, independent connection, as another program would hold.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }

private:
    QString m_name;
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Workspace::setBusyTimeoutMs(200);
    }

    void createsAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ward.rota"_s);
        StorageError error;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            QCOMPARE(workspace->schemaVersion(), Workspace::currentSchemaVersion());
            QCOMPARE(workspace->name(), u"ward"_s);
            QVERIFY(workspace->setSetting(u"time_zone"_s, u"America/Denver"_s).ok());
            QVERIFY(workspace->integrityProblems().isEmpty());
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"wal"_s);
            QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        auto reopened = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(reopened);
        QCOMPARE(reopened->timeZone(), "America/Denver"_ba);
        QCOMPARE(Journal(*reopened).entries().constLast().record_type, u"setting"_s);
    }

    void missingFileAndExistingFile()
    {
        QTemporaryDir dir;
        StorageError error;
        QVERIFY(!Workspace::open(dir.filePath(u"none.rota"_s), Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(u"none.rota"_s)));
        QVERIFY(Workspace::open(dir.filePath(u"a.rota"_s), Workspace::OpenMode::CreateNew, &error));
        QVERIFY(!Workspace::open(dir.filePath(u"a.rota"_s), Workspace::OpenMode::CreateNew, &error));
        QVERIFY(error.message.contains(u"already exists"_s));
    }

    void refusedFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text file") << u"text"_s << int(StorageError::Kind::NotADatabase) << u"not a RotaDesk workspace"_s;
        QTest::newRow("other program's database") << u"other"_s << int(StorageError::Kind::NotAWorkspace) << u"another program"_s;
        QTest::newRow("newer RotaDesk") << u"newer"_s << int(StorageError::Kind::TooNew) << u"newer version of RotaDesk"_s;
    }

    void refusedFilesAreLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, errorKind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"file.rota"_s);
        if (kind == "text"_L1) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,date\nAnna,2026-01-01\n");
        } else if (kind == "other"_L1) {
            RawConnection other(path);
            QVERIFY(other.exec(u"CREATE TABLE songs (title TEXT)"_s));
        } else {
            {
                StorageError error;
                QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateNew, &error));
            }
            RawConnection newer(path);
            QVERIFY(newer.exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(newer.exec(u"PRAGMA user_version = %1"_s.arg(Workspace::currentSchemaVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        StorageError error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(int(error.kind), errorKind);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"file.rota"_s), "the message names the file");
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY2(!QFile::exists(path + u"-wal"_s), "no write-ahead log was started");
    }

    void lockedByAnotherProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.rota"_s);
        StorageError error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
        QVERIFY(workspace);
        RawConnection other(path);
        QVERIFY(other.exec(u"BEGIN IMMEDIATE"_s));
        Clinician clinician;
        clinician.name = u"Dr Ada Nwosu"_s;
        error = ClinicianRepository(*workspace).create(clinician);
        QCOMPARE(error.kind, StorageError::Kind::Locked);
        QVERIFY(error.message.contains(u"in use by another program"_s));
        QVERIFY(other.exec(u"ROLLBACK"_s));
        QVERIFY(ClinicianRepository(*workspace).create(clinician).ok());
    }

    void diskFullWritesNothing()
    {
        QTemporaryDir dir;
        StorageError error;
        auto workspace = Workspace::open(dir.filePath(u"full.rota"_s), Workspace::OpenMode::CreateNew, &error);
        QVERIFY(workspace);
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        // The file may not grow by one more page: the next write meets a full disk.
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(query.value(0).toInt())));
        const qint64 journalBefore = Journal(*workspace).count();
        Clinician clinician;
        clinician.name = QString(3000, u'x').left(180);
        clinician.grade = QString(4000, u'g');
        error = ClinicianRepository(*workspace).create(clinician);
        QCOMPARE(error.kind, StorageError::Kind::DiskFull);
        QVERIFY(error.message.contains(u"full"_s));
        QCOMPARE(ClinicianRepository(*workspace).count(), 0);
        QCOMPARE(Journal(*workspace).count(), journalBefore);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
