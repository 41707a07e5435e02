#include "../storage/storagetestsupport.h"

#include "model/leaverequest.h"
#include "model/workingterm.h"
#include "scheduling/clinicianstats.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workingtermrepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

const QDate asOf(2026, 11, 23); // a Monday; the leave year runs from 1 January (the default)

void store(const StorageError &error)
{
    if (!error.ok())
        qFatal("test data not stored: %s", qPrintable(error.message));
}

// A small department written through the repositories.
class Department
{
public:
    explicit Department(Workspace &workspace)
        : m_workspace(workspace)
    {
        ShiftType type = dayShiftType();
        store(ShiftTypeRepository(workspace).create(type));
        m_typeId = type.id;
    }

    qint64 addClinician(const QString &name, bool active = true)
    {
        Clinician record = clinician(name);
        record.active = active;
        store(ClinicianRepository(m_workspace).create(record));
        return record.id;
    }

    void addTerm(qint64 clinicianId, double percentage, bool duty, std::optional<double> entitlement = {})
    {
        WorkingTerm term;
        term.clinician_id = clinicianId;
        term.start_date = QDate(2026, 1, 1);
        term.percentage = percentage;
        term.participates_in_duty = duty;
        term.annual_leave_entitlement = entitlement;
        store(WorkingTermRepository(m_workspace).create(term));
    }

    void addShift(std::optional<qint64> clinicianId, QDate date, Shift::Status status = Shift::Status::Scheduled,
                  bool countsAsWorked = true)
    {
        Shift record = shift(clinicianId, m_typeId, date);
        record.status = status;
        record.counts_as_worked = countsAsWorked;
        store(ShiftRepository(m_workspace).create(record));
    }

private:
    Workspace &m_workspace;
    qint64 m_typeId = 0;
};

} // namespace

class TestClinicianStats : public QObject
{
    Q_OBJECT

private slots:
    void countsDeficiencyAndLeaveBalance();
    void deficiencyIsNeverNegative();
    void jsonHasTheServersShape();
    void unknownClinicianGivesEmptyStats();
};

void TestClinicianStats::countsDeficiencyAndLeaveBalance()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Department department(*workspace);
    const qint64 anna = department.addClinician(u"Anna Kowalski"_s);
    const qint64 ben = department.addClinician(u"Ben Carr"_s);
    const qint64 chen = department.addClinician(u"Chen Li"_s);
    const qint64 dara = department.addClinician(u"Dara Quinn"_s, false);
    department.addTerm(anna, 100.0, true, 6.0);
    department.addTerm(ben, 50.0, true, 6.0);
    department.addTerm(chen, 100.0, false);
    department.addTerm(dara, 100.0, true);

    // Anna: 3 completed, 1 scheduled in the past (worked), 1 cancelled (nowhere), 2 scheduled
    // from today on, and 1 completed last leave year.
    department.addShift(anna, QDate(2026, 11, 9), Shift::Status::Completed);
    department.addShift(anna, QDate(2026, 11, 10), Shift::Status::Completed);
    department.addShift(anna, QDate(2026, 11, 11), Shift::Status::Completed);
    department.addShift(anna, QDate(2026, 11, 12), Shift::Status::Cancelled);
    department.addShift(anna, QDate(2026, 11, 16));
    department.addShift(anna, asOf);
    department.addShift(anna, QDate(2026, 11, 30));
    department.addShift(anna, QDate(2025, 6, 2), Shift::Status::Completed);
    // Ben: one duty shift and one that is not duty (counts_as_worked off).
    department.addShift(ben, QDate(2026, 11, 17));
    department.addShift(ben, QDate(2026, 11, 18), Shift::Status::Scheduled, false);
    // Chen works duty shifts without being in the duty pool; an open shift is nobody's.
    department.addShift(chen, QDate(2026, 11, 18));
    department.addShift(chen, QDate(2026, 11, 19));
    department.addShift(std::nullopt, QDate(2026, 11, 20));

    // One approved week of annual leave, Monday to Friday, for Anna.
    LeaveRequest leave;
    leave.clinician_id = anna;
    leave.start_date = QDate(2026, 12, 7);
    leave.end_date = QDate(2026, 12, 11);
    leave.status = LeaveRequest::Status::Approved;
    leave.processed_at = u"2026-10-02T09:00:00Z"_s;
    store(LeaveRequestRepository(*workspace).create(leave));

    const ClinicianStatsCalculator calculator(*workspace);
    // Department duty this leave year before 23 Nov: Anna 4 + Ben 1 + Chen 2 = 7 shifts.
    // Pool of FTE shares: Anna 1.0 + Ben 0.5 = 1.5 (Chen is not on duty, Dara is inactive).
    const ClinicianStats annaStats = calculator.forClinician(anna, asOf);
    QCOMPARE(annaStats.clinician_name, u"Anna Kowalski"_s);
    QCOMPARE(annaStats.completed_shifts, 5);
    QCOMPARE(annaStats.scheduled_shifts, 2);
    QCOMPARE(annaStats.total_shifts, 7);
    // 7 / 1.5 × 1.0 = 4.667 expected, 4 worked.
    QCOMPARE(annaStats.current_deficiency, 0.67);
    // 6 weeks' entitlement, 1 week approved.
    QCOMPARE(annaStats.leave_balance_remaining, 5.0);
    QCOMPARE(annaStats.as_of_date, asOf);

    const ClinicianStats benStats = calculator.forClinician(ben, asOf);
    QCOMPARE(benStats.completed_shifts, 2);
    QCOMPARE(benStats.scheduled_shifts, 0);
    QCOMPARE(benStats.total_shifts, 2);
    // 7 / 1.5 × 0.5 = 2.333 expected, 1 worked.
    QCOMPARE(benStats.current_deficiency, 1.33);
    // Half of 6 weeks at 50 % FTE.
    QCOMPARE(benStats.leave_balance_remaining, 3.0);

    QCOMPARE(calculator.forClinician(chen, asOf).current_deficiency, 0.0);
    QCOMPARE(calculator.forClinician(dara, asOf).current_deficiency, 0.0);
}

void TestClinicianStats::deficiencyIsNeverNegative()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Department department(*workspace);
    const qint64 busy = department.addClinician(u"Busy Bee"_s);
    const qint64 idle = department.addClinician(u"Idle Ian"_s);
    department.addTerm(busy, 100.0, true);
    department.addTerm(idle, 100.0, true);
    for (int day = 2; day <= 4; ++day)
        department.addShift(busy, QDate(2026, 11, day));
    department.addShift(idle, QDate(2026, 11, 5));

    // 4 shifts over a pool of 2.0: each is expected to have done 2.
    const ClinicianStatsCalculator calculator(*workspace);
    QCOMPARE(calculator.forClinician(busy, asOf).current_deficiency, 0.0);
    QCOMPARE(calculator.forClinician(idle, asOf).current_deficiency, 1.0);
}

void TestClinicianStats::jsonHasTheServersShape()
{
    ClinicianStats stats;
    stats.clinician_id = 1;
    stats.clinician_name = u"Dr. Smith"_s;
    stats.current_deficiency = 0.5;
    stats.completed_shifts = 12;
    stats.scheduled_shifts = 8;
    stats.total_shifts = 20;
    stats.leave_balance_remaining = 6.0;
    stats.as_of_date = QDate(2024, 6, 1);
    const QJsonObject expected{
        {u"clinician_id"_s, 1},
        {u"clinician_name"_s, u"Dr. Smith"_s},
        {u"current_deficiency"_s, 0.5},
        {u"completed_shifts"_s, 12},
        {u"scheduled_shifts"_s, 8},
        {u"total_shifts"_s, 20},
        {u"leave_balance_remaining"_s, 6.0},
        {u"as_of_date"_s, u"2024-06-01"_s},
    };
    QCOMPARE(stats.toJson(), expected);
}

void TestClinicianStats::unknownClinicianGivesEmptyStats()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    const ClinicianStats stats = ClinicianStatsCalculator(*workspace).forClinician(42, asOf);
    QCOMPARE(stats.clinician_id, 42);
    QVERIFY(stats.clinician_name.isEmpty());
    QCOMPARE(stats.total_shifts, 0);
    QCOMPARE(stats.as_of_date, asOf);
}

QTEST_GUILESS_MAIN(TestClinicianStats)
#include "tst_clinicianstats.moc"
