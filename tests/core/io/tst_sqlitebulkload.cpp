#include "iotestsupport.h"

#include "io/sqlitebulkload.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QStringList shiftIndexes(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shifts' AND sql IS NOT NULL ORDER BY name"_s);
    QStringList definitions;
    while (query.next())
        definitions << query.value(0).toString();
    return definitions;
}

} // namespace

class TestSqliteBulkLoad : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = IoTest::createWorkspace(m_dir->filePath(u"bulk.rota"_s));
        QVERIFY(m_workspace);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void relaxesTheConnectionAndRestoresIt()
    {
        {
            SqliteBulkLoad bulkLoad(m_workspace->handle(), "shifts");
            bulkLoad.relaxConnection();
            QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "delete"_ba);
            QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "0"_ba);
            bulkLoad.restore();
            QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
            QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "1"_ba);
            bulkLoad.relaxConnection();
        }
        // The destructor restores as well.
        QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
        QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "1"_ba);
    }

    void changesNothingInsideATransaction()
    {
        Transaction transaction(*m_workspace);
        QVERIFY(transaction.beginError().ok());
        SqliteBulkLoad bulkLoad(m_workspace->handle(), "shifts");
        bulkLoad.relaxConnection();
        QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
        QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "1"_ba);
    }

    void keepsTheWalWhileAnotherConnectionIsOpen()
    {
        StorageError error;
        const auto other = Workspace::open(m_workspace->path(), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(other);
        SqliteBulkLoad bulkLoad(m_workspace->handle(), "shifts");
        bulkLoad.relaxConnection();
        QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
        QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "0"_ba);
        bulkLoad.restore();
        QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "1"_ba);
    }

    void rebuildsThePlainIndexesOnly()
    {
        const QStringList before = shiftIndexes(*m_workspace);
        QCOMPARE(before.size(), 5);
        Transaction transaction(*m_workspace);
        SqliteBulkLoad bulkLoad(m_workspace->handle(), "shifts");
        QCOMPARE(bulkLoad.dropIndexes(), SQLITE_OK);
        const QStringList during = shiftIndexes(*m_workspace);
        // The partial ones stay: a unique claim code is checked while the rows go in.
        QCOMPARE(during.size(), 3);
        for (const QString &index : during)
            QVERIFY2(index.contains(u" WHERE "_s), qPrintable(index));
        QCOMPARE(bulkLoad.recreateIndexes(), SQLITE_OK);
        QCOMPARE(shiftIndexes(*m_workspace), before);
    }

    void rollbackBringsTheIndexesBack()
    {
        const QStringList before = shiftIndexes(*m_workspace);
        {
            Transaction transaction(*m_workspace);
            SqliteBulkLoad bulkLoad(m_workspace->handle(), "shifts");
            QCOMPARE(bulkLoad.dropIndexes(), SQLITE_OK);
        }
        QCOMPARE(shiftIndexes(*m_workspace), before);
    }

    void raisesTheCacheAndRestoresIt()
    {
        const QByteArray before = IoTest::pragma(*m_workspace, "cache_size");
        SqliteBulkLoad bulkLoad(m_workspace->handle(), "shifts");
        bulkLoad.raiseCacheSize(32 * 1024);
        QCOMPARE(IoTest::pragma(*m_workspace, "cache_size"), "-32768"_ba);
        bulkLoad.restore();
        QCOMPARE(IoTest::pragma(*m_workspace, "cache_size"), before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteBulkLoad)
#include "tst_sqlitebulkload.moc"
