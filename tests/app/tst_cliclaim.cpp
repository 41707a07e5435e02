#include "app/clitestsupport.h"
#include "core/storage/storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// "rotadesk-cli claim": an open shift on 7 December 2026 with the code K7Q2M3X9PA; Dee is on leave
// that day, Ada is free.
class TestCliClaim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rota;
    qint64 m_shift = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rota = m_dir.filePath(u"claim.rota"_s);
        auto workspace = StorageTest::openWorkspace(m_rota);
        QVERIFY(workspace);
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(*workspace).create(day).ok());
        for (const QString &name : {u"Ada Lovelace"_s, u"Dee"_s}) {
            Clinician person = StorageTest::clinician(name);
            QVERIFY(ClinicianRepository(*workspace).create(person).ok());
            if (name == u"Dee"_s) {
                LeaveRequest leave;
                leave.clinician_id = person.id;
                leave.start_date = leave.end_date = QDate(2026, 12, 7);
                leave.status = LeaveRequest::Status::Approved;
                leave.processed_at = u"2026-11-20T09:00:00Z"_s;
                QVERIFY(LeaveRequestRepository(*workspace).create(leave).ok());
            }
        }
        Shift open = StorageTest::shift({}, day.id, QDate(2026, 12, 7));
        open.claim_code = u"K7Q2M3X9PA"_s;
        QVERIFY(ShiftRepository(*workspace).create(open).ok());
        m_shift = open.id;
    }

    void refusedThenClaimed()
    {
        const Result refused = run({u"claim"_s, m_rota, u"K7Q2M3X9PA"_s, u"--clinician"_s, u"Dee"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Dee cannot claim this shift"_s), qPrintable(refused.err));
        const Result claimed = run({u"claim"_s, m_rota, u"k7q2-m3x9-pa"_s, u"--clinician"_s, u"Ada Lovelace"_s});
        QVERIFY2(claimed.exitCode == 0, qPrintable(claimed.err));
        QVERIFY(claimed.out.contains(u"Ada Lovelace has claimed the shift on 2026-12-07"_s));
        auto workspace = StorageTest::openWorkspace(m_rota, Workspace::OpenMode::OpenExisting);
        QVERIFY(!ShiftRepository(*workspace).get(m_shift)->isOpen());
        const Result again = run({u"claim"_s, m_rota, u"K7Q2M3X9PA"_s, u"--clinician"_s, u"Dee"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already been claimed by Ada Lovelace"_s));
    }

    void errors()
    {
        QCOMPARE(run({u"claim"_s, m_rota, u"K7Q2M3X9PA"_s}).exitCode, 2);
        QCOMPARE(run({u"claim"_s, m_rota, u"--clinician"_s, u"Dee"_s}).exitCode, 2);
        const Result unknown = run({u"claim"_s, m_rota, u"NOPE"_s, u"--clinician"_s, u"Dee"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"NOPE"_s));
        QCOMPARE(run({u"claim"_s, m_rota, u"K7Q2M3X9PA"_s, u"--clinician"_s, u"Zed"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliClaim)
#include "tst_cliclaim.moc"
