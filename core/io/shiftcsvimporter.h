#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class Workspace;

// Imports a shifts CSV (`clinician,date,type,start,end,time_zone,pinned`, with a header, columns
// in any order) in one transaction with one journal entry. Unknown clinicians and shift types
// are created. Written for a million rows: raw prepared statements, zone rules resolved once
// per zone, no per-row allocation.
class ShiftCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ShiftCsvImporter)

public:
    explicit ShiftCsvImporter(Workspace &workspace);

    ImportResult importFile(const QString &path, const ImportOptions &options = {});
    // `name` is the file name used in messages ("shifts.csv:17: date: ...").
    ImportResult import(QIODevice &device, const QString &name, qint64 totalBytes, const ImportOptions &options = {});

private:
    Workspace &m_workspace;
};
