#include "leave/leavebookingview.h"
#include "leave/leavecalendarmodel.h"
#include "leave/leavecalendartable.h"
#include "leave/leaverequestlistmodel.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

using Type = LeaveRequest::Type;
using Status = LeaveRequest::Status;
using Handling = LeaveRequestProcessor::ShiftHandling;

// Alice Smith (the user, by e-mail) of Medicine, full time with 2 weeks of annual leave a
// year, has taken Mon 2 - Wed 4 February 2026 (0.6 weeks): 1.4 weeks, 7 days, remain in 2026.
// She works D on Tue 8 Dec, N on Thu 10 Dec and D on Mon 14 Dec. Medicine has five active
// members, so at most one may be off; Bob's approved leave on Tue 15 Dec fills that day.
class TestLeaveBookingView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void meComesFirst();
    void bookAnnualLeaveBySelectingDays();
    void shiftClickSelectsTheDaysBetweenAcrossWeeks();
    void fullDayNeedsAReason();
    void beyondTheQuotaIsDeniedWithoutOverride();
    void beyondTheQuotaWithOverrideStaysPending();
    void approveFromTheQueueOpensShiftsAndUndoRestoresThem();
    void denyWithAReason();
    void cancelAnApprovedRequest();

private:
    void click(QDate date, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QList<LeaveRequest> requestsOf(const Clinician &clinician) const;
    std::optional<qint64> shiftClinician(qint64 shiftId) const;

    QTemporaryDir *m_dir = nullptr;
    WorkspaceSession *m_session = nullptr;
    LeaveBookingView *m_view = nullptr;
    Clinician m_alice;
    Clinician m_bob;
    Shift m_tuesday;
    Shift m_thursday;
    Shift m_monday;
    QStringList m_capacityQuestions;
    QStringList m_quotaQuestions;
    std::optional<QString> m_capacityAnswer;
    std::optional<QString> m_quotaAnswer;
};

void TestLeaveBookingView::init()
{
    m_dir = new QTemporaryDir;
    useSettingsIn(m_dir->path());
    m_session = new WorkspaceSession;
    openEmpty(*m_session, m_dir->filePath(u"booking.rota"_s));
    Workspace &ws = *m_session->workspace();
    ws.setCurrentUser(u"Alice@Example.org"_s);
    const Team medicine = addTeam(ws, u"Medicine"_s);
    m_alice.name = u"Alice Smith"_s;
    m_alice.team_id = medicine.id;
    m_alice.email = u"alice@example.org"_s;
    check(ClinicianRepository(ws).create(m_alice));
    m_bob = addClinician(ws, u"Bob Jones"_s, medicine.id);
    addClinician(ws, u"Carol White"_s, medicine.id);
    addClinician(ws, u"Dan Brown"_s, medicine.id);
    addClinician(ws, u"Eve Green"_s, medicine.id);
    addWorkingTerm(ws, m_alice.id, QDate(2020, 1, 1), 100, 2.0);
    addWorkingTerm(ws, m_bob.id, QDate(2020, 1, 1), 100, 5.6);
    addLeave(ws, m_alice.id, QDate(2026, 2, 2), QDate(2026, 2, 4), Status::Approved);
    addLeave(ws, m_bob.id, QDate(2026, 12, 15), QDate(2026, 12, 15), Status::Approved);
    const ShiftType day = addType(ws, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(16, 0), 480);
    const ShiftType night = addType(ws, u"N"_s, u"Night"_s, u"#CC79A7"_s, QTime(20, 0), QTime(8, 0), 720);
    m_tuesday = addShift(ws, m_alice.id, day, QDate(2026, 12, 8));
    m_thursday = addShift(ws, m_alice.id, night, QDate(2026, 12, 10));
    m_monday = addShift(ws, m_alice.id, day, QDate(2026, 12, 14));

    m_capacityQuestions.clear();
    m_quotaQuestions.clear();
    m_capacityAnswer.reset();
    m_quotaAnswer.reset();
    m_view = new LeaveBookingView(m_session);
    m_view->setCapacityReasonHandler([this](const QString &question) {
        m_capacityQuestions << question;
        return m_capacityAnswer;
    });
    m_view->setQuotaOverrideHandler([this](const QString &question) {
        m_quotaQuestions << question;
        return m_quotaAnswer;
    });
    m_view->resize(1344, 840);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestLeaveBookingView::cleanup()
{
    delete m_view;
    delete m_session;
    delete m_dir;
}

void TestLeaveBookingView::click(QDate date, Qt::KeyboardModifiers modifiers)
{
    LeaveCalendarTable *table = m_view->calendarTable();
    const QModelIndex index = m_view->calendarModel()->indexOf(date);
    QVERIFY(index.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
}

QList<LeaveRequest> TestLeaveBookingView::requestsOf(const Clinician &clinician) const
{
    return LeaveRequestRepository(*m_session->workspace()).forClinician(clinician.id);
}

std::optional<qint64> TestLeaveBookingView::shiftClinician(qint64 shiftId) const
{
    return ShiftRepository(*m_session->workspace()).get(shiftId)->clinician_id;
}

void TestLeaveBookingView::meComesFirst()
{
    QCOMPARE(m_view->clinicianBox()->itemText(0), u"Me (Alice Smith)"_s);
    QCOMPARE(m_view->clinician(), m_alice.id);
    QCOMPARE(m_view->clinicianBox()->count(), 5); // Alice once, then the other four
    QCOMPARE(m_view->clinicianBox()->itemText(1), u"Bob Jones"_s);
    QCOMPARE(m_view->month(), QDate(2026, 11, 1));
    QCOMPARE(m_view->typeBox()->currentText(), u"Annual leave"_s);
    QCOMPARE(m_view->typeBox()->count(), 6);
}

void TestLeaveBookingView::bookAnnualLeaveBySelectingDays()
{
    m_view->stepMonth(1);
    QCOMPARE(m_view->month(), QDate(2026, 12, 1));
    QVERIFY(!m_view->submitButton()->isEnabled());
    click(QDate(2026, 12, 7));
    click(QDate(2026, 12, 11), Qt::ShiftModifier);
    QCOMPARE(m_view->selectedDates(),
             (QList<QDate>{QDate(2026, 12, 7), QDate(2026, 12, 8), QDate(2026, 12, 9), QDate(2026, 12, 10), QDate(2026, 12, 11)}));
    QVERIFY(m_view->submitButton()->isEnabled());
    QCOMPARE(m_view->selectionLabel()->text(), u"Mon 7 Dec – Fri 11 Dec 2026: 5 days, 5 working days"_s);
    // 7 days (1.4 weeks) left; Mon-Fri is 5 days, 1 week.
    const QString quota = m_view->quotaLabel()->text();
    QVERIFY2(quota.contains(u"Remaining now: 7 days (1.4 weeks)"_s), qPrintable(quota));
    QVERIFY2(quota.contains(u"After this request: 2 days (0.4 weeks)"_s), qPrintable(quota));
    QVERIFY(!quota.contains(u"exceeds"_s));

    m_view->notesEdit()->setText(u"Family visit"_s);
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    QVERIFY(m_capacityQuestions.isEmpty());
    QVERIFY(m_quotaQuestions.isEmpty());

    const QList<LeaveRequest> requests = requestsOf(m_alice);
    QCOMPARE(requests.size(), 2);
    const LeaveRequest &booked = requests.constFirst(); // newest first
    QCOMPARE(booked.type, Type::Annual);
    QCOMPARE(booked.status, Status::Pending);
    QCOMPARE(booked.start_date, QDate(2026, 12, 7));
    QCOMPARE(booked.end_date, QDate(2026, 12, 11));
    QCOMPARE(booked.affected_shift_count, 2); // Tue D and Thu N; Mon 14 is outside
    QCOMPARE(booked.notes, u"Family visit"_s);
    QCOMPARE(booked.requested_at, u"2026-11-23T07:30:00Z"_s);
    QVERIFY2(m_view->lastMessage().contains(u"pending approval"_s), qPrintable(m_view->lastMessage()));
    QCOMPARE(m_session->undoStack()->count(), 1);

    // The request is in the queue and on the calendar; the quota now counts it.
    QVERIFY(m_view->selectedDates().isEmpty());
    QCOMPARE(m_view->requestModel()->rowOf(booked.id), 0);
    QCOMPARE(m_view->calendarModel()->indexOf(QDate(2026, 12, 9)).data(LeaveCalendarModel::StateTextRole).toString(), u"AL pending"_s);
    QVERIFY2(m_view->quotaLabel()->text().contains(u"Remaining now: 2 days (0.4 weeks)"_s), qPrintable(m_view->quotaLabel()->text()));
    QVERIFY(m_view->notesEdit()->text().isEmpty());

    m_session->undoStack()->undo();
    QCOMPARE(requestsOf(m_alice).size(), 1);
    QCOMPARE(m_view->requestModel()->rowCount(), 0);
}

void TestLeaveBookingView::shiftClickSelectsTheDaysBetweenAcrossWeeks()
{
    m_view->setMonth(QDate(2026, 12, 1));
    // Fri 4 Dec to Tue 8 Dec: the end of one week and the start of the next, not a rectangle.
    click(QDate(2026, 12, 4));
    click(QDate(2026, 12, 8), Qt::ShiftModifier);
    QCOMPARE(m_view->selectedDates(),
             (QList<QDate>{QDate(2026, 12, 4), QDate(2026, 12, 5), QDate(2026, 12, 6), QDate(2026, 12, 7), QDate(2026, 12, 8)}));
    // Backwards works the same; Ctrl-click adds a day of its own, which makes a second request.
    click(QDate(2026, 12, 3));
    click(QDate(2026, 12, 1), Qt::ShiftModifier);
    click(QDate(2026, 12, 18), Qt::ControlModifier);
    QCOMPARE(m_view->selectedDates(), (QList<QDate>{QDate(2026, 12, 1), QDate(2026, 12, 2), QDate(2026, 12, 3), QDate(2026, 12, 18)}));
    QVERIFY(m_view->selectionLabel()->text().startsWith(u"2 requests"_s));

    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    const QList<LeaveRequest> requests = requestsOf(m_alice);
    QCOMPARE(requests.size(), 3);
    QList<std::pair<QDate, QDate>> runs;
    for (const LeaveRequest &request : requests.mid(0, 2))
        runs << std::pair{request.start_date, request.end_date};
    std::sort(runs.begin(), runs.end());
    QCOMPARE(runs.at(0), (std::pair{QDate(2026, 12, 1), QDate(2026, 12, 3)}));
    QCOMPARE(runs.at(1), (std::pair{QDate(2026, 12, 18), QDate(2026, 12, 18)}));
    QCOMPARE(m_session->undoStack()->count(), 2); // one undo step per request
}

void TestLeaveBookingView::fullDayNeedsAReason()
{
    m_view->setMonth(QDate(2026, 12, 1));
    QCOMPARE(m_view->calendarModel()->indexOf(QDate(2026, 12, 15)).data(LeaveCalendarModel::FullRole).toBool(), true);
    click(QDate(2026, 12, 15));
    QVERIFY2(m_view->capacityLabel()->text().contains(u"Tue 15 Dec: 1/1 off (Bob Jones)"_s), qPrintable(m_view->capacityLabel()->text()));

    // Backing out stores nothing.
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    QCOMPARE(m_capacityQuestions.size(), 1);
    QVERIFY(m_capacityQuestions.constFirst().contains(u"Tue 15 Dec"_s));
    QCOMPARE(requestsOf(m_alice).size(), 1);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(m_view->lastMessage(), u"Nothing was submitted."_s);

    m_capacityAnswer = u"Cover arranged with Carol"_s;
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    QCOMPARE(m_capacityQuestions.size(), 2);
    const LeaveRequest booked = requestsOf(m_alice).constFirst();
    QCOMPARE(booked.start_date, QDate(2026, 12, 15));
    QCOMPARE(booked.status, Status::Pending);
    QCOMPARE(booked.override_reason, u"Cover arranged with Carol"_s);
}

void TestLeaveBookingView::beyondTheQuotaIsDeniedWithoutOverride()
{
    m_view->setMonth(QDate(2026, 12, 1));
    // Tue 1 - Fri 11 Dec: 9 working days, 1.8 weeks, against 7 days (1.4 weeks).
    click(QDate(2026, 12, 1));
    click(QDate(2026, 12, 11), Qt::ShiftModifier);
    const QString quota = m_view->quotaLabel()->text();
    QVERIFY2(quota.contains(u"After this request: -2 days (-0.4 weeks)"_s), qPrintable(quota));
    QVERIFY(quota.contains(u"This exceeds the remaining entitlement."_s));
    QVERIFY(quota.contains(u"font-weight:bold"_s));

    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    QCOMPARE(m_quotaQuestions.size(), 1);
    const LeaveRequest stored = requestsOf(m_alice).constFirst();
    QCOMPARE(stored.start_date, QDate(2026, 12, 1));
    QCOMPARE(stored.status, Status::Denied);
    QVERIFY(!stored.denial_reason.isEmpty());
    QVERIFY2(m_view->lastMessage().contains(u"stored as denied"_s), qPrintable(m_view->lastMessage()));
    QVERIFY(m_view->lastMessage().contains(stored.denial_reason));
}

void TestLeaveBookingView::beyondTheQuotaWithOverrideStaysPending()
{
    m_view->setMonth(QDate(2026, 12, 1));
    click(QDate(2026, 12, 1));
    click(QDate(2026, 12, 11), Qt::ShiftModifier);
    m_quotaAnswer = u"Carried over from 2025"_s;
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    const LeaveRequest stored = requestsOf(m_alice).constFirst();
    QCOMPARE(stored.status, Status::Pending);
    QCOMPARE(stored.override_reason, u"Carried over from 2025"_s);
}

void TestLeaveBookingView::approveFromTheQueueOpensShiftsAndUndoRestoresThem()
{
    const LeaveRequest pending = addLeave(*m_session->workspace(), m_alice.id, QDate(2026, 12, 7), QDate(2026, 12, 11), Status::Pending);
    m_view->reload();
    QCOMPARE(m_view->requestModel()->rowCount(), 1);
    QVERIFY(!m_view->approveButton()->isEnabled());
    m_view->selectRequest(pending.id);
    QVERIFY(m_view->approveButton()->isEnabled());
    QVERIFY(m_view->denyButton()->isEnabled());

    QStringList questions;
    m_view->setShiftHandlingHandler([&](const QString &question) {
        questions << question;
        return std::optional<Handling>(Handling::MakeOpen);
    });
    QTest::mouseClick(m_view->approveButton(), Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.constFirst().startsWith(u"2 shifts of Alice Smith"_s), qPrintable(questions.constFirst()));
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(pending.id)->status, Status::Approved);
    QCOMPARE(shiftClinician(m_tuesday.id), std::nullopt);
    QCOMPARE(shiftClinician(m_thursday.id), std::nullopt);
    QCOMPARE(shiftClinician(m_monday.id), std::optional<qint64>(m_alice.id));
    QCOMPARE(m_view->requestModel()->rowCount(), 0); // no longer pending
    QVERIFY2(m_view->lastMessage().contains(u"2 shifts are now open"_s), qPrintable(m_view->lastMessage()));

    m_session->undoStack()->undo();
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(pending.id)->status, Status::Pending);
    QCOMPARE(shiftClinician(m_tuesday.id), std::optional<qint64>(m_alice.id));
    QCOMPARE(shiftClinician(m_thursday.id), std::optional<qint64>(m_alice.id));
    QCOMPARE(m_view->requestModel()->rowOf(pending.id), 0);

    // Marking for reassignment keeps the clinician.
    m_view->selectRequest(pending.id);
    m_view->setShiftHandlingHandler([](const QString &) { return std::optional<Handling>(Handling::NeedsReassignment); });
    m_view->approveSelected();
    const Shift tuesday = *ShiftRepository(*m_session->workspace()).get(m_tuesday.id);
    QCOMPARE(tuesday.clinician_id, std::optional<qint64>(m_alice.id));
    QCOMPARE(tuesday.status, Shift::Status::NeedsReassignment);

    // Backing out of the question approves nothing.
    m_session->undoStack()->undo();
    m_view->selectRequest(pending.id);
    m_view->setShiftHandlingHandler([](const QString &) { return std::optional<Handling>(); });
    m_view->approveSelected();
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(pending.id)->status, Status::Pending);
}

void TestLeaveBookingView::denyWithAReason()
{
    const LeaveRequest pending = addLeave(*m_session->workspace(), m_bob.id, QDate(2026, 12, 21), QDate(2026, 12, 23), Status::Pending);
    m_view->reload();
    m_view->selectRequest(pending.id);
    std::optional<QString> answer;
    m_view->setDenialReasonHandler([&](const QString &) { return answer; });
    QTest::mouseClick(m_view->denyButton(), Qt::LeftButton);
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(pending.id)->status, Status::Pending);

    answer = u"Short staffed at Christmas"_s;
    QTest::mouseClick(m_view->denyButton(), Qt::LeftButton);
    const LeaveRequest denied = *LeaveRequestRepository(*m_session->workspace()).get(pending.id);
    QCOMPARE(denied.status, Status::Denied);
    QCOMPARE(denied.denial_reason, u"Short staffed at Christmas"_s);
    QVERIFY(m_view->lastMessage().contains(u"Short staffed at Christmas"_s));
    QCOMPARE(m_view->requestModel()->rowCount(), 0);

    m_session->undoStack()->undo();
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(pending.id)->status, Status::Pending);
}

void TestLeaveBookingView::cancelAnApprovedRequest()
{
    // Bob's approved leave on 15 Dec, found through the filters.
    m_view->setShowAllRequests(true);
    QVERIFY(m_view->showAllBox()->isChecked());
    QCOMPARE(m_view->requestModel()->rowCount(), 2);
    m_view->requestModel()->setFilter({m_bob.id, Type::Annual, Status::Approved, QDate(2026, 12, 1), QDate(2026, 12, 31)});
    QCOMPARE(m_view->requestModel()->rowCount(), 1);
    const qint64 id = m_view->requestModel()->request(0).id;
    m_view->selectRequest(id);
    QVERIFY(!m_view->approveButton()->isEnabled());
    QVERIFY(!m_view->denyButton()->isEnabled());
    QVERIFY(m_view->cancelRequestButton()->isEnabled());

    QTest::mouseClick(m_view->cancelRequestButton(), Qt::LeftButton);
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(id)->status, Status::Cancelled);
    QVERIFY2(m_view->lastMessage().contains(u"cancelled"_s), qPrintable(m_view->lastMessage()));
    // The day has room again.
    m_view->setMonth(QDate(2026, 12, 1));
    QCOMPARE(m_view->calendarModel()->indexOf(QDate(2026, 12, 15)).data(LeaveCalendarModel::OffRole).toInt(), 0);

    m_session->undoStack()->undo();
    QCOMPARE(LeaveRequestRepository(*m_session->workspace()).get(id)->status, Status::Approved);
}

QTEST_MAIN(TestLeaveBookingView)
#include "tst_leavebookingview.moc"
