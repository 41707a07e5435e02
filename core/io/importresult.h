#pragma once

#include <QList>
#include <QStringList>

// The outcome of a CSV import: what was written, and every problem as "FILE:LINE: field: reason".
struct ImportResult
{
    qint64 imported = 0;          // rows written
    qint64 skipped = 0;           // bad rows left out (with skipInvalid)
    QList<qint64> cliniciansCreated;
    QList<qint64> shiftTypesCreated;
    QList<qint64> teamsCreated;
    QStringList errors;           // at most ImportOptions::maxErrors messages
    qint64 errorCount = 0;        // all bad rows, also those beyond the listed messages
    qint64 journalId = 0;         // the one journal entry of the import; 0 when nothing was written
    QString fatal;                // the file could not be read or the workspace not written

    bool wroteNothing() const { return journalId == 0; }
    bool ok() const { return fatal.isEmpty() && errorCount == 0; }
};
