#include "rostermodel.h"

int RosterModel::weekendOf(int day) const
{
    const int weekday = (firstWeekday - 1 + day) % 7; // 0 = Monday
    if (weekday < 5)
        return -1;
    // Days since the Monday of day 0's week, in whole weeks.
    return (firstWeekday - 1 + day) / 7;
}

int RosterModel::weekendCount() const
{
    return days <= 0 ? 0 : (firstWeekday - 1 + days - 1) / 7 + 1;
}

int RosterModel::weekOf(int day) const
{
    return (firstWeekday - 1 + day) / 7;
}
