#pragma once

#include "model/leaverequest.h"
#include "scheduling/leaverequestprocessor.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class LeaveCalendarModel;
class LeaveCalendarTable;
class LeaveRequestListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class WorkspaceSession;

// Booking leave as the rota server's leave booking page does it: choose a clinician (yourself
// first), a month and a leave type, select days in the month calendar (which shows the
// clinician's own days and the team's capacity) and submit; the summary beside the calendar
// gives the annual leave quota before and after and warns of full days. Beside it, the queue of
// pending requests to approve or deny, and all requests with filters to cancel one. Every
// submission, approval, denial and cancellation is one undo step.
class LeaveBookingView : public QWidget
{
    Q_OBJECT

public:
    // Asks for a reason; no value = the user backed out (an input dialog unless replaced; tests
    // answer it).
    using ReasonHandler = std::function<std::optional<QString>(const QString &question)>;
    // Asks what approval does to the shifts in the leave; no value = do not approve.
    using ShiftHandlingHandler = std::function<std::optional<LeaveRequestProcessor::ShiftHandling>(const QString &question)>;

    explicit LeaveBookingView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~LeaveBookingView() override;

    // Booking on a full day: the reason to book anyway; no value = nothing is submitted.
    void setCapacityReasonHandler(ReasonHandler handler) { m_capacityReason = std::move(handler); }
    // Annual leave beyond the quota: the reason to submit it anyway; no value = submit it as it
    // is, and the processor stores it as denied.
    void setQuotaOverrideHandler(ReasonHandler handler) { m_quotaOverride = std::move(handler); }
    // Denying a request: its reason; no value = do not deny.
    void setDenialReasonHandler(ReasonHandler handler) { m_denialReason = std::move(handler); }
    void setShiftHandlingHandler(ShiftHandlingHandler handler) { m_shiftHandling = std::move(handler); }

    qint64 clinician() const; // 0 when there is nobody to choose
    void setClinician(qint64 clinicianId);
    QDate month() const; // the 1st of the month shown
    void setMonth(QDate month);
    void stepMonth(int months);
    void goToToday();
    LeaveRequest::Type leaveType() const;
    void setLeaveType(LeaveRequest::Type type);
    QList<QDate> selectedDates() const; // ascending
    void selectDates(const QList<QDate> &dates);
    bool showsAllRequests() const;
    void setShowAllRequests(bool all);
    qint64 selectedRequestId() const; // 0 when none
    void selectRequest(qint64 requestId);

    // The actions, as the buttons run them; each shows its outcome.
    void submit();
    void approveSelected();
    void denySelected();
    void cancelSelected();
    void reload();

    LeaveCalendarModel *calendarModel() const { return m_calendarModel; }
    LeaveCalendarTable *calendarTable() const { return m_calendar; }
    LeaveRequestListModel *requestModel() const { return m_requestModel; }
    QTableView *requestTable() const { return m_requests; }
    QComboBox *clinicianBox() const { return m_clinician; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *notesEdit() const { return m_notes; }
    QLabel *selectionLabel() const { return m_selection; }
    QLabel *quotaLabel() const { return m_quota; }
    QLabel *capacityLabel() const { return m_capacity; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *denyButton() const { return m_deny; }
    QPushButton *cancelRequestButton() const { return m_cancelRequest; }
    QCheckBox *showAllBox() const { return m_showAll; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void statusMessage(const QString &message);

private:
    QWidget *buildTopBar();
    QWidget *buildSummary();
    QWidget *buildQueue();
    void refreshClinicians();
    void refreshFilterLists();
    void applyRequestFilter();
    void updateMonthTitle();
    void updateSummary();
    void updateQueueButtons();
    QList<LeaveRequest> runsOfSelection() const; // one request per run of consecutive days
    QList<QDate> fullDates(const QList<QDate> &dates) const;
    // Why the requests, taken together, go beyond the annual leave quota; empty when they fit.
    QStringList quotaProblems(const QList<LeaveRequest> &requests) const;
    void showOutcome(QLabel *label, const QStringList &messages, bool failed);
    std::optional<LeaveRequest> selectedRequest() const;

    WorkspaceSession *m_session;
    LeaveCalendarModel *m_calendarModel;
    LeaveRequestListModel *m_requestModel;

    QComboBox *m_clinician;
    QLabel *m_monthTitle;
    QComboBox *m_type;
    QLineEdit *m_notes;
    LeaveCalendarTable *m_calendar;
    QLabel *m_selection;
    QLabel *m_quotaHeading;
    QLabel *m_quota;
    QLabel *m_capacity;
    QPushButton *m_submit;
    QLabel *m_message;
    QLabel *m_queueTitle;
    QCheckBox *m_showAll;
    QWidget *m_filters;
    QComboBox *m_filterClinician;
    QComboBox *m_filterType;
    QComboBox *m_filterStatus;
    QDateEdit *m_filterFrom;
    QDateEdit *m_filterTo;
    QTableView *m_requests;
    QPushButton *m_approve;
    QPushButton *m_deny;
    QPushButton *m_cancelRequest;
    QLabel *m_queueMessage;
    QString m_lastMessage;

    ReasonHandler m_capacityReason;
    ReasonHandler m_quotaOverride;
    ReasonHandler m_denialReason;
    ShiftHandlingHandler m_shiftHandling;
};
