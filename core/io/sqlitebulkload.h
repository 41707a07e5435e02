#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

struct sqlite3;

// Settings that make a large insert into one table several times faster, and their undoing.
// Used by the CSV import for files of many thousand rows; every change is undone by restore()
// (or the destructor), and the index changes are part of the import's transaction, so a failed
// import rolls them back with everything else.
class SqliteBulkLoad
{
public:
    SqliteBulkLoad(sqlite3 *db, const char *table);
    ~SqliteBulkLoad();
    SqliteBulkLoad(const SqliteBulkLoad &) = delete;
    SqliteBulkLoad &operator=(const SqliteBulkLoad &) = delete;

    // Outside any transaction only (otherwise nothing changes). A rollback journal instead of
    // the WAL writes the pages new to the file once instead of twice (WAL, then checkpoint),
    // with the same safety against a crash; SQLite refuses the switch, harmlessly, while another
    // connection has the file open. Foreign keys are not checked: the caller guarantees them.
    void relaxConnection();
    // Inside the transaction: a page cache that holds the pages a big insert keeps touching.
    void raiseCacheSize(qint64 kibibytes);
    // Inside the transaction: drops the table's plain indexes so that they are built again by
    // one sort each after the inserts instead of being updated row by row. Partial indexes stay
    // (the rows being inserted are outside them and cost nothing). Return SQLite result codes.
    [[nodiscard]] int dropIndexes();
    [[nodiscard]] int recreateIndexes();
    // After the transaction has ended: connection settings and cache size as they were.
    void restore();

private:
    sqlite3 *m_db;
    QByteArray m_table;
    std::optional<qint64> m_cacheSize;
    bool m_leftWal = false;
    bool m_foreignKeysOff = false;
    QList<QByteArray> m_droppedIndexes; // their CREATE statements
};
