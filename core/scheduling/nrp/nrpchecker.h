#pragma once

#include <QCoreApplication>
#include <QStringList>

struct NrpInstance;
struct NrpRoster;

// Checks a roster against an instance from the benchmark's own definitions, independently of the
// solver (which evaluates incrementally through RosterModel): every hard constraint broken is
// named, and the objective is summed from scratch.
class NrpChecker
{
    Q_DECLARE_TR_FUNCTIONS(NrpChecker)

public:
    struct Result
    {
        QStringList violations; // hard constraints broken, each naming employee, day(s) and rule
        qint64 objective = 0;   // requests not granted plus cover under and over, weighted
        qint64 shiftOnPenalty = 0;
        qint64 shiftOffPenalty = 0;
        qint64 coverPenalty = 0;
        bool feasible() const { return violations.isEmpty(); }
    };

    static Result check(const NrpInstance &instance, const NrpRoster &roster);
};
