#pragma once

#include "rotafilter.h"
#include "model/clinician.h"
#include "model/leaverequest.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "model/workingterm.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

class Workspace;

// Everything the calendar views and printed pages show of one date window, read in a handful of
// window queries: the clinicians the filter leaves (grouped by team), their shifts and leave in
// the window, the working terms that exclude days, and the department's cover per shift type and
// day as an SQL aggregate. A snapshot: views rebuild it when the workspace changes.
class RotaPeriod
{
    Q_DECLARE_TR_FUNCTIONS(RotaPeriod)

public:
    struct Group
    {
        std::optional<qint64> teamId;
        QString name;
        QList<int> clinicians; // indexes into clinicians(), by name
    };

    RotaPeriod() = default;
    // Reads [from, to] (both included). Clinicians that are inactive appear only when they have
    // shifts in the window, so nothing planned is hidden.
    static RotaPeriod load(const Workspace &workspace, QDate from, QDate to, const RotaFilter &filter = {},
                           StorageError *error = nullptr);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int dayCount() const { return m_from.isValid() ? int(m_from.daysTo(m_to)) + 1 : 0; }
    QDate dayAt(int day) const { return m_from.addDays(day); }
    int dayIndex(QDate date) const; // -1 outside the window
    const RotaFilter &filter() const { return m_filter; }
    QString workspaceName() const { return m_workspaceName; }
    QByteArray timeZone() const { return m_timeZone; }

    const QList<Clinician> &clinicians() const { return m_clinicians; }
    const QList<Group> &groups() const { return m_groups; }
    int clinicianIndex(qint64 clinicianId) const { return m_clinicianIndex.value(clinicianId, -1); }

    // Every active shift type (the filter's one only, when it names one), in rota order.
    const QList<ShiftType> &shiftTypes() const { return m_shiftTypes; }
    const ShiftType *shiftType(qint64 id) const;

    const QList<Shift> &shifts() const { return m_shifts; }
    // Indexes into shifts() of one clinician's shifts on one day (start order); clinician -1 = open shifts.
    const QList<int> &shiftsOn(int clinician, int day) const;
    const Shift *shift(qint64 id) const;

    // Approved or pending leave of a clinician covering a day (approved first), or null.
    const LeaveRequest *leaveOn(int clinician, int day) const;
    // A working term in effect on the day names it as a day the clinician cannot work.
    bool cannotWork(int clinician, int day) const;

    // Department-wide cover: shifts of the type on the day that count towards the minimum,
    // assigned and not cancelled, whatever the team or clinician filter.
    int cover(qint64 shiftTypeId, int day) const;
    int required(const ShiftType &type, int day) const; // the type's minimum for that weekday

private:
    void index();

    QDate m_from;
    QDate m_to;
    RotaFilter m_filter;
    QString m_workspaceName;
    QByteArray m_timeZone;
    QList<Clinician> m_clinicians;
    QList<Group> m_groups;
    QHash<qint64, int> m_clinicianIndex;
    QList<ShiftType> m_shiftTypes;
    QList<Shift> m_shifts;
    QHash<qint64, int> m_shiftIndex;
    QHash<quint64, QList<int>> m_cells; // (clinician + 1) << 32 | day -> shift indexes
    QList<LeaveRequest> m_leave;
    QHash<quint64, int> m_leaveCells; // same key -> index into m_leave
    QList<WorkingTerm> m_terms;
    QHash<int, QList<int>> m_termsOf; // clinician index -> indexes into m_terms
    QHash<std::pair<qint64, int>, int> m_cover; // (shift type id, day) -> count
};
