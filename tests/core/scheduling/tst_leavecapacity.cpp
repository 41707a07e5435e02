#include "../storage/storagetestsupport.h"

#include "model/leaverequest.h"
#include "model/team.h"
#include "scheduling/leavecapacity.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/teamrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using Status = LeaveRequest::Status;
using Type = LeaveRequest::Type;

class TestLeaveCapacity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    qint64 addTeam(const QString &name)
    {
        Team team;
        team.name = name;
        const StorageError error = TeamRepository(*m_workspace).create(team);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return team.id;
    }

    qint64 addClinician(const QString &name, std::optional<qint64> teamId, bool active = true)
    {
        Clinician record = clinician(name, teamId);
        record.active = active;
        const StorageError error = ClinicianRepository(*m_workspace).create(record);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return record.id;
    }

    void addLeave(qint64 clinicianId, QDate from, QDate to, Status status, Type type = Type::Annual)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.type = type;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status == Status::Denied)
            leave.denial_reason = u"Minimum staffing"_s;
        const StorageError error = LeaveRequestRepository(*m_workspace).create(leave);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
    }

    static QDate d(int month, int day) { return QDate(2026, month, day); }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
    }

    void cleanup() { m_workspace.reset(); }

    void settingKeys()
    {
        QCOMPARE(LeaveCapacity::settingKey(12), u"leave_capacity:12"_s);
        QCOMPARE(LeaveCapacity::settingKey(std::nullopt), u"leave_capacity:none"_s);
    }

    void maximumIsAFifthOfTheActiveMembersAtLeastOne()
    {
        const qint64 small = addTeam(u"Small"_s);
        const qint64 large = addTeam(u"Large"_s);
        for (int i = 0; i < 4; ++i)
            addClinician(u"Small %1"_s.arg(i), small);
        // 11 active (and 3 inactive, who do not count): 11 / 5 = 2.
        for (int i = 0; i < 14; ++i)
            addClinician(u"Large %1"_s.arg(i), large, i < 11);
        addClinician(u"Floating"_s, std::nullopt);

        const LeaveCapacity capacity(*m_workspace);
        QCOMPARE(capacity.maximumOff(small), 1); // 4 / 5 = 0, raised to 1
        QCOMPARE(capacity.maximumOff(large), 2);
        QCOMPARE(capacity.maximumOff(std::nullopt), 1);
        QCOMPARE(capacity.maximumOff(small + large + 100), 1); // no such team: nobody, still 1
    }

    void settingOverridesTheFifth()
    {
        const qint64 team = addTeam(u"Team"_s);
        for (int i = 0; i < 10; ++i)
            addClinician(u"Member %1"_s.arg(i), team);
        QVERIFY(m_workspace->setSetting(LeaveCapacity::settingKey(team), u"4"_s).ok());
        QVERIFY(m_workspace->setSetting(LeaveCapacity::settingKey(std::nullopt), u"lots"_s).ok());

        const LeaveCapacity capacity(*m_workspace);
        QCOMPARE(capacity.maximumOff(team), 4);
        QCOMPARE(capacity.maximumOff(std::nullopt), 1); // not a number: the default
        const QList<LeaveCapacityDay> days = capacity.days(team, d(12, 7), d(12, 7));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.constFirst().maximum, 4);
    }

    void countsDistinctActiveMembersWithApprovedOrPendingLeave()
    {
        const qint64 team = addTeam(u"Medicine"_s);
        const qint64 other = addTeam(u"Surgery"_s);
        const qint64 alice = addClinician(u"Alice"_s, team);
        const qint64 bob = addClinician(u"Bob"_s, team);
        const qint64 carol = addClinician(u"Carol"_s, team);
        const qint64 dan = addClinician(u"Dan"_s, team);
        const qint64 frank = addClinician(u"Frank"_s, team);
        const qint64 eve = addClinician(u"Eve"_s, team, false);
        const qint64 sam = addClinician(u"Sam"_s, other);
        // Five active members: at most one off.

        addLeave(alice, d(12, 7), d(12, 9), Status::Approved);
        addLeave(alice, d(12, 9), d(12, 9), Status::Pending, Type::Sick); // Alice counts once on the 9th
        addLeave(bob, d(12, 8), d(12, 8), Status::Pending, Type::Study);
        addLeave(carol, d(12, 8), d(12, 8), Status::Denied);
        addLeave(dan, d(12, 8), d(12, 10), Status::Cancelled);
        addLeave(eve, d(12, 8), d(12, 8), Status::Approved); // inactive
        addLeave(sam, d(12, 8), d(12, 8), Status::Approved); // another team
        addLeave(frank, d(12, 1), d(12, 6), Status::Approved, Type::RequestedOff); // begins before the window

        const QList<LeaveCapacityDay> days = LeaveCapacity(*m_workspace).days(team, d(12, 6), d(12, 10));
        QCOMPARE(days.size(), 5);
        const QList<QDate> dates{d(12, 6), d(12, 7), d(12, 8), d(12, 9), d(12, 10)};
        const QList<int> off{1, 1, 2, 1, 0};
        const QList<QList<qint64>> who{{frank}, {alice}, {alice, bob}, {alice}, {}};
        const QList<bool> full{true, true, true, true, false};
        for (int i = 0; i < days.size(); ++i) {
            const LeaveCapacityDay &day = days.at(i);
            QCOMPARE(day.date, dates.at(i));
            QCOMPARE(day.maximum, 1);
            QCOMPARE(day.off, off.at(i));
            QCOMPARE(day.offClinicians, who.at(i));
            QCOMPARE(day.isFull(), full.at(i));
        }

        // The other team sees only Sam.
        const QList<LeaveCapacityDay> surgery = LeaveCapacity(*m_workspace).days(other, d(12, 8), d(12, 8));
        QCOMPARE(surgery.constFirst().off, 1);
        QCOMPARE(surgery.constFirst().offClinicians, QList<qint64>{sam});
    }

    void cliniciansWithoutATeam()
    {
        const qint64 team = addTeam(u"Medicine"_s);
        const qint64 alone = addClinician(u"Alone"_s, std::nullopt);
        const qint64 member = addClinician(u"Member"_s, team);
        addLeave(alone, d(12, 8), d(12, 8), Status::Approved);
        addLeave(member, d(12, 8), d(12, 8), Status::Approved);

        const QList<LeaveCapacityDay> days = LeaveCapacity(*m_workspace).days(std::nullopt, d(12, 8), d(12, 8));
        QCOMPARE(days.constFirst().offClinicians, QList<qint64>{alone});
        QVERIFY(days.constFirst().isFull());
    }

    void emptyWindow()
    {
        const LeaveCapacity capacity(*m_workspace);
        QVERIFY(capacity.days(std::nullopt, d(12, 9), d(12, 8)).isEmpty());
        QVERIFY(capacity.days(std::nullopt, QDate(), d(12, 8)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLeaveCapacity)
#include "tst_leavecapacity.moc"
