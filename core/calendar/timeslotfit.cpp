#include "timeslotfit.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

bool TimeslotFit::fits(const Shift &shift, const Timeslot &slot)
{
    return problem(shift, slot).isEmpty();
}

QString TimeslotFit::problem(const Shift &shift, const Timeslot &slot)
{
    const QString slotText = u"%1 %2\u2013%3"_s.arg(QLocale().dayName(slot.weekday, QLocale::LongFormat), slot.start_time.toString(u"HH:mm"_s),
                                                   slot.end_time.toString(u"HH:mm"_s));
    if (!shift.date.isValid() || shift.date.dayOfWeek() != slot.weekday)
        return tr("The shift on %1 is not on the weekday of its timeslot (%2).").arg(shift.date.toString(Qt::ISODate), slotText);
    if (slot.shift_type_id && *slot.shift_type_id != shift.shift_type_id)
        return tr("The shift on %1 is not of its timeslot's shift type (%2).").arg(shift.date.toString(Qt::ISODate), slotText);
    const bool wholeDaySlot = slot.start_time == slot.end_time;
    if (!shift.isTimed()) {
        if (wholeDaySlot)
            return {};
        return tr("The whole-day shift on %1 does not fit its timeslot (%2).").arg(shift.date.toString(Qt::ISODate), slotText);
    }
    const QDateTime start = shift.localStart();
    const QDateTime end = shift.localEnd();
    const QDateTime slotStart(shift.date, slot.start_time, start.timeZone());
    const QDateTime slotEnd(slot.end_time <= slot.start_time ? shift.date.addDays(1) : shift.date, slot.end_time, start.timeZone());
    if (start < slotStart || end > slotEnd)
        return tr("The shift on %1 from %2 to %3 lies outside its timeslot (%4).")
            .arg(shift.date.toString(Qt::ISODate), start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s), slotText);
    return {};
}
