#pragma once

#include <QCoreApplication>
#include <QStringList>

// "import shifts|clinicians FILE CSV [--skip-invalid] [--quiet]": reads a CSV file into the
// workspace in one transaction. Invalid rows are reported as "CSV:LINE: field: reason"; unless
// --skip-invalid is given, one invalid row means nothing is written.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList &arguments);
};
