#include "shiftdetails.h"

QString ShiftDetails::length(int minutes)
{
    if (minutes % 60 == 0)
        return tr("%n h", "hours of a shift", minutes / 60);
    return tr("%1 h %2 min", "length of a shift").arg(minutes / 60).arg(minutes % 60);
}

QString ShiftDetails::describe(const Shift &shift, const QString &typeName, const QString &who, const QString &times)
{
    QString text = tr("%1: %2", "shift type: clinician").arg(typeName, who);
    text += u'\n' + times;
    if (shift.isTimed())
        text += u' ' + tr("(%1)", "length of a shift").arg(length(shift.duration_minutes));
    switch (shift.status) {
    case Shift::Status::Scheduled: break;
    case Shift::Status::Completed: text += u'\n' + tr("Completed"); break;
    case Shift::Status::Cancelled: text += u'\n' + tr("Cancelled"); break;
    case Shift::Status::NeedsReassignment: text += u'\n' + tr("Needs reassignment"); break;
    }
    if (shift.is_pinned)
        text += u'\n' + tr("Pinned");
    if (!shift.notes.isEmpty())
        text += u'\n' + shift.notes;
    return text;
}
