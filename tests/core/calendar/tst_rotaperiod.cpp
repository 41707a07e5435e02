#include "calendar/rotaperiod.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workingtermrepository.h"

#include "../storage/storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

template <typename T>
T stored(Workspace &workspace, T record)
{
    const StorageError error = Repository<T>(workspace).create(record);
    if (!error.ok())
        qFatal("not stored: %s", qPrintable(error.message));
    return record;
}

QStringList names(const RotaPeriod &period)
{
    QStringList result;
    for (const Clinician &clinician : period.clinicians())
        result << clinician.name;
    return result;
}

} // namespace

// Monday 2 March to Sunday 8 March 2026 is the window of these tests.
class TestRotaPeriod : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Team m_surgery;
    Team m_medicine;
    Clinician m_ada;   // medicine
    Clinician m_ben;   // surgery
    Clinician m_cleo;  // surgery, inactive, works in the window
    Clinician m_dan;   // inactive, no shifts
    Clinician m_eve;   // no team
    ShiftType m_day;
    ShiftType m_night;
    Shift m_adaMonday;

    const QDate m_from{2026, 3, 2};
    const QDate m_to{2026, 3, 8};

    RotaPeriod load(const RotaFilter &filter = {}) { return RotaPeriod::load(*m_workspace, m_from, m_to, filter); }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        Workspace &ws = *m_workspace;
        m_surgery = stored(ws, Team{0, {}, u"Surgery"_s, {}, {}, {}});
        m_medicine = stored(ws, Team{0, {}, u"Medicine"_s, {}, {}, {}});
        m_ada = stored(ws, clinician(u"Ada Obi"_s, m_medicine.id));
        m_ben = stored(ws, clinician(u"Ben Carr"_s, m_surgery.id));
        Clinician cleo = clinician(u"Cleo Dunn"_s, m_surgery.id);
        cleo.active = false;
        m_cleo = stored(ws, cleo);
        Clinician dan = clinician(u"Dan Ede"_s, m_surgery.id);
        dan.active = false;
        m_dan = stored(ws, dan);
        m_eve = stored(ws, clinician(u"Eve Fox"_s));
        m_day = dayShiftType(u"D"_s);
        m_day.minimum_weekday = 2;
        m_day.minimum_weekend = 1;
        m_day = stored(ws, m_day);
        ShiftType night = dayShiftType(u"N"_s);
        night.name = u"Night"_s;
        night.start_time = QTime(20, 0);
        night.end_time = QTime(8, 0);
        night.duration_minutes = 12 * 60;
        night.sort_order = 1;
        m_night = stored(ws, night);

        m_adaMonday = stored(ws, shift(m_ada.id, m_day.id, m_from));
        stored(ws, shift(m_ben.id, m_day.id, m_from));
        stored(ws, shift(m_cleo.id, m_night.id, m_from.addDays(2), QTime(20, 0), QTime(8, 0)));
        stored(ws, shift(std::nullopt, m_day.id, m_from)); // open: not cover
        Shift cancelled = shift(m_eve.id, m_day.id, m_from);
        cancelled.status = Shift::Status::Cancelled;
        stored(ws, cancelled);
        Shift notCounted = shift(m_eve.id, m_day.id, m_from.addDays(1));
        notCounted.counts_toward_minimum = false;
        stored(ws, notCounted);
        stored(ws, shift(m_ada.id, m_day.id, m_from.addDays(-1))); // outside the window
        stored(ws, shift(m_ada.id, m_day.id, m_to.addDays(1)));
    }

    void cleanup() { m_workspace.reset(); }

    void cliniciansGroupedByTeamThenName()
    {
        const RotaPeriod period = load();
        // Inactive Cleo works in the window and is shown; inactive Dan is not. No team comes last.
        QCOMPARE(names(period), (QStringList{u"Ada Obi"_s, u"Ben Carr"_s, u"Cleo Dunn"_s, u"Eve Fox"_s}));
        QCOMPARE(period.groups().size(), 3);
        QCOMPARE(period.groups().at(0).name, u"Medicine"_s);
        QCOMPARE(period.groups().at(1).name, u"Surgery"_s);
        QCOMPARE(period.groups().at(1).clinicians, (QList<int>{1, 2}));
        QVERIFY(!period.groups().at(2).teamId);
        QCOMPARE(period.dayCount(), 7);
    }

    void shiftsPerCellInsideTheWindowOnly()
    {
        const RotaPeriod period = load();
        const int ada = period.clinicianIndex(m_ada.id);
        QCOMPARE(period.shiftsOn(ada, 0).size(), 1);
        QCOMPARE(period.shifts().at(period.shiftsOn(ada, 0).first()).id, m_adaMonday.id);
        int total = 0;
        for (int c = -1; c < period.clinicians().size(); ++c) {
            for (int day = 0; day < period.dayCount(); ++day)
                total += int(period.shiftsOn(c, day).size());
        }
        QCOMPARE(total, int(period.shifts().size()));
        QCOMPARE(total, 6); // the two outside the window are not read
        QCOMPARE(period.shiftsOn(-1, 0).size(), 1); // the open shift
        QVERIFY(period.shift(m_adaMonday.id));
        QCOMPARE(period.dayIndex(m_to.addDays(1)), -1);
    }

    void coverCountsAssignedShiftsThatCount()
    {
        const RotaPeriod period = load();
        // Monday: Ada and Ben; not the open shift, not Eve's cancelled one.
        QCOMPARE(period.cover(m_day.id, 0), 2);
        // Tuesday: Eve's shift does not count towards the minimum.
        QCOMPARE(period.cover(m_day.id, 1), 0);
        QCOMPARE(period.cover(m_night.id, 2), 1);
        QCOMPARE(period.required(m_day, 0), 2);
        QCOMPARE(period.required(m_day, 5), 1); // Saturday
    }

    void coverIsTheDepartmentsWhateverTheFilter()
    {
        RotaFilter filter;
        filter.teamId = m_medicine.id;
        const RotaPeriod period = load(filter);
        QCOMPARE(names(period), QStringList{u"Ada Obi"_s});
        QCOMPARE(period.cover(m_day.id, 0), 2);
        // Open shifts belong to no team: a team view does not show them.
        QVERIFY(period.shiftsOn(-1, 0).isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("shiftCount");
        QTest::newRow("team") << 0 << QStringList{u"Ben Carr"_s, u"Cleo Dunn"_s} << 2;
        QTest::newRow("shift type") << 1 << QStringList{u"Ada Obi"_s, u"Ben Carr"_s, u"Cleo Dunn"_s, u"Eve Fox"_s} << 1;
        QTest::newRow("clinician") << 2 << QStringList{u"Ben Carr"_s} << 1;
        QTest::newRow("search") << 3 << QStringList{u"Ben Carr"_s, u"Cleo Dunn"_s} << 2;
    }

    void filters()
    {
        QFETCH(int, which);
        QFETCH(QStringList, expected);
        QFETCH(int, shiftCount);
        RotaFilter filter;
        switch (which) {
        case 0: filter.teamId = m_surgery.id; break;
        case 1: filter.shiftTypeId = m_night.id; break;
        case 2: filter.clinicianId = m_ben.id; break;
        case 3: filter.search = u"C"_s; break; // Ben Carr, Cleo Dunn
        }
        const RotaPeriod period = load(filter);
        QCOMPARE(names(period), expected);
        QCOMPARE(period.shifts().size(), shiftCount);
        if (which == 1) {
            QCOMPARE(period.shiftTypes().size(), 1);
            QCOMPARE(period.shiftTypes().first().id, m_night.id);
        }
    }

    void approvedLeaveWinsOverPending()
    {
        LeaveRequest pending;
        pending.clinician_id = m_ben.id;
        pending.type = LeaveRequest::Type::Study;
        pending.start_date = QDate(2026, 3, 3);
        pending.end_date = QDate(2026, 3, 5);
        stored(*m_workspace, pending);
        LeaveRequest approved = pending;
        approved.type = LeaveRequest::Type::Annual;
        approved.start_date = QDate(2026, 3, 4);
        approved.end_date = QDate(2026, 3, 20);
        approved.status = LeaveRequest::Status::Approved;
        approved.processed_at = u"2026-02-01T10:00:00Z"_s;
        approved.processed_by = u"coordinator"_s;
        stored(*m_workspace, approved);
        LeaveRequest denied = approved;
        denied.clinician_id = m_ada.id;
        denied.status = LeaveRequest::Status::Denied;
        denied.denial_reason = u"No cover"_s;
        stored(*m_workspace, denied);

        const RotaPeriod period = load();
        const int ben = period.clinicianIndex(m_ben.id);
        QVERIFY(!period.leaveOn(ben, 0));
        QCOMPARE(period.leaveOn(ben, 1)->type, LeaveRequest::Type::Study);
        QCOMPARE(period.leaveOn(ben, 2)->type, LeaveRequest::Type::Annual);
        QCOMPARE(period.leaveOn(ben, 6)->type, LeaveRequest::Type::Annual);
        QVERIFY(!period.leaveOn(period.clinicianIndex(m_ada.id), 3)); // denied leave is not leave
    }

    void cannotWorkDaysFromTheTermInEffect()
    {
        WorkingTerm term;
        term.clinician_id = m_ada.id;
        term.start_date = QDate(2026, 3, 4); // from Wednesday
        term.cannot_work_days = WeekdaySet::fromList({1, 4});
        stored(*m_workspace, term);
        const RotaPeriod period = load();
        const int ada = period.clinicianIndex(m_ada.id);
        QVERIFY(!period.cannotWork(ada, 0)); // Monday, before the term
        QVERIFY(period.cannotWork(ada, 3));  // Thursday
        QVERIFY(!period.cannotWork(ada, 2));
        QVERIFY(!period.cannotWork(period.clinicianIndex(m_ben.id), 3));
    }
};

QTEST_GUILESS_MAIN(TestRotaPeriod)
#include "tst_rotaperiod.moc"
