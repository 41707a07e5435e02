#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The outcome of a CSV import: what was written, and every problem as "FILE:LINE: field: reason".
struct ImportResult
{
    qint64 imported = 0;   // rows written (0 when the import was rolled back)
    qint64 skipped = 0;    // invalid rows left out
    QList<qint64> cliniciansCreated; // ids of records the import created
    QList<qint64> shiftTypesCreated;
    QList<qint64> teamsCreated;
    QStringList errors;        // at most ImportOptions::maxErrors messages, in file order
    qint64 unlistedErrors = 0; // messages beyond that limit, only counted
    qint64 errorCount = 0;     // invalid rows (a row may have several messages)
    qint64 journalId = 0;      // the import's one journal entry; 0 when nothing was written
    QString fatal;             // why nothing could be imported at all (unreadable file, bad header, storage)

    bool wroteNothing() const { return journalId == 0; }
    bool ok() const { return fatal.isEmpty() && errorCount == 0; }
};
