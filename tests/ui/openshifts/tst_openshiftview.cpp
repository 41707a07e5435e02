#include "../../core/storage/storagetestsupport.h"

#include "openshifts/openshifttablemodel.h"
#include "openshifts/openshiftview.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "workspacesession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Three open shifts from Monday 7 December 2026: a 4-hour and an 8-hour day on the Shop rota of the
// Volunteers team, and a 12-hour night with no rota; Ada's own shift is not open. Dee is on leave
// on the 7th.
class TestOpenShiftView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkspaceSession *m_session = nullptr;
    qint64 m_ada = 0;
    qint64 m_dee = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = new WorkspaceSession(this);
        QVERIFY(m_session->open(m_dir.filePath(StorageTest::testFileName()), Workspace::OpenMode::CreateNew).ok());
        Workspace &workspace = *m_session->workspace();
        QVERIFY(workspace.setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(workspace).create(day).ok());
        Team volunteers;
        volunteers.name = u"Volunteers"_s;
        QVERIFY(TeamRepository(workspace).create(volunteers).ok());
        Rota shop;
        shop.name = u"Shop"_s;
        shop.team_id = volunteers.id;
        shop.start_date = QDate(2026, 11, 1);
        QVERIFY(RotaRepository(workspace).create(shop).ok());
        Clinician ada = StorageTest::clinician(u"Ada"_s);
        Clinician dee = StorageTest::clinician(u"Dee"_s);
        QVERIFY(ClinicianRepository(workspace).create(ada).ok());
        QVERIFY(ClinicianRepository(workspace).create(dee).ok());
        m_ada = ada.id;
        m_dee = dee.id;
        QList<Shift> shifts{StorageTest::shift({}, day.id, QDate(2026, 12, 7), QTime(8, 0), QTime(12, 0)),
                            StorageTest::shift({}, day.id, QDate(2026, 12, 8), QTime(8, 0), QTime(16, 0)),
                            StorageTest::shift({}, day.id, QDate(2026, 12, 9), QTime(20, 0), QTime(8, 0)),
                            StorageTest::shift(ada.id, day.id, QDate(2026, 12, 10))};
        shifts[0].rota_id = shop.id;
        shifts[1].rota_id = shop.id;
        shifts[0].claim_code = u"K7Q2M3X9PA"_s;
        for (Shift &shift : shifts)
            QVERIFY(ShiftRepository(workspace).create(shift).ok());
        LeaveRequest leave;
        leave.clinician_id = dee.id;
        leave.start_date = leave.end_date = QDate(2026, 12, 7);
        leave.status = LeaveRequest::Status::Approved;
        leave.processed_at = u"2026-11-20T09:00:00Z"_s;
        QVERIFY(LeaveRequestRepository(workspace).create(leave).ok());
    }

    void cleanup()
    {
        delete m_session;
        m_session = nullptr;
    }

    void listsOpenShiftsAndFiltersThem()
    {
        OpenShiftView view(m_session);
        view.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 31));
        OpenShiftTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, OpenShiftTableModel::Times).data().toString(), u"08:00\u201312:00"_s);
        QCOMPARE(model->index(0, OpenShiftTableModel::Length).data().toString(), u"4 h"_s);
        QCOMPARE(model->index(0, OpenShiftTableModel::Department).data().toString(), u"Volunteers"_s);
        QCOMPARE(model->index(0, OpenShiftTableModel::Code).data().toString(), u"K7Q2M3X9PA"_s);
        QCOMPARE(view.addCondition(u"shift_length"_s, u"gte"_s, u"8"_s), QString());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(view.addCondition(u"department"_s, QString(), u"Volunteers"_s), QString());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(view.conditions(), (QStringList{u"shift_length__gte=8"_s, u"department=Volunteers"_s}));
        const QString refused = view.addCondition(u"shift_length"_s, u"between"_s, u"8"_s);
        QVERIFY(refused.contains(u"two values"_s));
        QCOMPARE(view.conditions().size(), 2);
        view.clearConditions();
        QCOMPARE(model->rowCount(), 3);
    }

    void assignIsCheckedAndUndoable()
    {
        OpenShiftView view(m_session);
        view.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 31));
        view.selectRow(0);
        QVERIFY(view.assignSelected(m_dee).contains(u"Dee cannot claim this shift"_s));
        QCOMPARE(view.model()->rowCount(), 3);
        view.selectRow(0);
        QCOMPARE(view.assignSelected(m_ada), QString());
        QCOMPARE(view.model()->rowCount(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(view.model()->rowCount(), 3);
    }

    void aNewClaimCode()
    {
        OpenShiftView view(m_session);
        view.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 31));
        view.selectRow(0);
        QCOMPARE(view.renewSelectedCode(), QString());
        const QString code = view.model()->index(0, OpenShiftTableModel::Code).data().toString();
        QCOMPARE(code.size(), 10);
        QVERIFY(code != u"K7Q2M3X9PA"_s);
        m_session->undoStack()->undo();
        QCOMPARE(view.model()->index(0, OpenShiftTableModel::Code).data().toString(), u"K7Q2M3X9PA"_s);
    }
};

QTEST_MAIN(TestOpenShiftView)
#include "tst_openshiftview.moc"
