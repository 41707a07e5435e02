#pragma once

#include <QCoreApplication>
#include <QStringList>

// "export shifts FILE --from DATE --to DATE [--format csv|json]": the shifts of a date range
// on stdout.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);
};
