#include "../storage/storagetestsupport.h"

#include "scheduling/shiftclaim.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

// An open 08:00-16:00 shift on Monday 7 December 2026 with the code K7Q2M3X9PA; Ada is free, Dee on
// leave that day.
class TestShiftClaim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Shift m_open;
    qint64 m_ada = 0;
    qint64 m_dee = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = freshWorkspace(m_dir);
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        Clinician ada = clinician(u"Ada"_s);
        Clinician dee = clinician(u"Dee"_s);
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        QVERIFY(ClinicianRepository(*m_workspace).create(dee).ok());
        m_ada = ada.id;
        m_dee = dee.id;
        m_open = shift({}, day.id, QDate(2026, 12, 7));
        m_open.claim_code = u"K7Q2M3X9PA"_s;
        QVERIFY(ShiftRepository(*m_workspace).create(m_open).ok());
        LeaveRequest leave;
        leave.clinician_id = dee.id;
        leave.start_date = leave.end_date = QDate(2026, 12, 7);
        leave.status = LeaveRequest::Status::Approved;
        leave.processed_at = u"2026-11-20T09:00:00Z"_s;
        QVERIFY(LeaveRequestRepository(*m_workspace).create(leave).ok());
    }

    void cleanup() { m_workspace.reset(); }

    void aQuotedCodeAssignsTheShift()
    {
        ShiftClaim claims(*m_workspace);
        const qint64 journal = Journal(*m_workspace).count();
        ShiftChange change;
        const StorageError error = claims.claim(u"k7q2-m3x9-pa"_s, m_ada, &change);
        QVERIFY2(error.ok(), qPrintable(error.message));
        const Shift claimed = *ShiftRepository(*m_workspace).get(m_open.id);
        QCOMPARE(claimed.clinician_id, std::optional<qint64>(m_ada));
        QCOMPARE(claimed.claim_code, u"K7Q2M3X9PA"_s);
        QCOMPARE(Journal(*m_workspace).count(), journal + 1);
        QVERIFY(change.before && change.after);
        // The next volunteer learns who has it.
        const StorageError second = claims.claim(u"K7Q2M3X9PA"_s, m_dee);
        QVERIFY(second.message.contains(u"already been claimed by Ada"_s));
    }

    void refusalsChangeNothing()
    {
        ShiftClaim claims(*m_workspace);
        const StorageError onLeave = claims.claim(u"K7Q2M3X9PA"_s, m_dee);
        QCOMPARE(onLeave.kind, StorageError::Kind::Validation);
        QVERIFY2(onLeave.message.contains(u"Dee cannot claim this shift"_s), qPrintable(onLeave.message));
        const StorageError unknown = claims.claim(u"ZZZZZZZZZZ"_s, m_ada);
        QVERIFY(unknown.message.contains(u"ZZZZZZZZZZ"_s));
        QVERIFY(ShiftRepository(*m_workspace).get(m_open.id)->isOpen());
    }

    void aNewCodeReplacesTheOld()
    {
        ShiftClaim claims(*m_workspace);
        QString code;
        QVERIFY(claims.renewCode(m_open.id, &code).ok());
        QCOMPARE(code.size(), 10);
        QCOMPARE(ShiftRepository(*m_workspace).get(m_open.id)->claim_code, code);
        QVERIFY(!claims.find(u"K7Q2M3X9PA"_s));
        QCOMPARE(claims.find(code.toLower())->id, m_open.id);
    }
};

QTEST_GUILESS_MAIN(TestShiftClaim)
#include "tst_shiftclaim.moc"
