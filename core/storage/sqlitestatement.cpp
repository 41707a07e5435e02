#include "sqlitestatement.h"

#include "sqlerror.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_lastCode = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (m_lastCode != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindReal(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A non-null pointer even for empty text, so that '' is stored rather than NULL.
    sqlite3_bind_text64(m_statement, index, utf8.isEmpty() ? "" : utf8.data(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindStaticText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.isEmpty() ? "" : utf8.data(), sqlite3_uint64(utf8.size()),
                        SQLITE_STATIC, SQLITE_UTF8);
}

int SqliteStatement::step()
{
    m_lastCode = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return m_lastCode;
}

int SqliteStatement::stepRow()
{
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

QByteArrayView SqliteStatement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, index));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

StorageError SqliteStatement::error(const QString &what) const
{
    return storageErrorFromSqliteCode(m_lastCode, errorMessage(), what);
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}
