#include "minimumcover.h"

using namespace Qt::StringLiterals;

QLatin1StringView MinimumCover::shiftCondition()
{
    return "clinician_id IS NOT NULL AND status <> 'cancelled' AND counts_toward_minimum = 1"_L1;
}

bool MinimumCover::counts(const Shift &shift)
{
    return !shift.isOpen() && shift.status != Shift::Status::Cancelled && shift.counts_toward_minimum;
}

bool MinimumCover::isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

int MinimumCover::required(const ShiftType &type, QDate date)
{
    return isWeekend(date) ? type.minimum_weekend : type.minimum_weekday;
}
