#include "leavecapacity.h"

#include "model/leaverequest.h"
#include "storage/cachedquery.h"
#include "storage/leaverequestrepository.h"
#include "storage/workspace.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

LeaveCapacity::LeaveCapacity(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QString LeaveCapacity::settingKey(std::optional<qint64> teamId)
{
    return teamId ? u"leave_capacity:%1"_s.arg(*teamId) : u"leave_capacity:none"_s;
}

QList<qint64> LeaveCapacity::activeMembers(std::optional<qint64> teamId) const
{
    // "IS" compares NULL with NULL as equal, so one statement serves both cases.
    CachedQuery query(m_workspace, u"SELECT id FROM clinicians WHERE active = 1 AND team_id IS ? ORDER BY id"_s,
                      {teamId ? QVariant(*teamId) : QVariant(QMetaType(QMetaType::LongLong))});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

int LeaveCapacity::maximumOff(std::optional<qint64> teamId) const
{
    return maximumOff(teamId, int(activeMembers(teamId).size()));
}

int LeaveCapacity::maximumOff(std::optional<qint64> teamId, int activeCount) const
{
    bool ok = false;
    const int configured = m_workspace.setting(settingKey(teamId)).trimmed().toInt(&ok);
    if (ok && configured >= 0)
        return configured;
    return std::max(1, activeCount / 5);
}

QList<LeaveCapacityDay> LeaveCapacity::days(std::optional<qint64> teamId, QDate from, QDate to) const
{
    QList<LeaveCapacityDay> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const QList<qint64> members = activeMembers(teamId);
    const int maximum = maximumOff(teamId, int(members.size()));
    const int dayCount = int(from.daysTo(to)) + 1;
    QList<QSet<qint64>> off(dayCount);
    if (!members.isEmpty()) {
        auto &workspace = const_cast<Workspace &>(m_workspace); // repositories take a Workspace; this only reads
        const QList<LeaveRequest> leave = LeaveRequestRepository(workspace).inWindowForClinicians(
            from, to, members, {}, {LeaveRequest::Status::Approved, LeaveRequest::Status::Pending});
        for (const LeaveRequest &request : leave) {
            const QDate first = std::max(request.start_date, from);
            const QDate last = std::min(request.end_date, to);
            for (qint64 day = from.daysTo(first); day <= from.daysTo(last); ++day)
                off[int(day)].insert(request.clinician_id);
        }
    }
    result.reserve(dayCount);
    for (int day = 0; day < dayCount; ++day) {
        LeaveCapacityDay entry;
        entry.date = from.addDays(day);
        entry.maximum = maximum;
        entry.off = int(off.at(day).size());
        entry.offClinicians = QList<qint64>(off.at(day).cbegin(), off.at(day).cend());
        std::sort(entry.offClinicians.begin(), entry.offClinicians.end());
        result.append(std::move(entry));
    }
    return result;
}
