#pragma once

#include "demostaffmember.h"
#include "model/leaverequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>
#include <map>

class DemoRandom;

// Invents the leave of the demo department: annual, study, coroner's court, requested days
// off, sickness and parental leave, in every status, spread before and after "today". One
// person's requests never overlap and always fall inside their working terms; a request that
// would take too many of a team away at once is denied, as a coordinator would.
class DemoLeavePlanner
{
    Q_DECLARE_TR_FUNCTIONS(DemoLeavePlanner)

public:
    DemoLeavePlanner(QDate today, QDate from, QDate to, DemoRandom &random);

    void setCoordinator(const QString &user) { m_coordinator = user; }
    void setDenialReasons(const QStringList &reasons) { m_denialReasons = reasons; }
    // Given when a request would leave more of a team away at once than the team can spare.
    void setCapacityDenialReason(const QString &reason) { m_capacityReason = reason; }

    // Requests ordered by clinician, then start date; affected_shift_count is left at 0.
    QList<LeaveRequest> plan(const QList<DemoStaffMember> &staff);

private:
    struct Span
    {
        QDate start;
        QDate end;
    };
    bool fits(const DemoStaffMember &member, const QList<Span> &taken, QDate start, QDate end) const;
    void add(const DemoStaffMember &member, QList<Span> &taken, LeaveRequest::Type type, QDate start, QDate end);
    void addRandom(const DemoStaffMember &member, QList<Span> &taken, LeaveRequest::Type type,
                   const QList<int> &lengths, bool startOnMonday, QDate earliest, QDate latest);
    void decide(LeaveRequest &request);
    void keepTeamCapacity(const DemoStaffMember &member, LeaveRequest &request);
    void ensureEveryStatus();
    QString timestamp(QDate date);

    QDate m_today;
    QDate m_from;
    QDate m_to;
    DemoRandom &m_random;
    QString m_coordinator;
    QStringList m_denialReasons;
    QString m_capacityReason;
    QMap<int, int> m_teamSize;                   // team -> members
    std::map<std::pair<int, qint64>, int> m_away; // (team, julian day) -> members on approved leave
    QList<LeaveRequest> m_requests;
};
