#include "../../core/storage/storagetestsupport.h"

#include "scheduling/swapservice.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/swaprequestrepository.h"
#include "swaps/swaptablemodel.h"
#include "swaps/swapview.h"
#include "workspacesession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The swaps view on a workspace whose clock says 23 November 2026: Ada asks for her shift on
// 20 November (past due) and on 7 December (open); Dee is on leave on 7 December, Ben is free.
class TestSwapView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkspaceSession *m_session = nullptr;
    QHash<QString, qint64> m_people;
    qint64 m_decemberShift = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = new WorkspaceSession(this);
        const QString path = m_dir.filePath(StorageTest::testFileName());
        {
            auto workspace = StorageTest::openWorkspace(path);
            QVERIFY(workspace);
        }
        QVERIFY(m_session->open(path).ok());
        Workspace &workspace = *m_session->workspace();
        workspace.setClock(StorageTest::fixedNow);
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(workspace).create(day).ok());
        m_people.clear();
        for (const QString &name : {u"Ada"_s, u"Ben"_s, u"Dee"_s}) {
            Clinician person = StorageTest::clinician(name);
            QVERIFY(ClinicianRepository(workspace).create(person).ok());
            m_people.insert(name, person.id);
        }
        LeaveRequest leave;
        leave.clinician_id = m_people[u"Dee"_s];
        leave.start_date = leave.end_date = QDate(2026, 12, 7);
        leave.status = LeaveRequest::Status::Approved;
        leave.processed_at = u"2026-11-20T09:00:00Z"_s;
        QVERIFY(LeaveRequestRepository(workspace).create(leave).ok());
        SwapService swaps(workspace);
        for (const QDate &date : {QDate(2026, 11, 20), QDate(2026, 12, 7)}) {
            Shift shift = StorageTest::shift(m_people[u"Ada"_s], day.id, date);
            QVERIFY(ShiftRepository(workspace).create(shift).ok());
            SwapRequest swap;
            swap.beneficiary_id = m_people[u"Ada"_s];
            swap.shift_id = shift.id;
            swap.description = u"Please"_s;
            QVERIFY(swaps.create(swap).ok());
            m_decemberShift = shift.id;
        }
    }

    void cleanup()
    {
        delete m_session;
        m_session = nullptr;
    }

    void listsWithStatusAndFilters()
    {
        SwapView view(m_session);
        SwapTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, SwapTableModel::Beneficiary).data().toString(), u"Ada"_s);
        QCOMPARE(model->index(0, SwapTableModel::Status).data().toString(), u"Past due"_s);
        QCOMPARE(model->index(1, SwapTableModel::Status).data().toString(), u"Open"_s);
        QVERIFY(model->index(0, SwapTableModel::Status).data(Qt::FontRole).value<QFont>().bold());
        view.setOpenOnly(true);
        QCOMPARE(model->rowCount(), 2);
    }

    // A refused take says why and changes nothing; a take moves the shift, and undo puts it back.
    void takeIsCheckedAndUndoable()
    {
        SwapView view(m_session);
        view.selectRow(1);
        const QString refused = view.takeSelected(m_people[u"Dee"_s]);
        QVERIFY2(refused.contains(u"Dee cannot take this swap"_s), qPrintable(refused));
        QCOMPARE(m_session->undoStack()->count(), 0);
        view.selectRow(1);
        QCOMPARE(view.takeSelected(m_people[u"Ben"_s]), QString());
        ShiftRepository shifts(*m_session->workspace());
        QCOMPARE(shifts.get(m_decemberShift)->clinician_id, std::optional<qint64>(m_people[u"Ben"_s]));
        QCOMPARE(view.model()->index(1, SwapTableModel::Status).data().toString(), u"Taken"_s);
        QCOMPARE(view.model()->index(1, SwapTableModel::Benefactor).data().toString(), u"Ben"_s);
        m_session->undoStack()->undo();
        QCOMPARE(shifts.get(m_decemberShift)->clinician_id, std::optional<qint64>(m_people[u"Ada"_s]));
        QCOMPARE(view.model()->index(1, SwapTableModel::Status).data().toString(), u"Open"_s);
    }

    void deleteOnlyWhileOpen()
    {
        SwapView view(m_session);
        view.selectRow(0);
        QCOMPARE(view.deleteSelected(), QString());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(SwapRequestRepository(*m_session->workspace()).count(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(view.model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestSwapView)
#include "tst_swapview.moc"
