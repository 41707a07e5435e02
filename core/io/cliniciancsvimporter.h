#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class Workspace;

// Imports clinicians from a CSV with a header `name,team,grade,email,active` (only name is
// required; columns in any order). Unknown teams are created. One transaction, one journal entry.
class ClinicianCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ClinicianCsvImporter)

public:
    explicit ClinicianCsvImporter(Workspace &workspace);

    ImportResult importFile(const QString &path, const ImportOptions &options = {});
    ImportResult import(QIODevice &device, const QString &name, qint64 totalBytes, const ImportOptions &options = {});

private:
    Workspace &m_workspace;
};
