#pragma once

#include <QString>
#include <vector>

// What the rota generator solves: employees × days, each cell off or one shift type, under hard
// constraints (kept) and soft ones (each violation costs its weight). Index-based and free of
// Qt containers in the hot parts, since the solver evaluates millions of moves. Built from a
// workspace (the coordinator's rota) or from a benchmark instance (NrpInstance::model()).
struct RosterModel
{
    static constexpr int Off = -1;
    static constexpr int MaxShiftTypes = 64;

    struct ShiftType
    {
        QString id;
        int minutes = 0;
        std::vector<bool> cannotFollow; // by shift type index: may not be worked the next day
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
        std::vector<bool> dayOff;     // by day: cannot work (hard)
        // By day: a shift type index the cell must hold, Off for a fixed day off, or Unfixed.
        std::vector<int> fixed;
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

    // How many should work `shift` on `day`: each one short costs underWeight, each one over
    // overWeight.
    struct Cover
    {
        int requirement = 0;
        int underWeight = 0;
        int overWeight = 0;
    };

    int days = 0;
    int firstWeekday = 1; // of day 0, 1 = Monday ... 7 = Sunday
    std::vector<ShiftType> shifts;
    std::vector<Employee> employees;
    std::vector<Request> shiftOnRequests;
    std::vector<Request> shiftOffRequests;
    std::vector<Cover> cover; // [day * shifts.size() + shift]

    const Cover &coverAt(int day, int shift) const { return cover[std::size_t(day) * shifts.size() + std::size_t(shift)]; }
    // Weekend index of `day` (Saturday and Sunday of one week share it), or -1 on a weekday.
    int weekendOf(int day) const;
    int weekendCount() const;
};
