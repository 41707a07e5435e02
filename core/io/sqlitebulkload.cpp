#include "sqlitebulkload.h"

#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace {

// PRAGMA takes no bound parameters; every value passed here is our own constant or number.
int execute(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

QByteArray pragmaText(sqlite3 *db, const char *sql)
{
    SqliteStatement statement(db, sql);
    QByteArray text;
    if (statement.stepRow() == SQLITE_ROW)
        text = statement.columnText(0).toByteArray();
    statement.reset();
    return text;
}

QByteArray quotedIdentifier(QByteArrayView name)
{
    return '"' + name.toByteArray().replace('"', "\"\"") + '"';
}

} // namespace

SqliteBulkLoad::SqliteBulkLoad(sqlite3 *db, const char *table)
    : m_db(db)
    , m_table(table)
{
}

SqliteBulkLoad::~SqliteBulkLoad()
{
    restore();
}

void SqliteBulkLoad::relaxConnection()
{
    if (!sqlite3_get_autocommit(m_db))
        return;
    if (pragmaText(m_db, "PRAGMA journal_mode") == "wal")
        m_leftWal = pragmaText(m_db, "PRAGMA journal_mode = DELETE") == "delete";
    if (pragmaText(m_db, "PRAGMA foreign_keys") == "1")
        m_foreignKeysOff = execute(m_db, "PRAGMA foreign_keys = OFF") == SQLITE_OK;
}

void SqliteBulkLoad::raiseCacheSize(qint64 kibibytes)
{
    if (!m_cacheSize)
        m_cacheSize = pragmaText(m_db, "PRAGMA cache_size").toLongLong();
    execute(m_db, "PRAGMA cache_size = -" + QByteArray::number(kibibytes));
}

int SqliteBulkLoad::dropIndexes()
{
    SqliteStatement list(m_db, "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?1) l ON l.name = m.name "
                               "WHERE m.type = 'index' AND l.origin = 'c' AND l.partial = 0");
    if (!list.isValid())
        return sqlite3_errcode(m_db);
    list.bindStaticText(1, m_table);
    QList<QByteArray> names;
    while (list.stepRow() == SQLITE_ROW) {
        names << list.columnText(0).toByteArray();
        m_droppedIndexes << list.columnText(1).toByteArray();
    }
    list.reset();
    for (const QByteArray &name : std::as_const(names)) {
        if (const int code = execute(m_db, "DROP INDEX " + quotedIdentifier(name)); code != SQLITE_OK)
            return code;
    }
    return SQLITE_OK;
}

int SqliteBulkLoad::recreateIndexes()
{
    while (!m_droppedIndexes.isEmpty()) {
        if (const int code = execute(m_db, m_droppedIndexes.constFirst()); code != SQLITE_OK)
            return code;
        m_droppedIndexes.removeFirst();
    }
    return SQLITE_OK;
}

void SqliteBulkLoad::restore()
{
    // Dropped indexes come back with the rollback of the transaction they were dropped in.
    m_droppedIndexes.clear();
    if (m_cacheSize) {
        execute(m_db, "PRAGMA cache_size = " + QByteArray::number(*m_cacheSize));
        m_cacheSize.reset();
    }
    if (m_foreignKeysOff) {
        execute(m_db, "PRAGMA foreign_keys = ON");
        m_foreignKeysOff = false;
    }
    if (m_leftWal) {
        execute(m_db, "PRAGMA journal_mode = WAL");
        m_leftWal = false;
    }
}
