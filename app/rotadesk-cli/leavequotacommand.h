#pragma once

#include <QCoreApplication>
#include <QStringList>

// "leave-quota FILE [--year Y] [--clinician NAME]... [--format json|csv]": the annual leave
// quotas of one leave year, in the rota server's bulk-leave-quota shape or as CSV.
class LeaveQuotaCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeaveQuotaCommand)

public:
    static int run(const QStringList &arguments);
};
