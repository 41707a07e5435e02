#pragma once

#include "model/shift.h"
#include "model/timeslot.h"

#include <QCoreApplication>
#include <QString>

// Whether a shift lies within a timeslot: on the slot's weekday, starting no earlier and ending no
// later than the slot (an overnight slot ends on the next day), and of the slot's shift type when
// it names one. A whole-day shift fits a slot of a whole day (start equal to end).
class TimeslotFit
{
    Q_DECLARE_TR_FUNCTIONS(TimeslotFit)

public:
    static bool fits(const Shift &shift, const Timeslot &slot);
    // Why the shift does not fit, for the person editing it; empty when it fits.
    static QString problem(const Shift &shift, const Timeslot &slot);
};
