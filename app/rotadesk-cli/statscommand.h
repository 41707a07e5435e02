#pragma once

#include <QCoreApplication>
#include <QStringList>

// "stats FILE forecast|workload|availability [--from D --to D | --weeks N | --period NAME]
// [--as-of D] [--format json|csv] [--v1] [--output FILE]": the rota server's statistics
// (staffing forecast, workload report, availability) computed from the workspace, in the
// server's JSON shapes or as CSV.
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    static int run(const QStringList &arguments);
};
