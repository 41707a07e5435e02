#include "conflictchecker.h"

#include "model/leaverequest.h"
#include "model/workingterm.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QLocale>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 RestSeconds = qint64(ConflictChecker::MinimumRestMinutes) * 60;
// A shift lasts at most 24 hours and a whole day at most 25 (clocks going back), so whatever
// overlaps a shift or cuts its rest short begins less than two days before it, and its local
// date is at most two days away.
constexpr qint64 ReachBackSeconds = 2 * 24 * 3600;
constexpr int ReachDays = 2;

// The time a shift takes up, as UTC seconds [begin, end): a whole-day shift takes its whole
// local date in its zone.
struct Occupied
{
    const Shift *shift = nullptr;
    qint64 begin = 0;
    qint64 end = 0;
};

// The records of one clinician that a shift is checked against, each list in a fixed order so
// that the same records always give the same conflicts in the same order.
struct ClinicianRecords
{
    QList<Occupied> shifts; // by begin, end, id
    QList<LeaveRequest> leave; // approved and pending, by start date and id
    QList<WorkingTerm> terms; // those excluding some weekday, by start date and id
};

bool takesPart(const Shift &shift)
{
    return !shift.isOpen() && shift.status != Shift::Status::Cancelled;
}

bool blocksShifts(const LeaveRequest &leave)
{
    return leave.status == LeaveRequest::Status::Approved || leave.status == LeaveRequest::Status::Pending;
}

Occupied occupied(const Shift &shift)
{
    return {&shift, shift.occupiedFrom(), shift.occupiedUntil()};
}

void sortRecords(ClinicianRecords &records)
{
    std::sort(records.shifts.begin(), records.shifts.end(), [](const Occupied &a, const Occupied &b) {
        return std::tuple(a.begin, a.end, a.shift->id) < std::tuple(b.begin, b.end, b.shift->id);
    });
    std::sort(records.leave.begin(), records.leave.end(), [](const LeaveRequest &a, const LeaveRequest &b) {
        return std::tuple(a.start_date, a.id) < std::tuple(b.start_date, b.id);
    });
    std::sort(records.terms.begin(), records.terms.end(), [](const WorkingTerm &a, const WorkingTerm &b) {
        return std::tuple(a.start_date, a.id) < std::tuple(b.start_date, b.id);
    });
}

QHash<qint64, QString> shiftTypeCodes(Workspace &workspace)
{
    QHash<qint64, QString> codes;
    for (const ShiftType &type : ShiftTypeRepository(workspace).all())
        codes.insert(type.id, type.code);
    return codes;
}

// Date and time formats are translatable so that each language can order them its own way.
QString dayMonth(QDate date)
{
    return QLocale().toString(date, ConflictChecker::tr("d MMM", "date format: day and month"));
}

QString dayMonthYear(QDate date)
{
    return QLocale().toString(date, ConflictChecker::tr("d MMM yyyy", "date format: day, month and year"));
}

QString weekdayDayMonth(QDate date)
{
    return QLocale().toString(date, ConflictChecker::tr("ddd d MMM", "date format: weekday, day and month"));
}

QString clockTime(const QDateTime &time)
{
    return QLocale().toString(time, ConflictChecker::tr("HH:mm", "time format"));
}

QString dateAndTime(const QDateTime &time)
{
    return QLocale().toString(time, ConflictChecker::tr("ddd d MMM HH:mm", "date format: weekday, day, month and time"));
}

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ConflictChecker::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return ConflictChecker::tr("%1 h").arg(minutes / 60);
    return ConflictChecker::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString leaveKind(LeaveRequest::Type type)
{
    switch (type) {
    case LeaveRequest::Type::Annual:
        return ConflictChecker::tr("annual leave");
    case LeaveRequest::Type::Study:
        return ConflictChecker::tr("study leave");
    case LeaveRequest::Type::Coroners:
        return ConflictChecker::tr("coroner's leave");
    case LeaveRequest::Type::RequestedOff:
        return ConflictChecker::tr("requested time off");
    case LeaveRequest::Type::Sick:
        return ConflictChecker::tr("sick leave");
    case LeaveRequest::Type::Parental:
        return ConflictChecker::tr("parental leave");
    }
    return {};
}

QString leaveMessage(const LeaveRequest &leave)
{
    const QString kind = leaveKind(leave.type);
    const bool approved = leave.status == LeaveRequest::Status::Approved;
    if (leave.start_date == leave.end_date) {
        const QString day = dayMonthYear(leave.start_date);
        return approved ? ConflictChecker::tr("On %1 on %2.").arg(kind, day)
                        : ConflictChecker::tr("Awaiting a decision on %1 on %2.").arg(kind, day);
    }
    const QString first = leave.start_date.year() == leave.end_date.year() ? dayMonth(leave.start_date) : dayMonthYear(leave.start_date);
    const QString last = dayMonthYear(leave.end_date);
    return approved ? ConflictChecker::tr("On %1 from %2 to %3.").arg(kind, first, last)
                    : ConflictChecker::tr("Awaiting a decision on %1 from %2 to %3.").arg(kind, first, last);
}

QString cannotWorkMessage(QDate date, const WorkingTerm &term)
{
    return ConflictChecker::tr("Cannot work on a %1 under the working terms from %2.")
        .arg(QLocale().dayName(date.dayOfWeek()), dayMonthYear(term.start_date));
}

QString typeCode(const QHash<qint64, QString> &codes, const Shift &shift)
{
    return codes.value(shift.shift_type_id, ConflictChecker::tr("unknown", "shift type of a shift whose type is missing"));
}

QString doubleBookedMessage(const Shift &other, const QHash<qint64, QString> &codes)
{
    if (!other.isTimed())
        return ConflictChecker::tr("Already works %1 (all day) on %2.").arg(typeCode(codes, other), weekdayDayMonth(other.date));
    return ConflictChecker::tr("Already works %1 (%2–%3) on %4.")
        .arg(typeCode(codes, other), clockTime(other.localStart()), clockTime(other.localEnd()), weekdayDayMonth(other.date));
}

QString restAfterMessage(qint64 restSeconds, const Shift &previous, const QHash<qint64, QString> &codes)
{
    return ConflictChecker::tr("Only %1 rest after the %2 shift ending %3 (%4 required).")
        .arg(duration(restSeconds), typeCode(codes, previous), dateAndTime(previous.localEnd()), duration(RestSeconds));
}

QString restBeforeMessage(qint64 restSeconds, const Shift &next, const QHash<qint64, QString> &codes)
{
    return ConflictChecker::tr("Only %1 rest before the %2 shift starting %3 (%4 required).")
        .arg(duration(restSeconds), typeCode(codes, next), dateAndTime(next.localStart()), duration(RestSeconds));
}

// Rest is owed between neighbours only: when another shift takes up part of the gap between
// two shifts, the clinician does not rest there at all, and the gaps next to that shift are the
// ones that count (two short shifts in one evening are not both short of rest before the next
// morning).
bool gapTakenUp(const QList<Occupied> &shifts, qint64 gapBegin, qint64 gapEnd, qint64 firstId, qint64 secondId)
{
    auto it = std::lower_bound(shifts.cbegin(), shifts.cend(), gapBegin - ReachBackSeconds,
                               [](const Occupied &o, qint64 at) { return o.begin < at; });
    for (; it != shifts.cend() && it->begin < gapEnd; ++it) {
        if (it->end > gapBegin && it->shift->id != firstId && it->shift->id != secondId)
            return true;
    }
    return false;
}

QList<ShiftConflict> conflictsOf(const Shift &shift, const ClinicianRecords &records, const QHash<qint64, QString> &codes)
{
    QList<ShiftConflict> conflicts;
    const auto add = [&](ShiftConflict::Kind kind, std::optional<qint64> otherId, const QString &message) {
        conflicts.append({kind, shift.id, otherId, message});
    };

    for (const LeaveRequest &leave : records.leave) {
        if (leave.start_date <= shift.date && shift.date <= leave.end_date) {
            add(leave.status == LeaveRequest::Status::Approved ? ShiftConflict::Kind::OnLeave : ShiftConflict::Kind::LeaveRequested,
                leave.id, leaveMessage(leave));
        }
    }

    const auto excluding = std::find_if(records.terms.cbegin(), records.terms.cend(), [&](const WorkingTerm &term) {
        return term.covers(shift.date) && term.cannot_work_days.contains(shift.date.dayOfWeek());
    });
    if (excluding != records.terms.cend())
        add(ShiftConflict::Kind::CannotWorkDay, std::nullopt, cannotWorkMessage(shift.date, *excluding));

    const Occupied self = occupied(shift);
    auto it = std::lower_bound(records.shifts.cbegin(), records.shifts.cend(), self.begin - ReachBackSeconds,
                               [](const Occupied &o, qint64 at) { return o.begin < at; });
    for (; it != records.shifts.cend() && it->begin < self.end + RestSeconds; ++it) {
        const Shift &other = *it->shift;
        if (other.id == shift.id)
            continue;
        if (it->begin < self.end && self.begin < it->end) {
            add(ShiftConflict::Kind::DoubleBooked, other.id, doubleBookedMessage(other, codes));
            continue;
        }
        if (!shift.isTimed() || !other.isTimed())
            continue;
        if (it->end <= self.begin) {
            const qint64 rest = self.begin - it->end;
            if (rest < RestSeconds && !gapTakenUp(records.shifts, it->end, self.begin, other.id, shift.id))
                add(ShiftConflict::Kind::ShortRest, other.id, restAfterMessage(rest, other, codes));
        } else {
            const qint64 rest = it->begin - self.end;
            if (rest < RestSeconds && !gapTakenUp(records.shifts, self.end, it->begin, shift.id, other.id))
                add(ShiftConflict::Kind::ShortRest, other.id, restBeforeMessage(rest, other, codes));
        }
    }

    std::stable_sort(conflicts.begin(), conflicts.end(), [](const ShiftConflict &a, const ShiftConflict &b) { return a.kind < b.kind; });
    return conflicts;
}

} // namespace

ConflictChecker::ConflictChecker(const Workspace &workspace)
    : m_workspace(const_cast<Workspace &>(workspace)) // repositories take a Workspace; these reads do not write
{
}

QList<ShiftConflict> ConflictChecker::check(const Shift &shift, const QSet<qint64> &ignore) const
{
    if (!takesPart(shift) || !shift.date.isValid())
        return {};
    const qint64 clinicianId = *shift.clinician_id;
    ClinicianRecords records;
    const QList<Shift> nearby =
        ShiftRepository(m_workspace).inWindow(shift.date.addDays(-ReachDays), shift.date.addDays(ReachDays), clinicianId);
    for (const Shift &other : nearby) {
        if (takesPart(other) && other.id != shift.id && !ignore.contains(other.id))
            records.shifts.append(occupied(other));
    }
    for (const LeaveRequest &leave : LeaveRequestRepository(m_workspace).inWindow(shift.date, shift.date, clinicianId)) {
        if (blocksShifts(leave))
            records.leave.append(leave);
    }
    for (const WorkingTerm &term : WorkingTermRepository(m_workspace).forClinician(clinicianId)) {
        if (!term.cannot_work_days.isEmpty())
            records.terms.append(term);
    }
    sortRecords(records);
    return conflictsOf(shift, records, shiftTypeCodes(m_workspace));
}

QHash<qint64, QList<ShiftConflict>> ConflictChecker::inWindow(QDate from, QDate to) const
{
    QHash<qint64, QList<ShiftConflict>> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;

    // Shifts from beyond the window take part too: they can overlap or cut short the rest of
    // the shifts inside it.
    const QList<Shift> shifts = ShiftRepository(m_workspace).inWindow(from.addDays(-ReachDays), to.addDays(ReachDays));
    QHash<qint64, ClinicianRecords> byClinician;
    for (const Shift &shift : shifts) {
        if (takesPart(shift))
            byClinician[*shift.clinician_id].shifts.append(occupied(shift));
    }
    for (const LeaveRequest &leave : LeaveRequestRepository(m_workspace).inWindow(from, to)) {
        const auto records = byClinician.find(leave.clinician_id);
        if (records != byClinician.end() && blocksShifts(leave))
            records->leave.append(leave);
    }
    for (const WorkingTerm &term : WorkingTermRepository(m_workspace).inWindow(from, to)) {
        const auto records = byClinician.find(term.clinician_id);
        if (records != byClinician.end() && !term.cannot_work_days.isEmpty())
            records->terms.append(term);
    }

    const QHash<qint64, QString> codes = shiftTypeCodes(m_workspace);
    for (ClinicianRecords &records : byClinician) {
        sortRecords(records);
        for (const Occupied &entry : std::as_const(records.shifts)) {
            const Shift &shift = *entry.shift;
            if (shift.date < from || shift.date > to)
                continue;
            if (QList<ShiftConflict> conflicts = conflictsOf(shift, records, codes); !conflicts.isEmpty())
                result.insert(shift.id, conflicts);
        }
    }
    return result;
}
