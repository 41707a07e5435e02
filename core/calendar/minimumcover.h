#pragma once

#include "model/shift.h"
#include "model/shifttype.h"

#include <QDate>
#include <QLatin1StringView>

// The department's minimum cover rule, in one place so that the rota grid's footer and the
// staffing forecast always agree: a shift covers its type on its day when it counts toward the
// minimum, is assigned and is not cancelled; a type needs its weekend minimum on Saturdays and
// Sundays and its weekday minimum otherwise.
class MinimumCover
{
public:
    // The condition on a row of `shifts` (unqualified column names) for it to count as cover.
    static QLatin1StringView shiftCondition();
    // The same condition on a shift in memory.
    static bool counts(const Shift &shift);
    static bool isWeekend(QDate date);
    static int required(const ShiftType &type, QDate date);
};
