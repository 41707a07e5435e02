#pragma once

#include "tablespec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class Workspace;

// Checks a whole workspace: SQLite's integrity and foreign-key checks, every record against
// its own validate(), references between records and rules that span records (overlapping
// working terms). Tables are read in pages by id, so a workspace of any size is checked in
// little memory.
class WorkspaceChecker
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceChecker)

public:
    struct Problem
    {
        QString table; // empty for a problem of the file as a whole
        qint64 id = 0;
        QString field;
        QString message;

        QString toString() const; // "shifts #42 duration_minutes: message"
        bool operator==(const Problem &) const = default;
    };

    explicit WorkspaceChecker(Workspace &workspace);

    void setPageSize(int rows) { m_pageSize = rows; }
    // Problems beyond the limit are counted but not kept.
    void setProblemLimit(int limit) { m_problemLimit = limit; }

    [[nodiscard]] QList<Problem> run();

    qint64 recordsChecked() const { return m_records; }
    qint64 problemCount() const { return m_problemCount; } // including those beyond the limit

private:
    template <typename T>
    void checkTable();
    QJsonValue toJson(const QVariant &value, const TableSpec::Column &column, const QString &table, qint64 id);
    void checkReferences();
    void checkOverlappingTerms();
    void add(const QString &table, qint64 id, const QString &field, const QString &message);

    Workspace &m_workspace;
    int m_pageSize = 2000;
    int m_problemLimit = 1000;
    qint64 m_records = 0;
    qint64 m_problemCount = 0;
    QList<Problem> m_problems;
};
