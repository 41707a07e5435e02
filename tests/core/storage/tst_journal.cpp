#include "storagetestsupport.h"

#include "storage/cachedquery.h"
#include "storage/journal.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    static JournalEntry entry(qint64 localId, const QString &operation)
    {
        JournalEntry entry;
        entry.record_type = u"shift"_s;
        entry.local_id = localId;
        entry.operation = operation;
        if (operation != u"create"_s)
            entry.before = {{u"id"_s, localId}, {u"is_pinned"_s, false}};
        if (operation != u"delete"_s)
            entry.after = {{u"id"_s, localId}, {u"is_pinned"_s, true}, {u"notes"_s, u"Ünïcode ✓"_s}};
        return entry;
    }

    // Appends entries for local ids 1..count, each in a transaction of its own.
    void appendEntries(int count)
    {
        Journal journal(*m_workspace);
        for (int id = 1; id <= count; ++id) {
            Transaction transaction(*m_workspace);
            JournalEntry appended = entry(id, u"update"_s);
            QVERIFY(journal.append(appended).ok());
            QVERIFY(transaction.commit().ok());
        }
    }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
    }

    void cleanup() { m_workspace.reset(); }

    void emptyJournal()
    {
        Journal journal(*m_workspace);
        QCOMPARE(journal.count(), 0);
        QCOMPARE(journal.lastId(), 0);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(journal.unsynced().isEmpty());
    }

    void appendFillsTheBookkeeping()
    {
        m_workspace->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(7, 30, 5, 250), QTimeZone::utc()); });
        Journal journal(*m_workspace);
        Transaction transaction(*m_workspace);
        JournalEntry appended = entry(7, u"pin"_s);
        QVERIFY(journal.append(appended).ok());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(appended.id, 1);
        QCOMPARE(appended.batch_id, transaction.batchId());
        QCOMPARE(appended.at, u"2026-11-23T07:30:05.250Z"_s);
        QCOMPARE(appended.user, u"coordinator"_s);
        QCOMPARE(journal.entries(), QList<JournalEntry>{appended});
    }

    void entriesKeepBeforeAndAfter_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("create") << u"create"_s;
        QTest::newRow("update") << u"update"_s;
        QTest::newRow("delete") << u"delete"_s;
    }

    void entriesKeepBeforeAndAfter()
    {
        QFETCH(QString, operation);
        Journal journal(*m_workspace);
        Transaction transaction(*m_workspace);
        JournalEntry appended = entry(3, operation);
        QVERIFY(journal.append(appended).ok());
        QVERIFY(transaction.commit().ok());
        const JournalEntry read = journal.entries().constFirst();
        QCOMPARE(read, appended);
        QCOMPARE(read.before.isEmpty(), operation == u"create"_s);
        QCOMPARE(read.after.isEmpty(), operation == u"delete"_s);
        // An empty side is stored as NULL, not as "{}".
        QCOMPARE(CachedQuery(*m_workspace, u"SELECT count(*) FROM journal WHERE before IS NULL OR after IS NULL"_s).scalar().toInt(),
                 operation == u"update"_s ? 0 : 1);
    }

    void appendOutsideATransactionIsRefused()
    {
        Journal journal(*m_workspace);
        JournalEntry appended = entry(1, u"create"_s);
        const StorageError error = journal.append(appended);
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(u"outside a transaction"_s), qPrintable(error.message));
        QCOMPARE(journal.count(), 0);
    }

    void entryOfARolledBackTransactionIsGone()
    {
        Journal journal(*m_workspace);
        {
            Transaction transaction(*m_workspace);
            JournalEntry appended = entry(1, u"create"_s);
            QVERIFY(journal.append(appended).ok());
            QCOMPARE(journal.count(), 1);
        }
        QCOMPARE(journal.count(), 0);
        QCOMPARE(journal.lastId(), 0);
    }

    void pagesInOrder()
    {
        appendEntries(5);
        Journal journal(*m_workspace);
        QCOMPARE(journal.count(), 5);
        QCOMPARE(journal.lastId(), 5);
        const QList<JournalEntry> page = journal.entries(2, 2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).id, 3);
        QCOMPARE(page.at(1).id, 4);
        QCOMPARE(journal.entries(5).size(), 0);
    }

    void unsyncedSkipsSyncedEntries()
    {
        appendEntries(4);
        // As the sync engine marks what the server has acknowledged.
        QVERIFY(CachedQuery(*m_workspace, u"UPDATE journal SET synced = 1 WHERE id IN (1, 3)"_s).ok());
        Journal journal(*m_workspace);
        const QList<JournalEntry> unsynced = journal.unsynced();
        QCOMPARE(unsynced.size(), 2);
        QCOMPARE(unsynced.at(0).id, 2);
        QCOMPARE(unsynced.at(1).id, 4);
        QVERIFY(!unsynced.at(0).synced);
        QCOMPARE(journal.unsynced(1).size(), 1);
        QVERIFY(journal.entries().at(0).synced);
    }

    void entryFromTheServerIsWrittenSynced()
    {
        Journal journal(*m_workspace);
        Transaction transaction(*m_workspace);
        JournalEntry local = entry(1, u"update"_s);
        QVERIFY(journal.append(local).ok());
        JournalEntry fromServer = entry(2, u"update"_s);
        QVERIFY(journal.append(fromServer, Journal::Mark::Synced).ok());
        QVERIFY(transaction.commit().ok());
        QVERIFY(!local.synced);
        QVERIFY(fromServer.synced);
        const QList<JournalEntry> unsynced = journal.unsynced();
        QCOMPARE(unsynced.size(), 1);
        QCOMPARE(unsynced.at(0).local_id, 1);
        const QList<JournalEntry> stored = journal.entriesForRecord(u"shift"_s, 2);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.at(0).synced);
        QCOMPARE(stored.at(0).after, fromServer.after);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
