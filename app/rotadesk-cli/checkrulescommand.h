#pragma once

#include <QCoreApplication>
#include <QStringList>

// "check-rules FILE --from DATE --to DATE [--store] [--format text|json]": what breaks the
// rules in a date range, one line per finding or as a JSON array of alerts; with --store the
// stored alerts are brought in line too. Exits 0 when nothing is found and 1 when something is,
// so that a script can test the rota.
class CheckRulesCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckRulesCommand)

public:
    static int run(const QStringList &arguments);
};
