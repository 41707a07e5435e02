#pragma once

#include "storageerror.h"

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the raw SQLite connection, for hot paths such as bulk imports where
// QSqlQuery's per-value QVariant costs more than the insert itself. Values are always bound.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, QByteArrayView utf8); // copied by SQLite
    // Not copied: the bytes must stay unchanged until the next step() has run.
    void bindStaticText(int index, QByteArrayView utf8);

    // Runs the statement and resets it for the next row. Returns the SQLite result code.
    int step();
    qint64 lastInsertRowId() const;
    QString errorMessage() const;
    // An error for `what` (e.g. the file name) from the last failed step or prepare.
    StorageError error(const QString &what) const;

    // Row access after step() returned SQLITE_ROW.
    int stepRow(); // like step() but does not reset; call reset() when done
    void reset();
    qint64 columnInt(int index) const;
    bool columnIsNull(int index) const;
    QByteArrayView columnText(int index) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
};
