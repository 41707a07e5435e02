#pragma once

#include "rostermodel.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

// What a roster costs under its model, constraint by constraint: how often each is broken and
// what that costs. Worked out directly from the model's rules, apart from the solver's
// incremental evaluation, so that the two can be checked against each other and a coordinator
// can see where a proposal's cost comes from.
class RosterBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(RosterBreakdown)
public:
    enum class Constraint {
        CoverBelowMinimum,   // hard: people short of a slot's minimum
        CoverAboveMaximum,   // hard: people over a slot's maximum
        DayOff,              // hard: shifts on days that cannot be worked (leave, cannot-work days)
        MustWork,            // hard: must-work days without a shift
        FixedCell,           // hard: fixed cells not holding their value
        Succession,          // hard: shifts followed by one that may not follow (rest, overlap)
        MaxShiftsOfType,     // hard: shifts beyond an employee's maximum of the type
        TotalMinutes,        // hard: hours outside the minimum and maximum for the period
        WeekMinutes,         // hard: hours beyond the weekly maximum
        ConsecutiveShifts,   // hard: days beyond or short of the consecutive working limits
        ConsecutiveDaysOff,  // hard: days short of the minimum consecutive days off
        ConsecutiveNights,   // hard: nights beyond the consecutive limit
        Weekends,            // hard: weekends beyond the maximum
        CoverBelowIdeal,     // soft: people short of a slot's ideal
        CoverAboveIdeal,     // soft: people over a slot's ideal
        ShiftOnRequest,      // soft: requested shifts not granted
        ShiftOffRequest,     // soft: shifts worked against a request to be off
        CountTarget,         // soft: counts outside their fair range, one item per count kind
        Change,              // soft: cells unlike the rota as it stands
    };

    struct Item
    {
        Constraint constraint = Constraint::CoverBelowMinimum;
        int kind = -1;         // the count kind of a CountTarget item, else -1
        bool hard = false;
        qint64 violations = 0; // people, shifts, days, hours or counts, as the constraint counts them
        qint64 cost = 0;       // hard: equal to violations; soft: the weighted cost
    };

    // One item for each constraint the model uses (a CountTarget item per count kind), in the
    // order of Constraint, including those not broken. Cells as RosterSolver::Result::cells.
    static std::vector<Item> of(const RosterModel &model, const std::vector<int> &cells);
    static qint64 hardTotal(const std::vector<Item> &items);
    static qint64 softTotal(const std::vector<Item> &items);
    // Translated, e.g. "Cover below minimum"; a CountTarget item names its kind's id.
    static QString label(const RosterModel &model, const Item &item);
};
