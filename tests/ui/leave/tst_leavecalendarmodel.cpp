#include "leave/leavecalendarmodel.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

using Type = LeaveRequest::Type;
using Status = LeaveRequest::Status;

// December 2026 for Alice of Medicine (five active members, so at most one off). 1 December is
// a Tuesday: the grid runs from Monday 30 November to Sunday 3 January, five weeks. Christmas
// Day is Friday 25 December; Boxing Day falls on Saturday 26 December and is kept on Monday 28.
class TestLeaveCalendarModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        useSettingsIn(m_dir->path());
        m_session = new WorkspaceSession;
        openEmpty(*m_session, m_dir->filePath(u"leave.rota"_s));
        Workspace &ws = *m_session->workspace();
        const Team medicine = addTeam(ws, u"Medicine"_s);
        m_alice = addClinician(ws, u"Alice Smith"_s, medicine.id);
        m_bob = addClinician(ws, u"Bob Jones"_s, medicine.id);
        addClinician(ws, u"Carol White"_s, medicine.id);
        addClinician(ws, u"Dan Brown"_s, medicine.id);
        addClinician(ws, u"Eve Green"_s, medicine.id);
        addClinician(ws, u"Former Member"_s, medicine.id, {}, false);
        addWorkingTerm(ws, m_alice.id, QDate(2020, 1, 1), 100, 5.6, {3}); // never on Wednesdays
        const ShiftType day = addType(ws, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(16, 0), 480);
        const ShiftType night = addType(ws, u"N"_s, u"Night"_s, u"#CC79A7"_s, QTime(20, 0), QTime(8, 0), 720);
        addShift(ws, m_alice.id, night, QDate(2026, 12, 8));
        addShift(ws, m_alice.id, day, QDate(2026, 12, 8));
        addShift(ws, m_bob.id, day, QDate(2026, 12, 7));
        addLeave(ws, m_alice.id, QDate(2026, 12, 14), QDate(2026, 12, 15), Status::Approved);
        addLeave(ws, m_alice.id, QDate(2026, 12, 16), QDate(2026, 12, 16), Status::Pending, Type::Study);
        LeaveRequest denied;
        denied.clinician_id = m_alice.id;
        denied.start_date = denied.end_date = QDate(2026, 12, 17);
        denied.status = Status::Denied;
        denied.denial_reason = u"Short staffed"_s;
        check(LeaveRequestRepository(ws).create(denied));
        addLeave(ws, m_bob.id, QDate(2026, 12, 10), QDate(2026, 12, 10), Status::Approved, Type::Sick);

        m_model = new LeaveCalendarModel(m_session);
        m_model->setMonth(QDate(2026, 12, 19));
        m_model->setClinician(m_alice.id);
    }

    void cleanup()
    {
        delete m_model;
        delete m_session;
        delete m_dir;
    }

    void gridOfTheMonthMondayFirst()
    {
        QCOMPARE(m_model->month(), QDate(2026, 12, 1));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), 7);
        QCOMPARE(m_model->firstShown(), QDate(2026, 11, 30));
        QCOMPARE(m_model->lastShown(), QDate(2027, 1, 3));
        QCOMPARE(m_model->dateAt(m_model->index(0, 1)), QDate(2026, 12, 1));
        QCOMPARE(m_model->indexOf(QDate(2026, 12, 25)), m_model->index(3, 4));
        QVERIFY(!m_model->indexOf(QDate(2027, 1, 4)).isValid());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Mon"_s);
        QCOMPARE(m_model->headerData(6, Qt::Horizontal).toString(), u"Sun"_s);
        QCOMPARE(m_model->index(0, 0).data(LeaveCalendarModel::InMonthRole).toBool(), false);
        QCOMPARE(m_model->index(0, 1).data(LeaveCalendarModel::InMonthRole).toBool(), true);
        QCOMPARE(m_model->teamName(), u"Medicine"_s);
    }

    void clinicianStatePerDay()
    {
        const QModelIndex tuesday = m_model->indexOf(QDate(2026, 12, 8));
        QCOMPARE(tuesday.data(LeaveCalendarModel::ShiftCodesRole).toStringList(), (QStringList{u"D"_s, u"N"_s})); // start order
        QCOMPARE(tuesday.data(LeaveCalendarModel::StateTextRole).toString(), u"D, N"_s);
        QCOMPARE(tuesday.data(LeaveCalendarModel::WorkingDayRole).toBool(), true);
        QVERIFY(!tuesday.data(LeaveCalendarModel::LeaveTypeRole).isValid());

        const QModelIndex wednesday = m_model->indexOf(QDate(2026, 12, 9));
        QCOMPARE(wednesday.data(LeaveCalendarModel::CannotWorkRole).toBool(), true);
        QCOMPARE(wednesday.data(LeaveCalendarModel::WorkingDayRole).toBool(), false);
        QCOMPARE(wednesday.data(LeaveCalendarModel::StateTextRole).toString(), u"Cannot work"_s);

        const QModelIndex approved = m_model->indexOf(QDate(2026, 12, 15));
        QCOMPARE(approved.data(LeaveCalendarModel::LeaveTypeRole).toInt(), int(Type::Annual));
        QCOMPARE(approved.data(LeaveCalendarModel::LeavePendingRole).toBool(), false);
        QCOMPARE(approved.data(LeaveCalendarModel::StateTextRole).toString(), u"AL"_s);
        QVERIFY(approved.data(Qt::ToolTipRole).toString().contains(u"Annual leave, approved"_s));

        const QModelIndex pending = m_model->indexOf(QDate(2026, 12, 16));
        QCOMPARE(pending.data(LeaveCalendarModel::LeaveTypeRole).toInt(), int(Type::Study));
        QCOMPARE(pending.data(LeaveCalendarModel::LeavePendingRole).toBool(), true);
        QCOMPARE(pending.data(LeaveCalendarModel::StateTextRole).toString(), u"SL pending"_s);

        // Denied leave is no leave.
        const QModelIndex denied = m_model->indexOf(QDate(2026, 12, 17));
        QVERIFY(!denied.data(LeaveCalendarModel::LeaveTypeRole).isValid());
        QCOMPARE(denied.data(LeaveCalendarModel::StateTextRole).toString(), QString());
    }

    void holidaysAndWeekends()
    {
        const QModelIndex christmas = m_model->indexOf(QDate(2026, 12, 25));
        QCOMPARE(christmas.data(LeaveCalendarModel::HolidayRole).toString(), u"Christmas Day"_s);
        QCOMPARE(christmas.data(LeaveCalendarModel::WorkingDayRole).toBool(), false); // a Friday, but a holiday
        QCOMPARE(christmas.data(LeaveCalendarModel::WeekendRole).toBool(), false);
        const QModelIndex saturday = m_model->indexOf(QDate(2026, 12, 26));
        QCOMPARE(saturday.data(LeaveCalendarModel::WeekendRole).toBool(), true);
        QCOMPARE(saturday.data(LeaveCalendarModel::WorkingDayRole).toBool(), false);
        QVERIFY(m_model->indexOf(QDate(2026, 12, 28)).data(LeaveCalendarModel::HolidayRole).toString().startsWith(u"Boxing Day"_s));
        QVERIFY(christmas.data(Qt::AccessibleTextRole).toString().contains(u"Bank holiday: Christmas Day"_s));
    }

    void teamCapacity()
    {
        // Five active members (the inactive one does not count): at most 5 / 5 = 1 off.
        const QModelIndex bobOff = m_model->indexOf(QDate(2026, 12, 10));
        QCOMPARE(bobOff.data(LeaveCalendarModel::OffRole).toInt(), 1);
        QCOMPARE(bobOff.data(LeaveCalendarModel::MaximumRole).toInt(), 1);
        QCOMPARE(bobOff.data(LeaveCalendarModel::FullRole).toBool(), true);
        QCOMPARE(bobOff.data(LeaveCalendarModel::CapacityTextRole).toString(), u"1/1 off"_s);
        QCOMPARE(bobOff.data(Qt::DisplayRole).toString(), u"10\n1/1 off full"_s);
        QVERIFY(bobOff.data(Qt::ToolTipRole).toString().contains(u"Medicine: 1 of at most 1 off (Bob Jones) – full"_s));

        // Alice's own pending leave takes a place too.
        QCOMPARE(m_model->indexOf(QDate(2026, 12, 16)).data(LeaveCalendarModel::OffRole).toInt(), 1);
        const QModelIndex free = m_model->indexOf(QDate(2026, 12, 11));
        QCOMPARE(free.data(LeaveCalendarModel::OffRole).toInt(), 0);
        QCOMPARE(free.data(LeaveCalendarModel::FullRole).toBool(), false);
        QCOMPARE(free.data(Qt::DisplayRole).toString(), u"11\n0/1 off"_s);
    }

    void reloadAndOtherClinician()
    {
        addLeave(*m_session->workspace(), m_alice.id, QDate(2026, 12, 11), QDate(2026, 12, 11), Status::Pending);
        QVERIFY(!m_model->indexOf(QDate(2026, 12, 11)).data(LeaveCalendarModel::LeaveTypeRole).isValid());
        m_model->reload();
        QCOMPARE(m_model->indexOf(QDate(2026, 12, 11)).data(LeaveCalendarModel::LeaveTypeRole).toInt(), int(Type::Annual));

        m_model->setClinician(m_bob.id);
        QCOMPARE(m_model->indexOf(QDate(2026, 12, 7)).data(LeaveCalendarModel::StateTextRole).toString(), u"D"_s);
        QCOMPARE(m_model->indexOf(QDate(2026, 12, 10)).data(LeaveCalendarModel::StateTextRole).toString(), u"SK"_s);
        // Bob has no working terms: Monday to Friday.
        QCOMPARE(m_model->indexOf(QDate(2026, 12, 9)).data(LeaveCalendarModel::WorkingDayRole).toBool(), true);

        m_model->setClinician(0);
        const QModelIndex nobody = m_model->indexOf(QDate(2026, 12, 10));
        QCOMPARE(nobody.data(LeaveCalendarModel::CapacityTextRole).toString(), QString());
        QCOMPARE(nobody.data(LeaveCalendarModel::FullRole).toBool(), false);
        QCOMPARE(nobody.data(Qt::DisplayRole).toString(), u"10"_s);
    }

private:
    QTemporaryDir *m_dir = nullptr;
    WorkspaceSession *m_session = nullptr;
    LeaveCalendarModel *m_model = nullptr;
    Clinician m_alice;
    Clinician m_bob;
};

QTEST_MAIN(TestLeaveCalendarModel)
#include "tst_leavecalendarmodel.moc"
