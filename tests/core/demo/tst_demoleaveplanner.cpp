#include "demo/demoleaveplanner.h"
#include "demo/demorandom.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <map>

using namespace Qt::StringLiterals;

class TestDemoLeavePlanner : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 3, 18};
    const QDate m_from = m_today.addMonths(-3);
    const QDate m_to = m_today.addMonths(3);
    QList<DemoStaffMember> m_staff;

    QList<LeaveRequest> plan(quint32 seed = 5)
    {
        DemoRandom random(seed);
        DemoLeavePlanner planner(m_today, m_from, m_to, random);
        planner.setCoordinator(u"rota.coordinator"_s);
        planner.setDenialReasons({u"Minimum staffing would not be met."_s});
        planner.setCapacityDenialReason(u"Too many of the team away."_s);
        return planner.plan(m_staff);
    }

private slots:
    void initTestCase()
    {
        // Two teams of twelve; one member left in January, one is on parental leave.
        for (qint64 id = 1; id <= 24; ++id) {
            WorkingTerm term;
            term.clinician_id = id;
            term.start_date = QDate(2024, 8, 7);
            term.percentage = id % 5 == 0 ? 60 : 100;
            DemoStaffMember member;
            member.clinicianId = id;
            member.team = id <= 12 ? 0 : 1;
            member.terms = {term};
            m_staff.append(member);
        }
        m_staff[3].terms[0].end_date = QDate(2026, 1, 31);
        m_staff[7].parentalLeave = true;
    }

    void everyStatusAndType()
    {
        QSet<LeaveRequest::Status> statuses;
        QSet<LeaveRequest::Type> types;
        for (const LeaveRequest &request : plan()) {
            QVERIFY2(request.validate().isEmpty(), qPrintable(joinFieldErrors(request.validate())));
            statuses.insert(request.status);
            types.insert(request.type);
        }
        QCOMPARE(statuses.size(), 4);
        QCOMPARE(types.size(), 6);
    }

    void requestsFitTermsAndDoNotOverlap()
    {
        std::map<qint64, QList<LeaveRequest>> byClinician;
        for (const LeaveRequest &request : plan())
            byClinician[request.clinician_id].append(request);
        for (auto &[id, requests] : byClinician) {
            const DemoStaffMember &member = m_staff.at(id - 1);
            for (qsizetype i = 0; i < requests.size(); ++i) {
                QVERIFY(member.termOn(requests.at(i).start_date) && member.termOn(requests.at(i).end_date));
                for (qsizetype j = i + 1; j < requests.size(); ++j)
                    QVERIFY(requests.at(i).end_date < requests.at(j).start_date
                            || requests.at(j).end_date < requests.at(i).start_date);
            }
        }
        QVERIFY(std::all_of(byClinician[4].cbegin(), byClinician[4].cend(),
                            [](const LeaveRequest &r) { return r.end_date <= QDate(2026, 1, 31); }));
    }

    void processingIsRecordedAndNeverAfterToday()
    {
        const QDateTime endOfToday(m_today, QTime(23, 59), Qt::UTC);
        for (const LeaveRequest &request : plan()) {
            const QDateTime requested = QDateTime::fromString(request.requested_at, Qt::ISODate);
            QVERIFY(requested.isValid() && requested <= endOfToday);
            if (request.status == LeaveRequest::Status::Pending) {
                QVERIFY(request.processed_at.isEmpty() && request.processed_by.isEmpty());
                QVERIFY(request.end_date >= m_today);
                continue;
            }
            const QDateTime processed = QDateTime::fromString(request.processed_at, Qt::ISODate);
            QVERIFY(processed >= requested && processed <= endOfToday);
            QCOMPARE(request.processed_by, u"rota.coordinator"_s);
            if (request.type == LeaveRequest::Type::Sick) {
                QCOMPARE(request.status, LeaveRequest::Status::Approved);
                QVERIFY(request.end_date < m_today);
            }
        }
    }

    void parentalLeaveSpansToday()
    {
        const QList<LeaveRequest> requests = plan();
        const auto parental = std::find_if(requests.cbegin(), requests.cend(), [](const LeaveRequest &r) {
            return r.type == LeaveRequest::Type::Parental;
        });
        QVERIFY(parental != requests.cend());
        QCOMPARE(parental->clinician_id, 8);
        QCOMPARE(parental->status, LeaveRequest::Status::Approved);
        QVERIFY(parental->start_date < m_today && parental->end_date > m_today);
    }

    void teamKeepsEnoughPeople()
    {
        std::map<std::pair<int, qint64>, int> away;
        int deniedForCapacity = 0;
        for (const LeaveRequest &request : plan()) {
            deniedForCapacity += request.denial_reason == u"Too many of the team away."_s;
            // Sickness and parental leave are not the coordinator's to refuse.
            const bool discretionary = request.type != LeaveRequest::Type::Sick
                && request.type != LeaveRequest::Type::Parental;
            if (request.status != LeaveRequest::Status::Approved || !discretionary)
                continue;
            for (QDate date = request.start_date; date <= request.end_date; date = date.addDays(1))
                ++away[{m_staff.at(request.clinician_id - 1).team, date.toJulianDay()}];
        }
        // At most a fifth of a team of twelve (so two) away at once by the coordinator's leave.
        for (const auto &[key, people] : away)
            QVERIFY2(people <= 2, qPrintable(QDate::fromJulianDay(key.second).toString()));
        QVERIFY(deniedForCapacity > 0);
    }

    void sameSeedSameLeave()
    {
        QCOMPARE(plan(9), plan(9));
        QVERIFY(plan(9) != plan(10));
    }
};

QTEST_GUILESS_MAIN(TestDemoLeavePlanner)
#include "tst_demoleaveplanner.moc"
