#pragma once

#include "importoptions.h"
#include "importresult.h"
#include "storage/storageerror.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>

class CsvReader;
class QIODevice;
class Workspace;

// The frame every CSV import shares: a header naming the columns (in any order), every row
// checked and every problem reported as "FILE:LINE: column: reason", and the whole import
// written in one transaction with one journal entry (record type and operation "import").
// Unless ImportOptions::skipInvalid is set, one invalid row means that nothing is written.
// Subclasses say which columns exist and how a row is checked and written.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    virtual ~CsvImporter();
    CsvImporter(const CsvImporter &) = delete;
    CsvImporter &operator=(const CsvImporter &) = delete;

    // Messages and the journal name the file by its file name.
    [[nodiscard]] ImportResult importFile(const QString &path, const ImportOptions &options = {});
    // `name` is how messages and the journal name the input ("shifts.csv:17: date: ...");
    // `totalBytes` is only passed on to the progress callback.
    [[nodiscard]] ImportResult import(QIODevice &device, const QString &name, qint64 totalBytes,
                                      const ImportOptions &options = {});

protected:
    struct ColumnSpec
    {
        QLatin1StringView name;
        bool required;
    };

    // `table` is written to the journal entry so that it says which records the ids count.
    CsvImporter(Workspace &workspace, QLatin1StringView table, QList<ColumnSpec> columns);

    Workspace &workspace() const { return m_workspace; }
    const QString &inputName() const { return m_name; }
    ImportResult &result() { return m_result; }
    const ImportResult &result() const { return m_result; }

    // Hooks, in the order they are called. begin() to describe() run inside the transaction.
    virtual void checkHeader() {}
    // Before the transaction begins, for connection settings that cannot change inside one;
    // release() undoes them.
    virtual void prepareConnection(qint64 totalBytes) { Q_UNUSED(totalBytes) }
    [[nodiscard]] virtual StorageError begin(qint64 totalBytes) = 0;
    // Checks the current row through value(), reporting problems with rowError(), and keeps
    // what writeRow() needs. Also called for the rows after the first invalid one when nothing
    // will be written, so that every problem in the file is reported.
    virtual void checkRow() = 0;
    // Writes the row that checkRow() accepted last.
    [[nodiscard]] virtual StorageError writeRow() = 0;
    // After the last row, before the journal entry is written.
    [[nodiscard]] virtual StorageError finish() { return {}; }
    // Adds the ids of the records written and created to the journal entry's "after".
    virtual void describe(QJsonObject &after) const = 0;
    // Drops what begin() prepared; called at the end of every import whose header was accepted,
    // also when begin() failed or never ran.
    virtual void release() = 0;

    bool hasColumn(int column) const { return m_fieldOfColumn.at(column) >= 0; }
    QByteArrayView value(int column) const; // without surrounding spaces; empty for an absent column
    void headerError(int column, const QString &message);
    void rowError(int column, const QString &message); // column -1: the row as a whole
    bool rowHasErrors() const { return m_rowHasErrors; }
    qint64 line() const; // the line the current row starts on
    QString columnName(int column) const { return QString(m_columns.at(column).name); }
    // The messages of a record's validation, as one text for one column.
    static QString messages(const FieldErrors &errors);
    static QJsonArray idArray(const QList<qint64> &ids);

private:
    bool readHeader(CsvReader &reader);
    void report(qint64 line, const QString &field, const QString &message);
    void fail(const QString &message);
    void discard();

    Workspace &m_workspace;
    QLatin1StringView m_table;
    QList<ColumnSpec> m_columns;
    QList<int> m_fieldOfColumn; // per column, its field index in the file or -1
    QStringList m_headerNames;  // per field, its header text
    QString m_name;
    int m_maxErrors = 0;
    const CsvReader *m_reader = nullptr;
    bool m_rowHasErrors = false;
    bool m_headerHasErrors = false;
    ImportResult m_result;
};
