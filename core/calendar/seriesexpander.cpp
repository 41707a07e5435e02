#include "seriesexpander.h"

#include <algorithm>
#include <limits>

namespace {

// Whole cycles of `length` from `anchor` before `date` (0 when date is not after anchor).
qint64 cyclesBefore(QDate anchor, QDate date, qint64 length)
{
    const qint64 days = anchor.daysTo(date);
    return days > 0 ? days / length : 0;
}

int monthIndex(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

QList<QDate> SeriesExpander::dates(const RepeatingShift &series, QDate from, QDate to)
{
    QList<QDate> found;
    if (!series.start_date.isValid() || !from.isValid() || !to.isValid() || to < from || series.interval < 1)
        return found;
    const QDate start = series.start_date;
    QDate last = to;
    if (series.until_date.isValid())
        last = std::min(last, series.until_date);
    if (last < start || last < from)
        return found;
    const qint64 count = series.count > 0 ? series.count : std::numeric_limits<qint64>::max();
    const QDate first = std::max(from, start);

    switch (series.frequency) {
    case RepeatingShift::Frequency::Daily: {
        qint64 k = cyclesBefore(start, first, series.interval);
        if (start.addDays(k * series.interval) < first)
            ++k;
        for (QDate date = start.addDays(k * series.interval); date <= last && k < count; date = date.addDays(series.interval), ++k)
            found.append(date);
        break;
    }
    case RepeatingShift::Frequency::Weekly: {
        QList<int> weekdays = series.weekdays.isEmpty() ? QList<int>{start.dayOfWeek()} : series.weekdays.toList();
        std::sort(weekdays.begin(), weekdays.end());
        const qint64 perCycle = weekdays.size();
        // The first cycle (the start's week) holds only the weekdays from the start on.
        const qint64 inFirstCycle = std::count_if(weekdays.cbegin(), weekdays.cend(), [&](int day) { return day >= start.dayOfWeek(); });
        const QDate anchor = start.addDays(1 - start.dayOfWeek());
        const qint64 length = 7 * qint64(series.interval);
        for (qint64 cycle = cyclesBefore(anchor, first, length);; ++cycle) {
            const QDate monday = anchor.addDays(cycle * length);
            if (monday > last)
                break;
            qint64 index = cycle == 0 ? 0 : inFirstCycle + (cycle - 1) * perCycle;
            bool done = false;
            for (int weekday : std::as_const(weekdays)) {
                const QDate date = monday.addDays(weekday - 1);
                if (date < start)
                    continue;
                if (index >= count || date > last) {
                    done = true;
                    break;
                }
                ++index;
                if (date >= first)
                    found.append(date);
            }
            if (done)
                break;
        }
        break;
    }
    case RepeatingShift::Frequency::Monthly: {
        // A month without the start's day (the 31st in April) has no occurrence, so with a count the
        // months before the window are counted one by one; without one the window is reached at once.
        const int startMonth = monthIndex(start);
        qint64 cycle = series.count > 0 ? 0 : std::max(0, (monthIndex(first) - startMonth) / series.interval);
        qint64 index = 0;
        for (;; ++cycle) {
            const int month = startMonth + int(cycle) * series.interval;
            const QDate firstOfMonth(month / 12, month % 12 + 1, 1);
            if (firstOfMonth > last || index >= count)
                break;
            if (start.day() > firstOfMonth.daysInMonth())
                continue;
            const QDate date(firstOfMonth.year(), firstOfMonth.month(), start.day());
            if (date > last)
                break;
            ++index;
            if (date >= first)
                found.append(date);
        }
        break;
    }
    }
    return found;
}

SeriesExpander::Expansion SeriesExpander::occurrences(const RepeatingShift &series, QDate from, QDate to, int wholeDayMinutes,
                                                      const QList<QDate> &skip)
{
    Expansion expansion;
    const QList<QDate> days = dates(series, from, to);
    expansion.shifts.reserve(days.size());
    Shift shift;
    shift.clinician_id = series.clinician_id;
    shift.shift_type_id = series.shift_type_id;
    shift.rota_id = series.rota_id;
    shift.repeating_shift_id = series.id;
    for (const QDate &date : days) {
        if (skip.contains(date) || series.exdates.contains(date))
            continue;
        shift.recurrence_date = date;
        if (series.start_time.isValid()) {
            if (!shift.setLocalTimes(date, series.start_time, series.end_time, series.time_zone).isEmpty()) {
                expansion.unplaced.append(date);
                continue;
            }
        } else {
            shift.setWholeDay(date, series.time_zone, wholeDayMinutes);
        }
        expansion.shifts.append(shift);
    }
    return expansion;
}
