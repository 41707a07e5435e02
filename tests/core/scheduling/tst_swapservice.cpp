#include "../storage/storagetestsupport.h"

#include "scheduling/swapservice.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/swaprequestrepository.h"
#include "storage/workingtermrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

const QDate Monday(2026, 12, 7);

qint64 utc(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone("Europe/London")).toSecsSinceEpoch();
}

} // namespace

// Ada asks for her day shifts (08:00-16:00) on Monday 7 and Tuesday 8 December 2026 to be taken.
// Ben is free; Cai finishes a late at 22:00 on Sunday (10 hours' rest before Monday 08:00); Dee
// is on approved leave on Monday; Eve cannot work Mondays; Fay already works Monday 09:00-17:00.
class TestSwapService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, qint64> m_people;
    qint64 m_day = 0;
    Shift m_monday;
    Shift m_tuesday;

    SwapRequest forShift(const Shift &shift, const QString &description = {})
    {
        SwapRequest swap;
        swap.beneficiary_id = m_people[u"Ada"_s];
        swap.shift_id = shift.id;
        swap.description = description;
        return swap;
    }

    Shift stored(qint64 id) { return *ShiftRepository(*m_workspace).get(id); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        m_people.clear();
        ShiftType day = dayShiftType();
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        m_day = day.id;
        for (const QString &name : {u"Ada"_s, u"Ben"_s, u"Cai"_s, u"Dee"_s, u"Eve"_s, u"Fay"_s}) {
            Clinician person = clinician(name);
            QVERIFY(ClinicianRepository(*m_workspace).create(person).ok());
            m_people.insert(name, person.id);
        }
        ShiftRepository shifts(*m_workspace);
        m_monday = shift(m_people[u"Ada"_s], m_day, Monday);
        m_tuesday = shift(m_people[u"Ada"_s], m_day, Monday.addDays(1));
        Shift late = shift(m_people[u"Cai"_s], m_day, Monday.addDays(-1), QTime(14, 0), QTime(22, 0));
        Shift fays = shift(m_people[u"Fay"_s], m_day, Monday, QTime(9, 0), QTime(17, 0));
        for (Shift *s : {&m_monday, &m_tuesday, &late, &fays})
            QVERIFY(shifts.create(*s).ok());
        LeaveRequest leave;
        leave.clinician_id = m_people[u"Dee"_s];
        leave.start_date = Monday;
        leave.end_date = Monday;
        leave.status = LeaveRequest::Status::Approved;
        leave.processed_at = u"2026-11-20T09:00:00Z"_s;
        QVERIFY2(LeaveRequestRepository(*m_workspace).create(leave).ok(), "leave");
        WorkingTerm term;
        term.clinician_id = m_people[u"Eve"_s];
        term.start_date = QDate(2026, 1, 1);
        term.cannot_work_days.insert(1);
        QVERIFY(WorkingTermRepository(*m_workspace).create(term).ok());
    }

    void cleanup() { m_workspace.reset(); }

    void takingMovesTheShiftInOneEdit()
    {
        SwapService swaps(*m_workspace);
        SwapRequest swap = forShift(m_monday, u"Wedding"_s);
        QVERIFY(swaps.create(swap).ok());
        QCOMPARE(swap.swap_start_utc, utc(Monday, QTime(8, 0)));
        QCOMPARE(swap.swap_end_utc, utc(Monday, QTime(16, 0)));
        const qint64 journalBefore = Journal(*m_workspace).count();
        QList<ShiftChange> changes;
        const StorageError error = swaps.take(swap.id, m_people[u"Ben"_s], &changes);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(stored(m_monday.id).clinician_id, std::optional<qint64>(m_people[u"Ben"_s]));
        QCOMPARE(stored(m_tuesday.id).clinician_id, std::optional<qint64>(m_people[u"Ada"_s]));
        const SwapRequest taken = *SwapRequestRepository(*m_workspace).get(swap.id);
        QCOMPARE(taken.status, SwapRequest::Status::Taken);
        QCOMPARE(taken.benefactor_id, std::optional<qint64>(m_people[u"Ben"_s]));
        QCOMPARE(taken.taken_at, m_workspace->nowIso());
        QCOMPARE(changes.size(), 1);
        // The shift's change and the request's are one journal batch.
        const QList<JournalEntry> entries = Journal(*m_workspace).unsynced();
        QCOMPARE(Journal(*m_workspace).count(), journalBefore + 2);
        QCOMPARE(entries.at(entries.size() - 1).batch_id, entries.at(entries.size() - 2).batch_id);
        QCOMPARE(entries.last().operation, u"take"_s);
        // Taken is final: not again, not deleted.
        QCOMPARE(swaps.take(swap.id, m_people[u"Cai"_s]).kind, StorageError::Kind::Validation);
        QCOMPARE(swaps.remove(swap.id).kind, StorageError::Kind::Validation);
    }

    void aTimeRangeMovesEveryShiftInIt()
    {
        SwapService swaps(*m_workspace);
        SwapRequest swap;
        swap.beneficiary_id = m_people[u"Ada"_s];
        swap.swap_start_utc = utc(Monday, QTime(0, 0));
        swap.swap_end_utc = utc(Monday.addDays(2), QTime(0, 0));
        QVERIFY(swaps.create(swap).ok());
        QCOMPARE(swaps.shiftsOf(swap).size(), 2);
        QVERIFY(swaps.take(swap.id, m_people[u"Ben"_s]).ok());
        QCOMPARE(stored(m_monday.id).clinician_id, std::optional<qint64>(m_people[u"Ben"_s]));
        QCOMPARE(stored(m_tuesday.id).clinician_id, std::optional<qint64>(m_people[u"Ben"_s]));
    }

    // Each refusal names its reason and leaves the shift, the request and the journal as they were.
    void refusals_data()
    {
        QTest::addColumn<QString>("benefactor");
        QTest::addColumn<QString>("reason");
        QTest::newRow("short rest") << u"Cai"_s << u"rest"_s;
        QTest::newRow("approved leave") << u"Dee"_s << u"leave"_s;
        QTest::newRow("cannot-work day") << u"Eve"_s << u"cannot work"_s;
        QTest::newRow("double booking") << u"Fay"_s << u"already"_s;
        QTest::newRow("own request") << u"Ada"_s << u"own"_s;
    }

    void refusals()
    {
        QFETCH(QString, benefactor);
        QFETCH(QString, reason);
        SwapService swaps(*m_workspace);
        SwapRequest swap = forShift(m_monday);
        QVERIFY(swaps.create(swap).ok());
        const qint64 journalBefore = Journal(*m_workspace).count();
        const StorageError error = swaps.take(swap.id, m_people[benefactor]);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QVERIFY2(error.message.contains(reason, Qt::CaseInsensitive), qPrintable(error.message));
        QCOMPARE(stored(m_monday.id).clinician_id, std::optional<qint64>(m_people[u"Ada"_s]));
        QCOMPARE(SwapRequestRepository(*m_workspace).get(swap.id)->status, SwapRequest::Status::Open);
        QCOMPARE(Journal(*m_workspace).count(), journalBefore);
    }

    // A shift that changed hands since the request was made is no longer the requester's to give.
    void aShiftReassignedSinceCannotBeSwapped()
    {
        SwapService swaps(*m_workspace);
        SwapRequest swap = forShift(m_monday);
        QVERIFY(swaps.create(swap).ok());
        Shift moved = stored(m_monday.id);
        moved.clinician_id = m_people[u"Ben"_s];
        QVERIFY(ShiftRepository(*m_workspace).update(moved).ok());
        QCOMPARE(swaps.take(swap.id, m_people[u"Cai"_s]).kind, StorageError::Kind::Validation);
        QCOMPARE(stored(m_monday.id).clinician_id, std::optional<qint64>(m_people[u"Ben"_s]));
    }

    void creationErrors()
    {
        SwapService swaps(*m_workspace);
        SwapRequest notHers = forShift(m_monday);
        notHers.beneficiary_id = m_people[u"Ben"_s];
        QCOMPARE(swaps.create(notHers).kind, StorageError::Kind::Validation);
        SwapRequest empty;
        empty.beneficiary_id = m_people[u"Ada"_s];
        empty.swap_start_utc = utc(Monday.addDays(3), QTime(0, 0));
        empty.swap_end_utc = utc(Monday.addDays(4), QTime(0, 0));
        QCOMPARE(swaps.create(empty).kind, StorageError::Kind::Validation);
        SwapRequest backwards = empty;
        backwards.swap_end_utc = backwards.swap_start_utc - 60;
        QCOMPARE(swaps.create(backwards).kind, StorageError::Kind::Validation);
        QCOMPARE(SwapRequestRepository(*m_workspace).count(), 0);
    }

    void openRequestsCanBeDeleted()
    {
        SwapService swaps(*m_workspace);
        SwapRequest swap = forShift(m_tuesday);
        QVERIFY(swaps.create(swap).ok());
        QVERIFY(swaps.remove(swap.id).ok());
        QCOMPARE(SwapRequestRepository(*m_workspace).count(), 0);
    }

    void filtersAndPastDue()
    {
        SwapService swaps(*m_workspace);
        SwapRequest monday = forShift(m_monday);
        SwapRequest tuesday = forShift(m_tuesday);
        QVERIFY(swaps.create(monday).ok());
        QVERIFY(swaps.create(tuesday).ok());
        QVERIFY(swaps.take(tuesday.id, m_people[u"Ben"_s]).ok());
        const auto ids = [&](const SwapService::Filter &filter) {
            QList<qint64> found;
            for (const SwapRequest &swap : swaps.list(filter))
                found << swap.id;
            return found;
        };
        QCOMPARE(ids({}), (QList<qint64>{monday.id, tuesday.id}));
        SwapService::Filter open;
        open.openOnly = true;
        QCOMPARE(ids(open), QList<qint64>{monday.id});
        SwapService::Filter byBenefactor;
        byBenefactor.benefactorId = m_people[u"Ben"_s];
        QCOMPARE(ids(byBenefactor), QList<qint64>{tuesday.id});
        SwapService::Filter byBeneficiary;
        byBeneficiary.beneficiaryId = m_people[u"Cai"_s];
        QVERIFY(ids(byBeneficiary).isEmpty());
        SwapService::Filter after;
        after.startingAfterUtc = utc(Monday, QTime(12, 0));
        QCOMPARE(ids(after), QList<qint64>{tuesday.id});
        // The workspace's clock says 23 November 2026: nothing is past due yet; an open request
        // starting before then is.
        QVERIFY(!swaps.isPastDue(monday));
        monday.swap_start_utc = utc(QDate(2026, 11, 20), QTime(8, 0));
        QVERIFY(swaps.isPastDue(monday));
    }
};

QTEST_GUILESS_MAIN(TestSwapService)
#include "tst_swapservice.moc"
