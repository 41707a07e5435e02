#include "../storage/storagetestsupport.h"

#include "model/leaverequest.h"
#include "model/workingterm.h"
#include "scheduling/leaverequestprocessor.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workingtermrepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using Status = LeaveRequest::Status;
using Type = LeaveRequest::Type;
using Handling = LeaveRequestProcessor::ShiftHandling;

class TestLeaveRequestProcessor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_ben = 0;
    qint64 m_day = 0;
    qint64 m_adaTue = 0; // Ada's D on Tue 3 Mar 2026
    qint64 m_adaWed = 0; // Ada's D on Wed 4 Mar
    qint64 m_adaThuCancelled = 0;
    qint64 m_benTue = 0;

    qint64 addClinician(const QString &name, std::optional<double> entitlement, bool active = true)
    {
        Clinician record = clinician(name);
        record.active = active;
        if (!ClinicianRepository(*m_workspace).create(record).ok())
            return 0;
        WorkingTerm term;
        term.clinician_id = record.id;
        term.start_date = QDate(2020, 1, 1);
        term.annual_leave_entitlement = entitlement;
        if (!WorkingTermRepository(*m_workspace).create(term).ok())
            return 0;
        return record.id;
    }

    qint64 addShift(qint64 clinicianId, QDate date, Shift::Status status = Shift::Status::Scheduled)
    {
        Shift record = shift(clinicianId, m_day, date);
        record.status = status;
        return ShiftRepository(*m_workspace).create(record).ok() ? record.id : 0;
    }

    static LeaveRequest request(qint64 clinicianId, QDate from, QDate to, Type type = Type::Annual)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.type = type;
        leave.start_date = from;
        leave.end_date = to;
        return leave;
    }

    // Submits Ada's annual leave Mon 2 - Fri 6 Mar (1 week of her 5.6).
    qint64 submitAdaWeek()
    {
        LeaveRequest leave = request(m_ada, QDate(2026, 3, 2), QDate(2026, 3, 6));
        LeaveOutcome outcome;
        const StorageError error = LeaveRequestProcessor(*m_workspace).submit(leave, &outcome);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return leave.id;
    }

    Shift stored(qint64 id) const { return *ShiftRepository(*m_workspace).get(id); }
    LeaveRequest storedRequest(qint64 id) const { return *LeaveRequestRepository(*m_workspace).get(id); }
    qint64 journalLength() const { return Journal(*m_workspace).count(); }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        ShiftType day = dayShiftType(u"D"_s);
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        m_day = day.id;
        m_ada = addClinician(u"Ada Lovelace"_s, 5.6);
        m_ben = addClinician(u"Ben Carr"_s, 5.6);
        QVERIFY(m_ada && m_ben);
        m_adaTue = addShift(m_ada, QDate(2026, 3, 3));
        m_adaWed = addShift(m_ada, QDate(2026, 3, 4));
        m_adaThuCancelled = addShift(m_ada, QDate(2026, 3, 5), Shift::Status::Cancelled);
        m_benTue = addShift(m_ben, QDate(2026, 3, 3));
        QVERIFY(m_adaTue && m_adaWed && m_adaThuCancelled && m_benTue);
    }

    void cleanup() { m_workspace.reset(); }

    void submitStoresPendingWithTheAffectedShifts()
    {
        const qint64 before = journalLength();
        LeaveRequest leave = request(m_ada, QDate(2026, 3, 2), QDate(2026, 3, 6));
        LeaveOutcome outcome;
        QVERIFY(LeaveRequestProcessor(*m_workspace).submit(leave, &outcome).ok());
        QVERIFY(leave.id > 0);
        const LeaveRequest saved = storedRequest(leave.id);
        QCOMPARE(saved.status, Status::Pending);
        // Tue and Wed; the cancelled Thursday and Ben's shift do not count.
        QCOMPARE(saved.affected_shift_count, 2);
        QCOMPARE(QSet<qint64>(outcome.affectedShiftIds.cbegin(), outcome.affectedShiftIds.cend()), (QSet<qint64>{m_adaTue, m_adaWed}));
        QCOMPARE(outcome.request, saved);
        QVERIFY2(outcome.message.contains(u"pending"_s), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"D on 3 Mar"_s), qPrintable(outcome.message));
        QCOMPARE(journalLength(), before + 1);
        // The shifts are untouched until approval.
        QCOMPARE(stored(m_adaTue).clinician_id, m_ada);
    }

    void quotaDenialAndOverride()
    {
        const qint64 cy = addClinician(u"Cy Dale"_s, 1.0);
        LeaveRequestProcessor processor(*m_workspace);
        LeaveRequest first = request(cy, QDate(2026, 3, 9), QDate(2026, 3, 9)); // Mon: 0.2 weeks
        QVERIFY(processor.submit(first, nullptr).ok());
        QCOMPARE(first.status, Status::Pending);

        // Mon 16 - Mon 23 Mar: 6 working days = 1.2 weeks; 1.0 - 0.2 (pending) = 0.8 remain.
        LeaveRequest second = request(cy, QDate(2026, 3, 16), QDate(2026, 3, 23));
        LeaveOutcome outcome;
        QVERIFY(processor.submit(second, &outcome).ok());
        const LeaveRequest denied = storedRequest(second.id);
        QCOMPARE(denied.status, Status::Denied);
        QCOMPARE(denied.denial_reason, u"Needs 1.2 weeks; 0.8 weeks remain in the leave year 2026."_s);
        QCOMPARE(denied.processed_at, u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(denied.processed_by, u"coordinator"_s);
        QVERIFY2(outcome.message.contains(u"denied"_s), qPrintable(outcome.message));

        LeaveRequest overridden = request(cy, QDate(2026, 3, 16), QDate(2026, 3, 23));
        QVERIFY(processor.submit(overridden, &outcome, u"Cover arranged with the locum"_s).ok());
        const LeaveRequest kept = storedRequest(overridden.id);
        QCOMPARE(kept.status, Status::Pending);
        QCOMPARE(kept.override_reason, u"Cover arranged with the locum"_s);
        QVERIFY(kept.denial_reason.isEmpty());
        QVERIFY(kept.processed_at.isEmpty());

        // Only annual leave is checked against the quota.
        LeaveRequest study = request(cy, QDate(2026, 5, 4), QDate(2026, 5, 29), Type::Study);
        QVERIFY(processor.submit(study, nullptr).ok());
        QCOMPARE(storedRequest(study.id).status, Status::Pending);

        const qint64 noEntitlement = addClinician(u"Di Eyre"_s, std::nullopt);
        LeaveRequest none = request(noEntitlement, QDate(2026, 3, 9), QDate(2026, 3, 9));
        QVERIFY(processor.submit(none, nullptr).ok());
        QCOMPARE(none.status, Status::Denied);
        QCOMPARE(none.denial_reason, u"Di Eyre has no annual leave entitlement in the leave year 2026."_s);
    }

    void submitRefusesBadRequests()
    {
        const qint64 gone = addClinician(u"Ed Finn"_s, 5.6, false);
        const qint64 before = journalLength();
        LeaveRequestProcessor processor(*m_workspace);
        LeaveRequest inactive = request(gone, QDate(2026, 3, 9), QDate(2026, 3, 9));
        StorageError error = processor.submit(inactive, nullptr);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QVERIFY2(error.message.contains(u"Ed Finn"_s), qPrintable(error.message));
        LeaveRequest unknown = request(9999, QDate(2026, 3, 9), QDate(2026, 3, 9));
        QVERIFY(!processor.submit(unknown, nullptr).ok());
        LeaveRequest backwards = request(m_ada, QDate(2026, 3, 9), QDate(2026, 3, 8));
        error = processor.submit(backwards, nullptr);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QCOMPARE(error.fieldErrors.first().field, u"end_date"_s);
        QCOMPARE(journalLength(), before);
        QCOMPARE(LeaveRequestRepository(*m_workspace).count(), 0);
    }

    void approveOpensShiftsInOneBatch()
    {
        const qint64 id = submitAdaWeek();
        const qint64 lastBefore = Journal(*m_workspace).lastId();
        LeaveOutcome outcome;
        QVERIFY(LeaveRequestProcessor(*m_workspace).approve(id, Handling::MakeOpen, &outcome).ok());

        QVERIFY(stored(m_adaTue).isOpen());
        QVERIFY(stored(m_adaWed).isOpen());
        QCOMPARE(stored(m_adaTue).status, Shift::Status::Scheduled);
        QCOMPARE(stored(m_adaThuCancelled).clinician_id, m_ada);
        QCOMPARE(stored(m_benTue).clinician_id, m_ben);
        const LeaveRequest approved = storedRequest(id);
        QCOMPARE(approved.status, Status::Approved);
        QCOMPARE(approved.processed_at, u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(approved.processed_by, u"coordinator"_s);
        QCOMPARE(outcome.affectedShiftIds.size(), 2);
        QVERIFY2(outcome.message.contains(u"approved"_s) && outcome.message.contains(u"open"_s), qPrintable(outcome.message));

        const QList<JournalEntry> entries = Journal(*m_workspace).entries(lastBefore);
        QCOMPARE(entries.size(), 3);
        for (const JournalEntry &entry : entries)
            QCOMPARE(entry.batch_id, entries.first().batch_id);
        QCOMPARE(Journal(*m_workspace).batch(entries.first().batch_id), entries);
        // The clinician an opened shift had is kept in the journal only.
        for (const JournalEntry &entry : entries) {
            if (entry.record_type == u"shift"_s)
                QCOMPARE(entry.before.value(u"clinician_id"_s).toInteger(), m_ada);
        }
    }

    void approveMarksShiftsForReassignment()
    {
        const qint64 id = submitAdaWeek();
        LeaveOutcome outcome;
        QVERIFY(LeaveRequestProcessor(*m_workspace).approve(id, Handling::NeedsReassignment, &outcome).ok());
        QCOMPARE(stored(m_adaTue).status, Shift::Status::NeedsReassignment);
        QCOMPARE(stored(m_adaTue).clinician_id, m_ada);
        QCOMPARE(stored(m_adaWed).status, Shift::Status::NeedsReassignment);
        QCOMPARE(stored(m_adaThuCancelled).status, Shift::Status::Cancelled);
        QVERIFY2(outcome.message.contains(u"reassign"_s), qPrintable(outcome.message));
    }

    void cancelRestoresTheShifts()
    {
        const qint64 id = submitAdaWeek();
        LeaveRequestProcessor processor(*m_workspace);
        QVERIFY(processor.approve(id, Handling::MakeOpen, nullptr).ok());
        const qint64 lastBefore = Journal(*m_workspace).lastId();
        LeaveOutcome outcome;
        QVERIFY(processor.cancel(id, &outcome).ok());
        QCOMPARE(storedRequest(id).status, Status::Cancelled);
        QCOMPARE(stored(m_adaTue).clinician_id, m_ada);
        QCOMPARE(stored(m_adaWed).clinician_id, m_ada);
        QCOMPARE(stored(m_adaTue).status, Shift::Status::Scheduled);
        QVERIFY2(outcome.message.contains(u"2 shifts are back"_s), qPrintable(outcome.message));
        const QList<JournalEntry> entries = Journal(*m_workspace).entries(lastBefore);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().operation, u"cancel"_s);
        QCOMPARE(entries.last().batch_id, entries.first().batch_id);
    }

    void cancelLeavesShiftsChangedSince()
    {
        const qint64 id = submitAdaWeek();
        LeaveRequestProcessor processor(*m_workspace);
        QVERIFY(processor.approve(id, Handling::MakeOpen, nullptr).ok());
        Shift taken = stored(m_adaTue);
        taken.clinician_id = m_ben;
        QVERIFY(ShiftRepository(*m_workspace).update(taken).ok());

        LeaveOutcome outcome;
        QVERIFY(processor.cancel(id, &outcome).ok());
        QCOMPARE(stored(m_adaTue).clinician_id, m_ben);
        QCOMPARE(stored(m_adaWed).clinician_id, m_ada);
        QVERIFY2(outcome.message.contains(u"Shift D on 3 Mar was reassigned to Ben Carr since; left as it is."_s),
                 qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"1 shift is back"_s), qPrintable(outcome.message));
    }

    void cancelPendingTouchesNoShift()
    {
        const qint64 id = submitAdaWeek();
        const qint64 lastBefore = Journal(*m_workspace).lastId();
        QVERIFY(LeaveRequestProcessor(*m_workspace).cancel(id, nullptr).ok());
        QCOMPARE(storedRequest(id).status, Status::Cancelled);
        QCOMPARE(Journal(*m_workspace).entries(lastBefore).size(), 1);
    }

    void deny()
    {
        const qint64 id = submitAdaWeek();
        LeaveRequestProcessor processor(*m_workspace);
        const qint64 before = journalLength();
        QCOMPARE(processor.deny(id, u"  "_s, nullptr).kind, StorageError::Kind::Validation);
        QCOMPARE(journalLength(), before);
        LeaveOutcome outcome;
        QVERIFY(processor.deny(id, u"Minimum staffing that week"_s, &outcome).ok());
        const LeaveRequest denied = storedRequest(id);
        QCOMPARE(denied.status, Status::Denied);
        QCOMPARE(denied.denial_reason, u"Minimum staffing that week"_s);
        QCOMPARE(denied.processed_by, u"coordinator"_s);
        QVERIFY(outcome.message.contains(u"Minimum staffing that week"_s));
        QCOMPARE(stored(m_adaTue).clinician_id, m_ada);
    }

    void refusedTransitionsWriteNothing()
    {
        LeaveRequestProcessor processor(*m_workspace);
        const qint64 denied = submitAdaWeek();
        QVERIFY(processor.deny(denied, u"No"_s, nullptr).ok());
        const qint64 cancelled = submitAdaWeek();
        QVERIFY(processor.cancel(cancelled, nullptr).ok());
        const qint64 approved = submitAdaWeek();
        QVERIFY(processor.approve(approved, Handling::NeedsReassignment, nullptr).ok());

        const qint64 before = journalLength();
        StorageError error = processor.approve(denied, Handling::MakeOpen, nullptr);
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(u"denied"_s), qPrintable(error.message));
        error = processor.cancel(cancelled, nullptr);
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(u"cancelled"_s), qPrintable(error.message));
        QVERIFY(!processor.deny(approved, u"Changed my mind"_s, nullptr).ok());
        QVERIFY(!processor.approve(approved, Handling::MakeOpen, nullptr).ok());
        QVERIFY(!processor.approve(9999, Handling::MakeOpen, nullptr).ok());
        QCOMPARE(journalLength(), before);
        QCOMPARE(storedRequest(denied).status, Status::Denied);
        QCOMPARE(storedRequest(approved).status, Status::Approved);
    }
};

QTEST_GUILESS_MAIN(TestLeaveRequestProcessor)
#include "tst_leaverequestprocessor.moc"
