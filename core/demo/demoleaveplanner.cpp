#include "demoleaveplanner.h"

#include "demorandom.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

DemoLeavePlanner::DemoLeavePlanner(QDate today, QDate from, QDate to, DemoRandom &random)
    : m_today(today), m_from(from), m_to(to), m_random(random)
{
}

QList<LeaveRequest> DemoLeavePlanner::plan(const QList<DemoStaffMember> &staff)
{
    m_requests.clear();
    m_away.clear();
    m_teamSize.clear();
    for (const DemoStaffMember &member : staff)
        ++m_teamSize[member.team];
    using Type = LeaveRequest::Type;
    for (const DemoStaffMember &member : staff) {
        QList<Span> taken;
        if (member.parentalLeave)
            add(member, taken, Type::Parental, m_today.addDays(-m_random.between(30, 50)),
                m_today.addDays(m_random.between(120, 160)));

        const WorkingTerm *term = member.termOn(m_today);
        const bool partTime = term && term->percentage < 70;
        const int annualBlocks = partTime ? m_random.between(1, 2) : m_random.between(2, 3);
        for (int i = 0; i < annualBlocks; ++i)
            addRandom(member, taken, Type::Annual, {5, 5, 7, 9, 10}, m_random.chance(75), m_from, m_to);
        if (m_random.chance(45))
            addRandom(member, taken, Type::Study, {1, 1, 2, 3}, false, m_from, m_to);
        if (m_random.chance(12))
            addRandom(member, taken, Type::Coroners, {1}, false, m_from, m_to);
        const int daysOff = m_random.chance(55) ? m_random.between(1, 2) : 0;
        for (int i = 0; i < daysOff; ++i)
            addRandom(member, taken, Type::RequestedOff, {1, 2, 2}, false, m_from, m_to);
        if (m_random.chance(30))
            addRandom(member, taken, Type::Sick, {1, 2, 3, 4}, false, m_from, m_today.addDays(-2));
    }
    ensureEveryStatus();
    return m_requests;
}

bool DemoLeavePlanner::fits(const DemoStaffMember &member, const QList<Span> &taken, QDate start, QDate end) const
{
    if (!start.isValid() || end < start || !member.termOn(start) || !member.termOn(end))
        return false;
    return std::none_of(taken.cbegin(), taken.cend(), [&](const Span &span) {
        // A day's gap between requests keeps them distinct on the calendar.
        return start <= span.end.addDays(1) && span.start.addDays(-1) <= end;
    });
}

void DemoLeavePlanner::addRandom(const DemoStaffMember &member, QList<Span> &taken, LeaveRequest::Type type,
                                 const QList<int> &lengths, bool startOnMonday, QDate earliest, QDate latest)
{
    const int spanDays = int(earliest.daysTo(latest));
    if (spanDays < 1)
        return;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QDate start = earliest.addDays(m_random.between(0, spanDays));
        if (startOnMonday)
            start = start.addDays(1 - start.dayOfWeek());
        else if (type != LeaveRequest::Type::RequestedOff && start.dayOfWeek() > 5)
            start = start.addDays(8 - start.dayOfWeek());
        const QDate end = start.addDays(m_random.pick(lengths) - 1);
        if (start >= earliest && end <= latest && fits(member, taken, start, end)) {
            add(member, taken, type, start, end);
            return;
        }
    }
}

void DemoLeavePlanner::add(const DemoStaffMember &member, QList<Span> &taken, LeaveRequest::Type type,
                           QDate start, QDate end)
{
    if (!fits(member, taken, start, end))
        return;
    taken.append({start, end});
    LeaveRequest request;
    request.clinician_id = member.clinicianId;
    request.type = type;
    request.start_date = start;
    request.end_date = end;
    if (type == LeaveRequest::Type::Sick) {
        // Sickness is reported on the morning it starts and recorded at once.
        request.requested_at = timestamp(start);
        request.status = LeaveRequest::Status::Approved;
        request.processed_at = request.requested_at;
        request.processed_by = m_coordinator;
    } else {
        const int notice = type == LeaveRequest::Type::Parental ? m_random.between(60, 120)
                                                                : m_random.between(10, 70);
        const QDate requested = std::min(start.addDays(-notice), m_today.addDays(-m_random.between(0, 5)));
        request.requested_at = timestamp(requested);
        decide(request);
    }
    keepTeamCapacity(member, request);
    m_requests.append(request);
}

void DemoLeavePlanner::decide(LeaveRequest &request)
{
    using Status = LeaveRequest::Status;
    const int roll = m_random.between(1, 100);
    if (request.type == LeaveRequest::Type::Parental)
        request.status = Status::Approved;
    else if (request.end_date < m_today)
        request.status = roll <= 85 ? Status::Approved : roll <= 95 ? Status::Cancelled : Status::Denied;
    else
        request.status = roll <= 55 ? Status::Approved
                         : roll <= 85 ? Status::Pending
                         : roll <= 95 ? Status::Denied
                                      : Status::Cancelled;
    if (request.status == Status::Pending)
        return;
    // Requests are never made after "today", so neither is their processing.
    const QDate requested = QDateTime::fromString(request.requested_at, Qt::ISODate).date();
    const QDate processed = std::min(requested.addDays(m_random.between(1, 9)), m_today);
    request.processed_at = processed == requested ? request.requested_at : timestamp(processed);
    request.processed_by = m_coordinator;
    if (request.status == Status::Denied)
        request.denial_reason = m_random.pick(m_denialReasons);
}

// At most a fifth of a team (and never fewer than two) may be away on the same day; sickness and
// parental leave are not the coordinator's to refuse but do use up the room.
void DemoLeavePlanner::keepTeamCapacity(const DemoStaffMember &member, LeaveRequest &request)
{
    using Type = LeaveRequest::Type;
    if (request.status != LeaveRequest::Status::Approved)
        return;
    const int room = std::max(2, m_teamSize.value(member.team) / 5);
    const bool discretionary = request.type != Type::Sick && request.type != Type::Parental;
    for (QDate date = request.start_date; discretionary && date <= request.end_date; date = date.addDays(1)) {
        if (m_away[{member.team, date.toJulianDay()}] >= room) {
            request.status = LeaveRequest::Status::Denied;
            request.denial_reason = m_capacityReason.isEmpty() ? m_random.pick(m_denialReasons) : m_capacityReason;
            return;
        }
    }
    for (QDate date = request.start_date; date <= request.end_date; date = date.addDays(1))
        ++m_away[{member.team, date.toJulianDay()}];
}

// A status that chance left out is given to the latest requests that can take it, so that every
// status is always there to be seen.
void DemoLeavePlanner::ensureEveryStatus()
{
    using Status = LeaveRequest::Status;
    for (const Status wanted : {Status::Pending, Status::Denied, Status::Cancelled, Status::Approved}) {
        const bool present = std::any_of(m_requests.cbegin(), m_requests.cend(),
                                         [&](const LeaveRequest &r) { return r.status == wanted; });
        if (present)
            continue;
        for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
            if (it->type != LeaveRequest::Type::Annual || it->start_date <= m_today)
                continue;
            const Status before = it->status;
            const bool onlyOne = std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const LeaveRequest &r) {
                                     return r.status == before;
                                 }) == 1;
            if (onlyOne)
                continue;
            it->status = wanted;
            it->processed_at = wanted == Status::Pending ? QString() : it->requested_at;
            it->processed_by = wanted == Status::Pending ? QString() : m_coordinator;
            it->denial_reason = wanted == Status::Denied ? m_denialReasons.constFirst() : QString();
            break;
        }
    }
}

QString DemoLeavePlanner::timestamp(QDate date)
{
    const QDateTime at(date, QTime(8, 0).addSecs(60 * m_random.between(0, 9 * 60)), Qt::UTC);
    return at.toString(Qt::ISODate);
}
