#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

// What the rota generator solves: employees × days, each cell off or one shift type, under hard
// constraints (kept) and soft ones (each violation costs its weight). Index-based and free of
// Qt containers in the hot parts, since the solver evaluates millions of moves. Built from a
// workspace (the coordinator's rota, RotaProblem) or from a benchmark instance
// (NrpInstance::model()); what a builder leaves at its default costs nothing.
struct RosterModel
{
    static constexpr int Off = -1;
    static constexpr int MaxShiftTypes = 64;

    struct ShiftType
    {
        QString id;
        int minutes = 0;
        std::vector<bool> cannotFollow; // by shift type index: may not be worked the next day
        bool night = false;             // counts toward Employee::maxConsecutiveNights
    };

    // How often an employee should work what a CountKind counts, within [low, high]; each one
    // (or each hour, for a kind counted in minutes) outside costs `weight`. Fairness across a team
    // is a target per employee worked out beforehand, so it stays a cost of her row alone.
    struct CountTarget
    {
        int kind = 0; // index into RosterModel::countKinds
        int low = 0;
        int high = 0;
        int weight = 0;
    };

    struct Employee
    {
        QString id;
        std::vector<int> maxShifts; // by shift type index
        int minTotalMinutes = 0;
        int maxTotalMinutes = 0;
        int minConsecutiveShifts = 1;
        int maxConsecutiveShifts = 0; // 0: no limit
        int minConsecutiveDaysOff = 1;
        int maxWeekends = -1;         // -1: no limit
        int maxConsecutiveNights = 0; // 0: no limit
        int maxWeekMinutes = 0;       // per week (weekOf()); 0: no limit
        // By week, or empty: that week's limit when it differs from maxWeekMinutes (a week whose
        // fixed shifts already hold more, so that only adding to it counts).
        std::vector<int> weekMinutesLimit;
        std::vector<bool> dayOff;     // by day: cannot work (hard)
        std::vector<bool> mustWork;   // by day, or empty: must work some shift (hard)
        // By day: a shift type index the cell must hold, Off for a fixed day off, or Unfixed.
        std::vector<int> fixed;
        // By day, or empty: the rota as it stands; each cell that differs costs changeWeight.
        std::vector<int> current;
        std::vector<CountTarget> targets;
    };
    static constexpr int Unfixed = -2;

    // A wish to work (on) or not to work (off) `shift` on `day`; costs `weight` when not granted.
    struct Request
    {
        int employee = 0;
        int day = 0;
        int shift = 0;
        int weight = 0;
    };

    // How many should work `shift` on `day`: fewer than `minimum` or more than `maximum` is a hard
    // violation per person; each one short of `requirement` (the ideal) costs underWeight, each
    // one over it overWeight.
    struct Cover
    {
        int requirement = 0;
        int underWeight = 0;
        int overWeight = 0;
        int minimum = 0;
        int maximum = -1; // -1: no limit
    };

    // What a CountTarget counts: shifts of the types in shiftMask (bit per shift type index) on
    // the days marked in `days`; in minutes when `minutes` is set.
    struct CountKind
    {
        QString id;
        quint64 shiftMask = 0;
        std::vector<bool> days;
        bool minutes = false;
    };

    int days = 0;
    int firstWeekday = 1; // of day 0, 1 = Monday ... 7 = Sunday
    std::vector<ShiftType> shifts;
    std::vector<Employee> employees;
    std::vector<Request> shiftOnRequests;
    std::vector<Request> shiftOffRequests;
    std::vector<Cover> cover; // [day * shifts.size() + shift]
    std::vector<CountKind> countKinds;
    int changeWeight = 0; // per cell unlike Employee::current

    // `next` may not be worked on day + 1 after `first` on `day`, for everyone: a succession the
    // clocks changing that night makes too short, which ShiftType::cannotFollow allows otherwise.
    struct DaySuccession
    {
        int day = 0;
        int first = 0;
        int next = 0;
    };
    std::vector<DaySuccession> cannotFollowOn;

    const Cover &coverAt(int day, int shift) const { return cover[std::size_t(day) * shifts.size() + std::size_t(shift)]; }
    // Weekend index of `day` (Saturday and Sunday of one week share it), or -1 on a weekday.
    int weekendOf(int day) const;
    int weekendCount() const;
    // Index of the Monday-to-Sunday week `day` lies in, 0 for day 0's week.
    int weekOf(int day) const;
    // The weekly limit of `employee` in `week` (0: none).
    int weekMinutesLimit(const Employee &employee, int week) const
    {
        return employee.weekMinutesLimit.empty() ? employee.maxWeekMinutes : employee.weekMinutesLimit[std::size_t(week)];
    }
};
