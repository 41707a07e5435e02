#include "storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    qint64 clinicianCount() { return ClinicianRepository(*m_workspace).count(); }

    StorageError addClinician(const QString &name)
    {
        Clinician record = clinician(name);
        return ClinicianRepository(*m_workspace).create(record);
    }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
    }

    void cleanup() { m_workspace.reset(); }

    void commitKeepsTheWrites()
    {
        Transaction transaction(*m_workspace);
        QVERIFY(transaction.beginError().ok());
        QVERIFY(addClinician(u"Ada Obi"_s).ok());
        QVERIFY(addClinician(u"Ben Carr"_s).ok());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(clinicianCount(), 2);
        QCOMPARE(Journal(*m_workspace).count(), 2);
    }

    void leavingWithoutCommitRollsBack()
    {
        {
            Transaction transaction(*m_workspace);
            QVERIFY(addClinician(u"Ada Obi"_s).ok());
            QCOMPARE(clinicianCount(), 1);
        }
        QCOMPARE(clinicianCount(), 0);
        QCOMPARE(Journal(*m_workspace).count(), 0);
        // The workspace takes new transactions afterwards.
        QVERIFY(addClinician(u"Ben Carr"_s).ok());
        QCOMPARE(clinicianCount(), 1);
    }

    void nestedRollbackKeepsTheOuterWrites()
    {
        Transaction outer(*m_workspace);
        QVERIFY(addClinician(u"Ada Obi"_s).ok());
        {
            Transaction inner(*m_workspace);
            QVERIFY(inner.beginError().ok());
            QVERIFY(addClinician(u"Ben Carr"_s).ok());
        }
        QVERIFY(addClinician(u"Cleo Diaz"_s).ok());
        QVERIFY(outer.commit().ok());
        QStringList names;
        for (const Clinician &record : ClinicianRepository(*m_workspace).list())
            names << record.name;
        QCOMPARE(names, (QStringList{u"Ada Obi"_s, u"Cleo Diaz"_s}));
        QCOMPARE(Journal(*m_workspace).count(), 2);
    }

    void outerRollbackUndoesCommittedInnerWrites()
    {
        {
            Transaction outer(*m_workspace);
            Transaction inner(*m_workspace);
            QVERIFY(addClinician(u"Ada Obi"_s).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(clinicianCount(), 0);
        QCOMPARE(Journal(*m_workspace).count(), 0);
    }

    void entriesOfOneTransactionShareABatch()
    {
        QVERIFY(addClinician(u"Solo"_s).ok());
        qint64 batch = 0;
        {
            Transaction transaction(*m_workspace);
            batch = transaction.batchId();
            QVERIFY(addClinician(u"Ada Obi"_s).ok());
            QVERIFY(addClinician(u"Ben Carr"_s).ok());
            QVERIFY(transaction.commit().ok());
        }
        QVERIFY(addClinician(u"Cleo Diaz"_s).ok());
        const QList<JournalEntry> entries = Journal(*m_workspace).entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(1).batch_id, batch);
        QCOMPARE(entries.at(2).batch_id, batch);
        QVERIFY(entries.at(0).batch_id < batch);
        QVERIFY(entries.at(3).batch_id > batch);
    }

    void rolledBackBatchIsNotReused()
    {
        QVERIFY(addClinician(u"Ada Obi"_s).ok());
        {
            Transaction abandoned(*m_workspace);
            QVERIFY(addClinician(u"Ben Carr"_s).ok());
        }
        QVERIFY(addClinician(u"Cleo Diaz"_s).ok());
        const QList<JournalEntry> entries = Journal(*m_workspace).entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(1).batch_id > entries.at(0).batch_id);
    }

    void committingTwiceIsAnError()
    {
        Transaction transaction(*m_workspace);
        QVERIFY(transaction.commit().ok());
        const StorageError again = transaction.commit();
        QVERIFY(!again.ok());
        QVERIFY2(again.message.contains(QFileInfo(m_workspace->path()).fileName()), qPrintable(again.message));
    }

    void beginFailsWhileAnotherProgramWrites()
    {
        RawConnection other(m_workspace->path());
        QCOMPARE(other.exec(u"BEGIN EXCLUSIVE"_s), SQLITE_OK);
        Workspace::setBusyTimeoutMs(50);
        const auto workspace = openWorkspace(m_workspace->path(), Workspace::OpenMode::OpenExisting);
        Workspace::setBusyTimeoutMs(5000);
        QVERIFY(workspace);
        {
            Transaction transaction(*workspace);
            QCOMPARE(transaction.beginError().kind, StorageError::Kind::Locked);
            QVERIFY2(transaction.beginError().message.contains(u"is in use by another program"_s), qPrintable(transaction.beginError().message));
            QCOMPARE(transaction.commit().kind, StorageError::Kind::Locked);
        }
        Clinician record = clinician(u"Ada Obi"_s);
        const StorageError error = ClinicianRepository(*workspace).create(record);
        QCOMPARE(error.kind, StorageError::Kind::Locked);
        QCOMPARE(other.exec(u"ROLLBACK"_s), SQLITE_OK);
        QVERIFY(ClinicianRepository(*workspace).create(record).ok());
    }

    // SQLite undoes a whole transaction by itself after some errors; commit must say so rather
    // than report success for writes that are gone.
    void commitAfterSqliteUndidTheTransaction()
    {
        Transaction transaction(*m_workspace);
        QVERIFY(addClinician(u"Ada Obi"_s).ok());
        QCOMPARE(sqlite3_exec(m_workspace->handle(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        const StorageError error = transaction.commit();
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(u"undone"_s), qPrintable(error.message));
        QCOMPARE(clinicianCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
