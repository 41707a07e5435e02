#include "storagetestsupport.h"

#include "storage/cachedquery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

// Statements SQLite holds prepared on the connection, and how many of them are mid-run.
std::pair<int, int> statements(sqlite3 *db)
{
    int prepared = 0;
    int running = 0;
    for (sqlite3_stmt *statement = sqlite3_next_stmt(db, nullptr); statement; statement = sqlite3_next_stmt(db, statement)) {
        ++prepared;
        running += sqlite3_stmt_busy(statement) ? 1 : 0;
    }
    return {prepared, running};
}

} // namespace

class TestCachedQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        for (const QString &key : {u"a"_s, u"b"_s, u"c"_s})
            QVERIFY(m_workspace->setSetting(key, key.toUpper()).ok());
    }

    void cleanup() { m_workspace.reset(); }

    void preparedOnceAndReused()
    {
        const QString sql = u"SELECT value FROM settings WHERE key = ?"_s;
        QCOMPARE(CachedQuery(*m_workspace, sql, {u"a"_s}).scalar().toString(), u"A"_s);
        const int prepared = statements(m_workspace->handle()).first;
        QCOMPARE(CachedQuery(*m_workspace, sql, {u"b"_s}).scalar().toString(), u"B"_s);
        QCOMPARE(CachedQuery(*m_workspace, sql, {u"missing"_s}).scalar(), QVariant());
        QCOMPARE(statements(m_workspace->handle()).first, prepared);
    }

    // A statement read only in part still lets go of the file once the query is gone.
    void resetWhenDone()
    {
        {
            CachedQuery query(*m_workspace, u"SELECT key FROM settings ORDER BY key"_s);
            QVERIFY(query.next());
            QCOMPARE(statements(m_workspace->handle()).second, 1);
        }
        QCOMPARE(statements(m_workspace->handle()).second, 0);
    }

    void sameStatementInsideItself()
    {
        const QString sql = u"SELECT key FROM settings WHERE key IN ('a', 'b', 'c') AND key > ? ORDER BY key"_s;
        QStringList pairs;
        CachedQuery outer(*m_workspace, sql, {u""_s});
        while (outer.next()) {
            CachedQuery inner(*m_workspace, sql, {outer.value(0)});
            while (inner.next())
                pairs << outer.value(0).toString() + inner.value(0).toString();
        }
        QCOMPARE(pairs, (QStringList{u"ab"_s, u"ac"_s, u"bc"_s}));
    }

    void errorsAreReported()
    {
        CachedQuery broken(*m_workspace, u"SELECT name FROM no_such_table"_s);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().databaseText().contains(u"no_such_table"_s), qPrintable(broken.error().databaseText()));
        QCOMPARE(broken.scalar(), QVariant());

        CachedQuery duplicate(*m_workspace, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"a"_s, u"again"_s});
        QVERIFY(!duplicate.ok());
        CachedQuery insert(*m_workspace, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"d"_s, u"D"_s});
        QVERIFY(insert.ok());
        QCOMPARE(insert.numRowsAffected(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCachedQuery)
#include "tst_cachedquery.moc"
