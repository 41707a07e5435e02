#pragma once

#include "model/repeatingshift.h"
#include "model/shift.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// The occurrences of a repeating shift in a window of dates, as its RFC 5545 RRULE (rrule()) has
// them, by date arithmetic on whole cycles of the rule: the window is reached at once, not by
// walking the series from its start, so a year's view of a series begun years ago costs the same as
// one begun last week, and many times less than libical's iterator, which tst_seriesexpander holds
// it to for hundreds of random rules. Each occurrence keeps the local start and end times of the
// series, whatever the clocks do in between: a 20:00-08:00 night is 20:00-08:00 on the nights
// clocks change, and lasts an hour more or less.
class SeriesExpander
{
    Q_DECLARE_TR_FUNCTIONS(SeriesExpander)

public:
    struct Expansion
    {
        QList<Shift> shifts;
        // Occurrences whose local start or end does not exist that day (clocks going forward
        // through it), left out; the coordinator places these by hand.
        QList<QDate> unplaced;
    };

    // Dates of the occurrences in [from, to], in order.
    static QList<QDate> dates(const RepeatingShift &series, QDate from, QDate to);

    // The occurrences in [from, to] as shifts not yet stored (id 0): the series' clinician, type,
    // rota and times, repeating_shift_id set and recurrence_date the occurrence's date. The
    // series' exdates (cancelled or detached occurrences) and dates in `skip` are left out. A series without times gives
    // whole-day shifts of `wholeDayMinutes`.
    static Expansion occurrences(const RepeatingShift &series, QDate from, QDate to, int wholeDayMinutes,
                                 const QList<QDate> &skip = {});
};
