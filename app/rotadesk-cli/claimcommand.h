#pragma once

#include <QCoreApplication>
#include <QStringList>

// "claim FILE CODE --clinician NAME": assigns the open shift carrying the claim code to the
// clinician, after the checks of a manual edit; exits 1 with the reason when refused.
class ClaimCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCommand)

public:
    static int run(const QStringList &arguments);
};
