#include "leave/leaverequestlistmodel.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

using Type = LeaveRequest::Type;
using Status = LeaveRequest::Status;
using Filter = LeaveRequestListModel::Filter;

class TestLeaveRequestListModel : public QObject
{
    Q_OBJECT

private:
    qint64 add(qint64 clinicianId, Type type, QDate from, QDate to, Status status, const QString &requestedAt,
               const QString &denial = {}, const QString &override = {}, int shifts = 0)
    {
        LeaveRequest request;
        request.clinician_id = clinicianId;
        request.type = type;
        request.start_date = from;
        request.end_date = to;
        request.status = status;
        request.requested_at = requestedAt;
        request.denial_reason = denial;
        request.override_reason = override;
        request.affected_shift_count = shifts;
        if (status != Status::Pending)
            request.processed_at = u"2026-11-20T09:00:00Z"_s;
        check(LeaveRequestRepository(*m_session->workspace()).create(request));
        return request.id;
    }

    QList<qint64> ids() const
    {
        QList<qint64> result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result << m_model->index(row, 0).data(LeaveRequestListModel::RequestIdRole).toLongLong();
        return result;
    }

    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        useSettingsIn(m_dir->path());
        m_session = new WorkspaceSession;
        openEmpty(*m_session, m_dir->filePath(u"requests.rota"_s));
        Workspace &ws = *m_session->workspace();
        const Clinician alice = addClinician(ws, u"Alice Smith"_s);
        const Clinician bob = addClinician(ws, u"Bob Jones"_s);
        m_alice = alice.id;
        m_bob = bob.id;
        // Requested in this order: oldest (1) to newest (4).
        m_aliceAnnual = add(m_alice, Type::Annual, QDate(2026, 12, 7), QDate(2026, 12, 11), Status::Pending,
                            u"2026-10-01T09:00:00Z"_s, {}, u"Booked a year ago"_s, 2);
        m_bobStudy = add(m_bob, Type::Study, QDate(2027, 1, 4), QDate(2027, 1, 4), Status::Approved, u"2026-11-02T14:15:00Z"_s);
        m_bobAnnual = add(m_bob, Type::Annual, QDate(2026, 12, 24), QDate(2026, 12, 31), Status::Denied,
                          u"2026-11-10T08:00:00Z"_s, u"Christmas cover"_s);
        m_aliceSick = add(m_alice, Type::Sick, QDate(2026, 11, 23), QDate(2026, 11, 24), Status::Approved, u"2026-11-23T07:30:00Z"_s);
        m_model = new LeaveRequestListModel(m_session);
        m_model->reload();
    }

    void cleanup()
    {
        delete m_model;
        delete m_session;
        delete m_dir;
    }

    void newestFirstWithEveryColumn()
    {
        QCOMPARE(ids(), (QList<qint64>{m_aliceSick, m_bobAnnual, m_bobStudy, m_aliceAnnual}));
        QCOMPARE(m_model->columnCount(), 9);
        QCOMPARE(m_model->headerData(LeaveRequestListModel::AffectedShiftsColumn, Qt::Horizontal).toString(), u"Shifts"_s);

        // Row 3: 1 October 09:00 UTC is 10:00 in London (summer time).
        QCOMPARE(cell(3, LeaveRequestListModel::RequestedAtColumn), u"1 Oct 2026 10:00"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::ClinicianColumn), u"Alice Smith"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::TypeColumn), u"Annual leave"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::FromColumn), u"7 Dec 2026"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::ToColumn), u"11 Dec 2026"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::DaysColumn), u"5"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::StatusColumn), u"Pending"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::AffectedShiftsColumn), u"2"_s);
        QCOMPARE(cell(3, LeaveRequestListModel::ReasonColumn), u"Override: Booked a year ago"_s);

        // Row 0: 23 November 07:30 UTC is 07:30 in London (winter time).
        QCOMPARE(cell(0, LeaveRequestListModel::RequestedAtColumn), u"23 Nov 2026 07:30"_s);
        QCOMPARE(cell(1, LeaveRequestListModel::DaysColumn), u"8"_s);
        QCOMPARE(cell(1, LeaveRequestListModel::StatusColumn), u"Denied"_s);
        QCOMPARE(cell(1, LeaveRequestListModel::ReasonColumn), u"Christmas cover"_s);
        QCOMPARE(cell(2, LeaveRequestListModel::TypeColumn), u"Study leave"_s);
        QCOMPARE(cell(2, LeaveRequestListModel::ReasonColumn), QString());
        QCOMPARE(m_model->request(1).id, m_bobAnnual);
        QCOMPARE(m_model->rowOf(m_bobStudy), 2);
        QCOMPARE(m_model->rowOf(9999), -1);
    }

    void filters()
    {
        Filter filter;
        filter.clinicianId = m_bob;
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_bobAnnual, m_bobStudy}));

        filter = {};
        filter.type = Type::Annual;
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_bobAnnual, m_aliceAnnual}));

        filter = {};
        filter.status = Status::Approved;
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_aliceSick, m_bobStudy}));

        filter = {};
        filter.status = Status::Pending;
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_aliceAnnual}));

        // A period keeps the requests that overlap it.
        filter = {};
        filter.from = QDate(2026, 12, 11);
        filter.to = QDate(2026, 12, 24);
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_bobAnnual, m_aliceAnnual}));

        // Open on one side.
        filter = {};
        filter.from = QDate(2026, 12, 25);
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_bobAnnual, m_bobStudy}));
        filter = {};
        filter.to = QDate(2026, 11, 30);
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_aliceSick}));

        // Everything together.
        filter = {};
        filter.clinicianId = m_alice;
        filter.type = Type::Annual;
        filter.status = Status::Pending;
        filter.from = QDate(2026, 12, 1);
        filter.to = QDate(2026, 12, 31);
        m_model->setFilter(filter);
        QCOMPARE(ids(), (QList<qint64>{m_aliceAnnual}));
        filter.clinicianId = m_bob;
        m_model->setFilter(filter);
        QCOMPARE(ids(), QList<qint64>());
    }

    void reloadSeesNewRequests()
    {
        const qint64 newest = add(m_bob, Type::RequestedOff, QDate(2026, 12, 2), QDate(2026, 12, 2), Status::Pending,
                                  u"2026-11-23T07:45:00Z"_s);
        QCOMPARE(m_model->rowCount(), 4);
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(ids().constFirst(), newest);
        QCOMPARE(cell(0, LeaveRequestListModel::TypeColumn), u"Requested off"_s);
    }

private:
    QTemporaryDir *m_dir = nullptr;
    WorkspaceSession *m_session = nullptr;
    LeaveRequestListModel *m_model = nullptr;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
    qint64 m_aliceAnnual = 0;
    qint64 m_bobStudy = 0;
    qint64 m_bobAnnual = 0;
    qint64 m_aliceSick = 0;
};

QTEST_MAIN(TestLeaveRequestListModel)
#include "tst_leaverequestlistmodel.moc"
