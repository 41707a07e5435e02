#pragma once

#include "rosterbreakdown.h"
#include "rostersolver.h"
#include "storage/shiftchangeset.h"

#include <QList>
#include <QString>
#include <vector>

class RotaProblem;

// A solved rota set against the rota as it stands, for the coordinator to accept or discard:
// the shift changes, the cost constraint by constraint, and the cover and fair shares before and
// after, all for the period alone.
struct RotaProposal
{
    struct Coverage
    {
        int slotCount = 0;         // (day, shift type) pairs of the period that need anyone ("slots" is a Qt keyword)
        int daysBelowMinimum = 0;  // days with at least one slot below its minimum
        int shortOfMinimum = 0;    // people missing to reach every minimum
        int shortOfIdeal = 0;      // people missing to reach every ideal
        int overIdeal = 0;         // people beyond every ideal
        int overMaximum = 0;       // people beyond every maximum
        bool operator==(const Coverage &) const = default;
    };

    // One clinician's counts of each fairness kind (as RosterModel::countKinds), before and
    // after, with the fair range; hours in minutes.
    struct FairShare
    {
        qint64 clinicianId = 0;
        QString name;
        double percentage = 100.0;
        std::vector<int> before;
        std::vector<int> after;
        std::vector<int> low;  // NoShare: the clinician does not share in the kind
        std::vector<int> high;
        static constexpr int NoShare = -1;
    };

    QList<ShiftChange> changes;
    int added = 0;
    int removed = 0;
    int changed = 0;
    std::vector<RosterBreakdown::Item> breakdownBefore;
    std::vector<RosterBreakdown::Item> breakdownAfter;
    RosterSolver::Cost costBefore;
    RosterSolver::Cost costAfter;
    Coverage coverageBefore;
    Coverage coverageAfter;
    QStringList kindNames; // translated names of the fairness kinds, by count kind
    QList<FairShare> fairShares; // by row
    double seconds = 0;
    qint64 iterations = 0;
    bool cancelled = false;

    static RotaProposal make(const RotaProblem &problem, const RosterSolver::Result &result);
};
