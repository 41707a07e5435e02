#include "rotaperiod.h"

#include "minimumcover.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

quint64 cellKey(int clinician, int day)
{
    return (quint64(quint32(clinician + 1)) << 32) | quint32(day);
}

} // namespace

RotaPeriod RotaPeriod::load(const Workspace &workspace, QDate from, QDate to, const RotaFilter &filter, StorageError *error)
{
    RotaPeriod period;
    if (to < from)
        std::swap(from, to);
    period.m_from = from;
    period.m_to = to;
    period.m_filter = filter;
    period.m_workspaceName = workspace.name();
    period.m_timeZone = workspace.timeZone();
    auto &ws = const_cast<Workspace &>(workspace); // repositories take a Workspace; these reads do not write

    for (const ShiftType &type : ShiftTypeRepository(ws).all()) {
        if (filter.shiftTypeId ? type.id == *filter.shiftTypeId : type.active)
            period.m_shiftTypes.append(type);
    }
    QSet<qint64> typeIds;
    for (const ShiftType &type : std::as_const(period.m_shiftTypes))
        typeIds.insert(type.id);

    const QList<Shift> windowShifts = ShiftRepository(ws).inWindow(from, to);
    QSet<qint64> working;
    for (const Shift &shift : windowShifts) {
        if (shift.clinician_id)
            working.insert(*shift.clinician_id);
    }

    ClinicianFilter clinicianFilter;
    clinicianFilter.search = filter.search;
    clinicianFilter.teamId = filter.teamId;
    for (const Clinician &clinician : ClinicianRepository(ws).list(clinicianFilter)) {
        if (filter.clinicianId && clinician.id != *filter.clinicianId)
            continue;
        if (clinician.active || working.contains(clinician.id))
            period.m_clinicians.append(clinician);
    }

    QHash<qint64, QString> teamNames;
    for (const Team &team : TeamRepository(ws).all())
        teamNames.insert(team.id, team.name);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(period.m_clinicians.begin(), period.m_clinicians.end(), [&](const Clinician &a, const Clinician &b) {
        // Clinicians without a team come last.
        const bool aTeam = a.team_id && teamNames.contains(*a.team_id);
        const bool bTeam = b.team_id && teamNames.contains(*b.team_id);
        if (aTeam != bTeam)
            return aTeam;
        if (aTeam && *a.team_id != *b.team_id)
            return collator.compare(teamNames.value(*a.team_id), teamNames.value(*b.team_id)) < 0;
        return collator.compare(a.name, b.name) < 0;
    });
    for (int i = 0; i < period.m_clinicians.size(); ++i) {
        const Clinician &clinician = period.m_clinicians.at(i);
        const std::optional<qint64> teamId = clinician.team_id && teamNames.contains(*clinician.team_id) ? clinician.team_id : std::nullopt;
        if (period.m_groups.isEmpty() || period.m_groups.constLast().teamId != teamId)
            period.m_groups.append({teamId, teamId ? teamNames.value(*teamId) : tr("No team"), {}});
        period.m_groups.last().clinicians.append(i);
        period.m_clinicianIndex.insert(clinician.id, i);
    }

    const bool showOpen = !filter.clinicianId && !filter.teamId && filter.search.trimmed().isEmpty();
    for (const Shift &shift : windowShifts) {
        if (!typeIds.contains(shift.shift_type_id))
            continue;
        if (shift.clinician_id ? !period.m_clinicianIndex.contains(*shift.clinician_id) : !showOpen)
            continue;
        period.m_shifts.append(shift);
    }

    for (const LeaveRequest &leave : LeaveRequestRepository(ws).inWindow(from, to)) {
        if ((leave.status == LeaveRequest::Status::Approved || leave.status == LeaveRequest::Status::Pending)
            && period.m_clinicianIndex.contains(leave.clinician_id))
            period.m_leave.append(leave);
    }
    // Approved leave wins a day over a pending request.
    std::stable_sort(period.m_leave.begin(), period.m_leave.end(), [](const LeaveRequest &a, const LeaveRequest &b) {
        return a.status == LeaveRequest::Status::Approved && b.status != LeaveRequest::Status::Approved;
    });

    for (const WorkingTerm &term : WorkingTermRepository(ws).inWindow(from, to)) {
        if (period.m_clinicianIndex.contains(term.clinician_id) && !term.cannot_work_days.isEmpty())
            period.m_terms.append(term);
    }

    CachedQuery cover(workspace,
                      u"SELECT shift_type_id, date, COUNT(*) FROM shifts WHERE date BETWEEN ? AND ? AND "_s
                          + MinimumCover::shiftCondition() + u" GROUP BY shift_type_id, date"_s,
                      {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!cover.ok() && error)
        *error = {StorageError::Kind::Io, tr("The cover of %1 to %2 could not be read: %3")
                                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), cover.error().text()), {}};
    while (cover.ok() && cover.next()) {
        const int day = period.dayIndex(QDate::fromString(cover.value(1).toString(), Qt::ISODate));
        if (day >= 0)
            period.m_cover.insert({cover.value(0).toLongLong(), day}, cover.value(2).toInt());
    }

    period.index();
    return period;
}

void RotaPeriod::index()
{
    for (int i = 0; i < m_shifts.size(); ++i) {
        const Shift &shift = m_shifts.at(i);
        m_shiftIndex.insert(shift.id, i);
        const int clinician = shift.clinician_id ? m_clinicianIndex.value(*shift.clinician_id, -1) : -1;
        m_cells[cellKey(clinician, dayIndex(shift.date))].append(i);
    }
    for (auto it = m_cells.begin(); it != m_cells.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            return m_shifts.at(a).start_utc.value_or(0) < m_shifts.at(b).start_utc.value_or(0);
        });
    }
    for (int i = 0; i < m_leave.size(); ++i) {
        const LeaveRequest &leave = m_leave.at(i);
        const int clinician = m_clinicianIndex.value(leave.clinician_id);
        for (QDate date = std::max(leave.start_date, m_from); date <= std::min(leave.end_date, m_to); date = date.addDays(1)) {
            // Approved requests come first; a pending one does not hide them.
            const quint64 key = cellKey(clinician, dayIndex(date));
            if (!m_leaveCells.contains(key))
                m_leaveCells.insert(key, i);
        }
    }
    for (int i = 0; i < m_terms.size(); ++i)
        m_termsOf[m_clinicianIndex.value(m_terms.at(i).clinician_id)].append(i);
}

int RotaPeriod::dayIndex(QDate date) const
{
    if (!date.isValid() || date < m_from || date > m_to)
        return -1;
    return int(m_from.daysTo(date));
}

const ShiftType *RotaPeriod::shiftType(qint64 id) const
{
    for (const ShiftType &type : m_shiftTypes) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

const QList<int> &RotaPeriod::shiftsOn(int clinician, int day) const
{
    static const QList<int> none;
    const auto it = m_cells.constFind(cellKey(clinician, day));
    return it == m_cells.constEnd() ? none : *it;
}

const Shift *RotaPeriod::shift(qint64 id) const
{
    const auto it = m_shiftIndex.constFind(id);
    return it == m_shiftIndex.constEnd() ? nullptr : &m_shifts.at(*it);
}

const LeaveRequest *RotaPeriod::leaveOn(int clinician, int day) const
{
    const auto it = m_leaveCells.constFind(cellKey(clinician, day));
    return it == m_leaveCells.constEnd() ? nullptr : &m_leave.at(*it);
}

bool RotaPeriod::cannotWork(int clinician, int day) const
{
    const QDate date = dayAt(day);
    const auto terms = m_termsOf.constFind(clinician);
    if (terms == m_termsOf.constEnd())
        return false;
    return std::any_of(terms->begin(), terms->end(), [&](int i) {
        const WorkingTerm &term = m_terms.at(i);
        return term.covers(date) && term.cannot_work_days.contains(date.dayOfWeek());
    });
}

int RotaPeriod::cover(qint64 shiftTypeId, int day) const
{
    return m_cover.value({shiftTypeId, day});
}

int RotaPeriod::required(const ShiftType &type, int day) const
{
    return MinimumCover::required(type, dayAt(day));
}
