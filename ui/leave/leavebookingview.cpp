#include "leavebookingview.h"

#include "calendar/calendarpalette.h"
#include "commands/recordededit.h"
#include "leavecalendarmodel.h"
#include "leavecalendartable.h"
#include "leavedaydelegate.h"
#include "leaverequestlistmodel.h"
#include "scheduling/leavequota.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Below this, a number of weeks is zero: sums of day fractions are not exact.
constexpr double Epsilon = 1e-9;
// The earliest date of the period filters, shown as "Any": no limit.
const QDate NoLimit(2000, 1, 1);

QString dayMonth(QDate date)
{
    return QLocale().toString(date, LeaveBookingView::tr("ddd d MMM", "a day in the leave summary"));
}

QString dayMonthYear(QDate date)
{
    return QLocale().toString(date, LeaveBookingView::tr("ddd d MMM yyyy", "a day in the leave summary"));
}

QString number(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return QLocale().toString(std::abs(rounded) < 0.005 ? 0.0 : rounded, 'g', 6);
}

QString daysText(double days)
{
    return std::abs(days - 1.0) < Epsilon ? LeaveBookingView::tr("1 day") : LeaveBookingView::tr("%1 days").arg(number(days));
}

QString weeksText(double weeks)
{
    return std::abs(weeks - 1.0) < Epsilon ? LeaveBookingView::tr("1 week") : LeaveBookingView::tr("%1 weeks").arg(number(weeks));
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

std::optional<QString> askForReason(QWidget *parent, const QString &title, const QString &question, const QString &okText,
                                    const QString &cancelText)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    dialog.setOkButtonText(okText);
    dialog.setCancelButtonText(cancelText);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString reason = dialog.textValue().trimmed();
    return reason.isEmpty() ? std::nullopt : std::optional<QString>(reason);
}

std::optional<qint64> comboId(const QComboBox *box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

} // namespace

LeaveBookingView::LeaveBookingView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_calendarModel(new LeaveCalendarModel(session, this))
    , m_requestModel(new LeaveRequestListModel(session, this))
{
    auto *topBar = buildTopBar();
    m_calendar = new LeaveCalendarTable(this);
    m_calendar->setModel(m_calendarModel);
    m_calendar->setItemDelegate(new LeaveDayDelegate(m_calendar));
    m_calendar->setAccessibleName(tr("Leave calendar"));
    m_calendar->setMinimumWidth(7 * 72);
    auto *summary = buildSummary();
    auto *queue = buildQueue();

    auto *booking = new QWidget(this);
    auto *bookingLayout = new QHBoxLayout(booking);
    bookingLayout->setContentsMargins(0, 0, 0, 0);
    bookingLayout->addWidget(m_calendar, 1);
    bookingLayout->addWidget(summary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(booking);
    splitter->addWidget(queue);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The calendar gets room for a state line per day, the queue for its main columns.
    splitter->setSizes({770, 550});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(topBar);
    layout->addWidget(splitter, 1);

    connect(m_calendar->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeaveBookingView::updateSummary);
    connect(m_requests->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeaveBookingView::updateQueueButtons);
    connect(m_session, &WorkspaceSession::dataChanged, this, &LeaveBookingView::reload);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        refreshClinicians();
        refreshFilterLists();
        m_calendarModel->setMonth(m_session->today());
        reload();
    });

    refreshClinicians();
    refreshFilterLists();
    m_calendarModel->setMonth(m_session->today());
    applyRequestFilter();
    reload();
}

LeaveBookingView::~LeaveBookingView() = default;

QWidget *LeaveBookingView::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_clinician = new QComboBox(bar);
    m_clinician->setMinimumContentsLength(18);
    m_clinician->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *clinicianLabel = new QLabel(tr("&Clinician:"), bar);
    clinicianLabel->setBuddy(m_clinician);

    auto *previous = new QToolButton(bar);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month"));
    previous->setAccessibleName(tr("Previous month"));
    auto *today = new QPushButton(tr("&Today"), bar);
    today->setToolTip(tr("The month of today"));
    auto *next = new QToolButton(bar);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month"));
    next->setAccessibleName(tr("Next month"));
    m_monthTitle = heading({}, bar);
    m_monthTitle->setMinimumWidth(m_monthTitle->fontMetrics().horizontalAdvance(u"September 0000"_s) + 8);

    m_type = new QComboBox(bar);
    for (const LeaveRequest::Type type : CalendarPalette::leaveTypes())
        m_type->addItem(CalendarPalette::leaveName(type), int(type));
    auto *typeLabel = new QLabel(tr("Leave &type:"), bar);
    typeLabel->setBuddy(m_type);
    m_notes = new QLineEdit(bar);
    m_notes->setPlaceholderText(tr("Notes for the request (optional)"));
    m_notes->setClearButtonEnabled(true);
    auto *notesLabel = new QLabel(tr("&Notes:"), bar);
    notesLabel->setBuddy(m_notes);

    layout->addWidget(clinicianLabel);
    layout->addWidget(m_clinician);
    layout->addSpacing(12);
    layout->addWidget(previous);
    layout->addWidget(today);
    layout->addWidget(next);
    layout->addWidget(m_monthTitle);
    layout->addSpacing(12);
    layout->addWidget(typeLabel);
    layout->addWidget(m_type);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    connect(previous, &QToolButton::clicked, this, [this] { stepMonth(-1); });
    connect(next, &QToolButton::clicked, this, [this] { stepMonth(1); });
    connect(today, &QPushButton::clicked, this, &LeaveBookingView::goToToday);
    connect(m_clinician, &QComboBox::currentIndexChanged, this, [this] {
        const QList<QDate> dates = selectedDates();
        m_calendarModel->setClinician(clinician());
        m_calendar->selectDates(dates);
        updateSummary();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &LeaveBookingView::updateSummary);
    return bar;
}

QWidget *LeaveBookingView::buildSummary()
{
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setFixedWidth(fontMetrics().averageCharWidth() * 32);
    auto *layout = new QVBoxLayout(panel);

    m_selection = wrappingLabel(panel, u"selection"_s);
    m_quotaHeading = heading(tr("Annual leave"), panel);
    m_quota = wrappingLabel(panel, u"quota"_s);
    m_quota->setTextFormat(Qt::RichText);
    m_capacity = wrappingLabel(panel, u"capacity"_s);
    m_capacity->setTextFormat(Qt::RichText);
    m_submit = new QPushButton(tr("&Submit request"), panel);
    m_submit->setDefault(true);
    m_message = wrappingLabel(panel, u"message"_s);

    layout->addWidget(heading(tr("Selected days"), panel));
    layout->addWidget(m_selection);
    layout->addSpacing(8);
    layout->addWidget(m_quotaHeading);
    layout->addWidget(m_quota);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Team capacity"), panel));
    layout->addWidget(m_capacity);
    layout->addStretch(1);
    layout->addWidget(m_submit);
    layout->addWidget(m_message);

    connect(m_submit, &QPushButton::clicked, this, &LeaveBookingView::submit);
    return panel;
}

QWidget *LeaveBookingView::buildQueue()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 0, 0);

    auto *titleRow = new QHBoxLayout;
    m_queueTitle = heading({}, panel);
    m_showAll = new QCheckBox(tr("Show &all requests"), panel);
    titleRow->addWidget(m_queueTitle, 1);
    titleRow->addWidget(m_showAll);
    layout->addLayout(titleRow);

    m_filters = new QWidget(panel);
    auto *filters = new QGridLayout(m_filters);
    filters->setContentsMargins(0, 0, 0, 0);
    m_filterClinician = new QComboBox(m_filters);
    m_filterClinician->setMinimumContentsLength(12);
    m_filterClinician->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filterType = new QComboBox(m_filters);
    m_filterType->addItem(tr("All types"));
    for (const LeaveRequest::Type type : CalendarPalette::leaveTypes())
        m_filterType->addItem(CalendarPalette::leaveName(type), int(type));
    m_filterStatus = new QComboBox(m_filters);
    m_filterStatus->addItem(tr("All statuses"));
    for (const LeaveRequest::Status status : {LeaveRequest::Status::Pending, LeaveRequest::Status::Approved,
                                              LeaveRequest::Status::Denied, LeaveRequest::Status::Cancelled})
        m_filterStatus->addItem(LeaveRequestListModel::statusName(status), int(status));
    auto dateEdit = [this](const QString &accessibleName) {
        auto *edit = new QDateEdit(m_filters);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoLimit);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(NoLimit);
        edit->setAccessibleName(accessibleName);
        return edit;
    };
    m_filterFrom = dateEdit(tr("Requests ending on or after"));
    m_filterTo = dateEdit(tr("Requests starting on or before"));
    filters->addWidget(m_filterClinician, 0, 0);
    filters->addWidget(m_filterType, 0, 1);
    filters->addWidget(m_filterStatus, 0, 2);
    auto *fromLabel = new QLabel(tr("&From:"), m_filters);
    fromLabel->setBuddy(m_filterFrom);
    auto *toLabel = new QLabel(tr("T&o:"), m_filters);
    toLabel->setBuddy(m_filterTo);
    auto *period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_filterFrom, 1);
    period->addWidget(toLabel);
    period->addWidget(m_filterTo, 1);
    filters->addLayout(period, 1, 0, 1, 3);
    m_filters->setVisible(false);
    layout->addWidget(m_filters);

    m_requests = new QTableView(panel);
    m_requests->setModel(m_requestModel);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setAlternatingRowColors(true);
    m_requests->setWordWrap(false);
    m_requests->verticalHeader()->hide();
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->horizontalHeader()->setHighlightSections(false);
    m_requests->setAccessibleName(tr("Leave requests"));
    layout->addWidget(m_requests, 1);

    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("A&pprove…"), panel);
    m_approve->setToolTip(tr("Approve the selected request; its shifts become open shifts or need reassigning"));
    m_deny = new QPushButton(tr("&Deny…"), panel);
    m_deny->setToolTip(tr("Deny the selected request, with a reason"));
    m_cancelRequest = new QPushButton(tr("Cancel &Request"), panel);
    m_cancelRequest->setToolTip(tr("Cancel the selected pending or approved request; shifts its approval opened go back"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_deny);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelRequest);
    layout->addLayout(buttons);
    m_queueMessage = wrappingLabel(panel, u"queueMessage"_s);
    layout->addWidget(m_queueMessage);

    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        m_filters->setVisible(all);
        applyRequestFilter();
    });
    for (QComboBox *box : {m_filterClinician, m_filterType, m_filterStatus})
        connect(box, &QComboBox::currentIndexChanged, this, &LeaveBookingView::applyRequestFilter);
    for (QDateEdit *edit : {m_filterFrom, m_filterTo})
        connect(edit, &QDateEdit::dateChanged, this, &LeaveBookingView::applyRequestFilter);
    connect(m_approve, &QPushButton::clicked, this, &LeaveBookingView::approveSelected);
    connect(m_deny, &QPushButton::clicked, this, &LeaveBookingView::denySelected);
    connect(m_cancelRequest, &QPushButton::clicked, this, &LeaveBookingView::cancelSelected);
    return panel;
}

void LeaveBookingView::refreshClinicians()
{
    const QSignalBlocker blocker(m_clinician);
    const qint64 previous = clinician();
    m_clinician->clear();
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        m_calendarModel->setClinician(0);
        return;
    }
    ClinicianFilter filter;
    filter.activeOnly = true;
    const QList<Clinician> clinicians = ClinicianRepository(*workspace).list(filter);
    const QString user = workspace->currentUser().trimmed();
    qint64 me = 0;
    for (const Clinician &clinician : clinicians) {
        if (!user.isEmpty() && (clinician.name.compare(user, Qt::CaseInsensitive) == 0
                                || (!clinician.email.isEmpty() && clinician.email.compare(user, Qt::CaseInsensitive) == 0))) {
            me = clinician.id;
            m_clinician->addItem(tr("Me (%1)").arg(clinician.name), clinician.id);
            break;
        }
    }
    for (const Clinician &clinician : clinicians) {
        if (clinician.id != me)
            m_clinician->addItem(clinician.name, clinician.id);
    }
    const int index = m_clinician->findData(previous);
    m_clinician->setCurrentIndex(index >= 0 ? index : (m_clinician->count() > 0 ? 0 : -1));
    m_calendarModel->setClinician(clinician());
}

void LeaveBookingView::refreshFilterLists()
{
    const QSignalBlocker blocker(m_filterClinician);
    const QVariant previous = m_filterClinician->currentData();
    m_filterClinician->clear();
    m_filterClinician->addItem(tr("All clinicians"));
    if (Workspace *workspace = m_session->workspace()) {
        for (const Clinician &clinician : ClinicianRepository(*workspace).list())
            m_filterClinician->addItem(clinician.name, clinician.id);
    }
    const int index = previous.isValid() ? m_filterClinician->findData(previous) : 0;
    m_filterClinician->setCurrentIndex(std::max(0, index));
}

qint64 LeaveBookingView::clinician() const
{
    return comboId(m_clinician).value_or(0);
}

void LeaveBookingView::setClinician(qint64 clinicianId)
{
    const int index = m_clinician->findData(clinicianId);
    if (index >= 0)
        m_clinician->setCurrentIndex(index);
}

QDate LeaveBookingView::month() const
{
    return m_calendarModel->month();
}

void LeaveBookingView::setMonth(QDate month)
{
    const QList<QDate> dates = selectedDates();
    m_calendarModel->setMonth(month);
    m_calendar->selectDates(dates);
    updateMonthTitle();
    updateSummary();
}

void LeaveBookingView::stepMonth(int months)
{
    setMonth(month().addMonths(months));
}

void LeaveBookingView::goToToday()
{
    setMonth(m_session->today());
}

LeaveRequest::Type LeaveBookingView::leaveType() const
{
    return LeaveRequest::Type(m_type->currentData().toInt());
}

void LeaveBookingView::setLeaveType(LeaveRequest::Type type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(type))));
}

QList<QDate> LeaveBookingView::selectedDates() const
{
    return m_calendar->selectedDates();
}

void LeaveBookingView::selectDates(const QList<QDate> &dates)
{
    m_calendar->selectDates(dates);
}

bool LeaveBookingView::showsAllRequests() const
{
    return m_showAll->isChecked();
}

void LeaveBookingView::setShowAllRequests(bool all)
{
    m_showAll->setChecked(all);
}

qint64 LeaveBookingView::selectedRequestId() const
{
    const QModelIndexList rows = m_requests->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(LeaveRequestListModel::RequestIdRole).toLongLong();
}

void LeaveBookingView::selectRequest(qint64 requestId)
{
    const int row = m_requestModel->rowOf(requestId);
    if (row < 0) {
        m_requests->clearSelection();
        return;
    }
    m_requests->selectionModel()->setCurrentIndex(m_requestModel->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

std::optional<LeaveRequest> LeaveBookingView::selectedRequest() const
{
    const qint64 id = selectedRequestId();
    const int row = id ? m_requestModel->rowOf(id) : -1;
    return row >= 0 ? std::optional<LeaveRequest>(m_requestModel->request(row)) : std::nullopt;
}

void LeaveBookingView::applyRequestFilter()
{
    LeaveRequestListModel::Filter filter;
    if (m_showAll->isChecked()) {
        filter.clinicianId = comboId(m_filterClinician);
        if (const std::optional<qint64> type = comboId(m_filterType))
            filter.type = LeaveRequest::Type(*type);
        if (const std::optional<qint64> status = comboId(m_filterStatus))
            filter.status = LeaveRequest::Status(*status);
        if (m_filterFrom->date() != NoLimit)
            filter.from = m_filterFrom->date();
        if (m_filterTo->date() != NoLimit)
            filter.to = m_filterTo->date();
    } else {
        filter.status = LeaveRequest::Status::Pending;
    }
    const qint64 selected = selectedRequestId();
    m_requestModel->setFilter(filter);
    // The queue is all pending and newest first; when each was requested is in its tooltip.
    m_requests->setColumnHidden(LeaveRequestListModel::StatusColumn, !m_showAll->isChecked());
    m_requests->setColumnHidden(LeaveRequestListModel::RequestedAtColumn, !m_showAll->isChecked());
    m_requests->resizeColumnsToContents();
    selectRequest(selected);
    const int count = m_requestModel->rowCount();
    m_queueTitle->setText(m_showAll->isChecked() ? tr("Leave requests (%1)").arg(count) : tr("Pending requests (%1), newest first").arg(count));
    updateQueueButtons();
}

void LeaveBookingView::reload()
{
    const QList<QDate> dates = selectedDates();
    const qint64 request = selectedRequestId();
    m_calendarModel->reload();
    m_calendar->selectDates(dates);
    m_requestModel->reload();
    m_requests->resizeColumnsToContents();
    selectRequest(request);
    const int count = m_requestModel->rowCount();
    m_queueTitle->setText(m_showAll->isChecked() ? tr("Leave requests (%1)").arg(count) : tr("Pending requests (%1), newest first").arg(count));
    updateMonthTitle();
    updateSummary();
    updateQueueButtons();
}

void LeaveBookingView::updateMonthTitle()
{
    m_monthTitle->setText(QLocale().toString(month(), tr("MMMM yyyy", "the month shown")));
}

void LeaveBookingView::updateQueueButtons()
{
    const std::optional<LeaveRequest> request = selectedRequest();
    const bool pending = request && request->status == LeaveRequest::Status::Pending;
    m_approve->setEnabled(pending);
    m_deny->setEnabled(pending);
    m_cancelRequest->setEnabled(pending || (request && request->status == LeaveRequest::Status::Approved));
}

QList<LeaveRequest> LeaveBookingView::runsOfSelection() const
{
    QList<LeaveRequest> runs;
    for (const QDate date : selectedDates()) {
        if (!runs.isEmpty() && runs.constLast().end_date.addDays(1) == date) {
            runs.last().end_date = date;
            continue;
        }
        LeaveRequest request;
        request.clinician_id = clinician();
        request.type = leaveType();
        request.start_date = date;
        request.end_date = date;
        request.notes = m_notes->text().trimmed();
        runs.append(request);
    }
    return runs;
}

QList<QDate> LeaveBookingView::fullDates(const QList<QDate> &dates) const
{
    QList<QDate> full;
    for (const QDate date : dates) {
        const LeaveCalendarModel::Day *day = m_calendarModel->day(date);
        // Someone already off that day does not take another place.
        if (day && day->capacity.isFull() && !day->capacity.offClinicians.contains(clinician()))
            full.append(date);
    }
    return full;
}

QStringList LeaveBookingView::quotaProblems(const QList<LeaveRequest> &requests) const
{
    QStringList problems;
    Workspace *workspace = m_session->workspace();
    if (!workspace || requests.isEmpty())
        return problems;
    const LeaveQuotaCalculator calculator(*workspace);
    // The weeks needed from each leave year the requests touch, as the processor checks them.
    QMap<QDate, double> needed;
    for (const LeaveRequest &request : requests) {
        for (QDate yearStart = LeaveQuotaCalculator::leaveYearStart(*workspace, request.start_date); yearStart <= request.end_date;
             yearStart = LeaveQuotaCalculator::leaveYearStartIn(*workspace, yearStart.year() + 1))
            needed[yearStart] += calculator.weeksFor(request, yearStart);
    }
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        const LeaveQuota quota = calculator.forClinician(requests.constFirst().clinician_id, it.key());
        const QString year = LeaveQuotaCalculator::leaveYearLabel(it.key());
        if (!quota.has_entitlement)
            problems << tr("there is no annual leave entitlement in %1").arg(year);
        else if (it.value() > quota.remaining_weeks + Epsilon)
            problems << tr("%1 needed, %2 left in %3").arg(weeksText(it.value()), weeksText(std::max(0.0, quota.remaining_weeks)), year);
    }
    return problems;
}

void LeaveBookingView::updateSummary()
{
    const QList<QDate> dates = selectedDates();
    const QList<LeaveRequest> runs = runsOfSelection();
    const CalendarPalette colours(palette());
    const QString warning = colours.belowMinimum().name();
    Workspace *workspace = m_session->workspace();

    // The selection, one line per request it makes.
    if (runs.isEmpty()) {
        m_selection->setText(tr("None. Click a day, Shift-click or drag for a run of days, Ctrl-click to add single days."));
    } else {
        QStringList lines;
        if (runs.size() > 1)
            lines << tr("%1 requests, one per run of days:").arg(runs.size());
        for (const LeaveRequest &run : runs) {
            int working = 0;
            for (QDate date = run.start_date; date <= run.end_date; date = date.addDays(1)) {
                const LeaveCalendarModel::Day *day = m_calendarModel->day(date);
                working += day && day->workingDay ? 1 : 0;
            }
            const QString when = run.start_date == run.end_date ? dayMonthYear(run.start_date)
                                                                  : tr("%1 – %2", "date range").arg(dayMonth(run.start_date), dayMonthYear(run.end_date));
            const QString calendarDays = run.dayCount() == 1 ? tr("1 day") : tr("%1 days").arg(run.dayCount());
            const QString workingDays = working == 1 ? tr("1 working day") : tr("%1 working days").arg(working);
            lines << tr("%1: %2, %3", "dates: calendar days, working days").arg(when, calendarDays, workingDays);
        }
        m_selection->setText(lines.join(u'\n'));
    }

    // The annual leave quota of the leave year of the first day selected (or of the month shown).
    const bool annual = leaveType() == LeaveRequest::Type::Annual;
    m_quotaHeading->setText(tr("Annual leave"));
    QStringList quota;
    if (!workspace || clinician() == 0) {
        quota << tr("Choose a clinician.").toHtmlEscaped();
    } else {
        const QDate reference = dates.isEmpty() ? month() : dates.constFirst();
        const LeaveQuotaCalculator calculator(*workspace);
        const LeaveQuota now = calculator.forClinician(clinician(), reference);
        const QString year = LeaveQuotaCalculator::leaveYearLabel(now.leave_year_start);
        m_quotaHeading->setText(tr("Annual leave %1").arg(year));
        if (!now.has_entitlement) {
            quota << tr("No annual leave entitlement in %1.").arg(year).toHtmlEscaped();
            if (annual && !runs.isEmpty())
                quota << u"<span style=\"color:%1; font-weight:bold\">%2</span>"_s.arg(
                    warning, tr("Without one, a request for annual leave is stored as denied unless it is overridden.").toHtmlEscaped());
        } else {
            quota << tr("Remaining now: %1 (%2)").arg(daysText(now.remaining_days), weeksText(now.remaining_weeks)).toHtmlEscaped();
            if (annual && !runs.isEmpty()) {
                double weeks = 0.0;
                int days = 0;
                for (const LeaveRequest &run : runs) {
                    weeks += calculator.weeksFor(run, now.leave_year_start);
                    for (QDate date = std::max(run.start_date, now.leave_year_start); date <= std::min(run.end_date, now.leave_year_end);
                         date = date.addDays(1)) {
                        const LeaveCalendarModel::Day *day = m_calendarModel->day(date);
                        days += day && day->workingDay ? 1 : 0;
                    }
                }
                const double afterWeeks = now.remaining_weeks - weeks;
                const QString after = tr("After this request: %1 (%2)").arg(daysText(now.remaining_days - days), weeksText(afterWeeks));
                if (afterWeeks < -Epsilon) {
                    quota << u"<span style=\"color:%1; font-weight:bold\">%2<br>%3</span>"_s.arg(
                        warning, after.toHtmlEscaped(), tr("This exceeds the remaining entitlement.").toHtmlEscaped());
                } else {
                    quota << after.toHtmlEscaped();
                }
            } else if (!annual) {
                quota << tr("%1 does not count against it.").arg(CalendarPalette::leaveName(leaveType())).toHtmlEscaped();
            }
        }
    }
    m_quota->setText(quota.join(u"<br>"_s));

    // Full days among those selected; a long run lists the first few.
    constexpr int ListedFullDays = 4;
    QStringList capacity;
    if (clinician() != 0) {
        const QList<QDate> full = fullDates(dates);
        if (!full.isEmpty())
            capacity << u"<span style=\"color:%1; font-weight:bold\">%2</span>"_s.arg(
                warning, (full.size() == 1 ? tr("Full on 1 selected day:") : tr("Full on %1 selected days:").arg(full.size())).toHtmlEscaped());
        for (qsizetype i = 0; i < std::min<qsizetype>(full.size(), ListedFullDays); ++i) {
            const LeaveCalendarModel::Day *day = m_calendarModel->day(full.at(i));
            capacity << u"<span style=\"color:%1\">%2</span>"_s.arg(
                warning, tr("%1: %2/%3 off (%4)", "day: off/maximum (names)")
                             .arg(dayMonth(day->date))
                             .arg(day->capacity.off)
                             .arg(day->capacity.maximum)
                             .arg(day->offNames.join(tr(", ", "list separator")))
                             .toHtmlEscaped());
        }
        if (full.size() > ListedFullDays)
            capacity << u"<span style=\"color:%1\">%2</span>"_s.arg(warning, tr("and %1 more").arg(full.size() - ListedFullDays).toHtmlEscaped());
        if (full.isEmpty()) {
            const QString team = m_calendarModel->teamName().isEmpty() ? tr("the clinicians without a team") : m_calendarModel->teamName();
            capacity << (dates.isEmpty() ? tr("Each day shows how many of %1 are off, against the most allowed.").arg(team)
                                         : tr("Room on every selected day (%1).").arg(team))
                            .toHtmlEscaped();
        } else {
            capacity << tr("Submitting asks for a reason to book them anyway.").toHtmlEscaped();
        }
    }
    m_capacity->setText(capacity.join(u"<br>"_s));
    m_submit->setEnabled(workspace && clinician() != 0 && !runs.isEmpty());
}

void LeaveBookingView::showOutcome(QLabel *label, const QStringList &messages, bool failed)
{
    const QString text = messages.join(u'\n');
    QPalette colours = palette();
    if (failed)
        colours.setColor(QPalette::WindowText, CalendarPalette(palette()).belowMinimum());
    label->setPalette(colours);
    label->setText(text);
    m_lastMessage = text;
    if (!text.isEmpty())
        emit statusMessage(messages.constLast());
}

void LeaveBookingView::submit()
{
    Workspace *workspace = m_session->workspace();
    const QList<LeaveRequest> runs = runsOfSelection();
    if (!workspace || clinician() == 0 || runs.isEmpty())
        return;
    const std::optional<Clinician> person = ClinicianRepository(*workspace).get(clinician());
    const QString name = person ? person->name : m_clinician->currentText();

    const QList<QDate> full = fullDates(selectedDates());
    QString capacityReason;
    if (!full.isEmpty()) {
        QStringList days;
        for (const QDate date : full)
            days << dayMonth(date);
        const QString question = tr("The team already has as many off as it allows on %1. Give a reason to book leave then anyway:")
                                     .arg(days.join(tr(", ", "list separator")));
        const std::optional<QString> reason =
            m_capacityReason ? m_capacityReason(question)
                             : askForReason(this, tr("Leave Capacity Reached"), question, tr("Book Anyway"), tr("Cancel"));
        if (!reason || reason->trimmed().isEmpty()) {
            showOutcome(m_message, {tr("Nothing was submitted.")}, false);
            return;
        }
        capacityReason = reason->trimmed();
    }

    QString quotaReason;
    if (leaveType() == LeaveRequest::Type::Annual) {
        if (const QStringList problems = quotaProblems(runs); !problems.isEmpty()) {
            const QString question = tr("This goes beyond the annual leave quota of %1: %2. Give a reason to submit it anyway; "
                                        "without one it is stored as denied.")
                                         .arg(name, problems.join(u"; "_s));
            const std::optional<QString> reason =
                m_quotaOverride ? m_quotaOverride(question)
                                : askForReason(this, tr("Beyond the Leave Quota"), question, tr("Submit Anyway"), tr("Submit Without Override"));
            quotaReason = reason.value_or(QString()).trimmed();
        }
    }

    LeaveRequestProcessor processor(*workspace);
    QStringList messages;
    bool failed = false;
    for (LeaveRequest request : runs) {
        // Each run is checked after the ones before it are stored, as the processor will.
        const bool beyondQuota = request.type == LeaveRequest::Type::Annual && !quotaProblems({request}).isEmpty();
        bool touchesFull = false;
        for (const QDate date : full)
            touchesFull = touchesFull || (date >= request.start_date && date <= request.end_date);
        // Without an override reason a request beyond the quota is stored as denied, and its
        // capacity no longer matters; any reason given would keep it pending.
        QStringList reasons;
        if (!beyondQuota || !quotaReason.isEmpty()) {
            if (touchesFull)
                reasons << capacityReason;
            if (beyondQuota)
                reasons << quotaReason;
        }
        const QString overrideReason = reasons.join(u"; "_s);
        LeaveOutcome outcome;
        const StorageError error =
            RecordedEdit::apply(m_session, tr("Request %1 for %2").arg(CalendarPalette::leaveName(request.type), name),
                                [&] { return processor.submit(request, &outcome, overrideReason); });
        if (!error.ok()) {
            messages << error.message;
            failed = true;
            m_session->reportError(error.message);
            break;
        }
        m_session->notifyDatesChanged(request.start_date, request.end_date);
        messages << outcome.message;
    }
    if (!failed) {
        m_calendar->clearSelection();
        m_notes->clear();
    }
    showOutcome(m_message, messages, failed);
}

void LeaveBookingView::approveSelected()
{
    Workspace *workspace = m_session->workspace();
    const std::optional<LeaveRequest> request = selectedRequest();
    if (!workspace || !request || request->status != LeaveRequest::Status::Pending)
        return;
    int shifts = 0;
    for (const Shift &shift : ShiftRepository(*workspace).inWindow(request->start_date, request->end_date, request->clinician_id))
        shifts += shift.status == Shift::Status::Cancelled ? 0 : 1;
    const QString who = m_requestModel->index(m_requestModel->rowOf(request->id), LeaveRequestListModel::ClinicianColumn).data().toString();
    LeaveRequestProcessor::ShiftHandling handling = LeaveRequestProcessor::ShiftHandling::MakeOpen;
    if (shifts > 0) {
        const QString question = shifts == 1 ? tr("1 shift of %1 falls in this leave. Turn it into an open shift, or keep it "
                                                  "with %1 marked as needing reassignment?")
                                                   .arg(who)
                                             : tr("%1 shifts of %2 fall in this leave. Turn them into open shifts, or keep them "
                                                  "with %2 marked as needing reassignment?")
                                                   .arg(shifts)
                                                   .arg(who);
        std::optional<LeaveRequestProcessor::ShiftHandling> choice;
        if (m_shiftHandling) {
            choice = m_shiftHandling(question);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Approve Leave"), question, QMessageBox::NoButton, this);
            QPushButton *open = box.addButton(tr("Make &Open Shifts"), QMessageBox::AcceptRole);
            QPushButton *reassign = box.addButton(tr("Mark for &Reassignment"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(open);
            box.exec();
            if (box.clickedButton() == open)
                choice = LeaveRequestProcessor::ShiftHandling::MakeOpen;
            else if (box.clickedButton() == reassign)
                choice = LeaveRequestProcessor::ShiftHandling::NeedsReassignment;
        }
        if (!choice)
            return;
        handling = *choice;
    }
    LeaveRequestProcessor processor(*workspace);
    LeaveOutcome outcome;
    const StorageError error = RecordedEdit::apply(m_session, tr("Approve leave of %1").arg(who),
                                                   [&] { return processor.approve(request->id, handling, &outcome); });
    if (!error.ok()) {
        m_session->reportError(error.message);
        showOutcome(m_queueMessage, {error.message}, true);
        return;
    }
    m_session->notifyDatesChanged(request->start_date, request->end_date);
    showOutcome(m_queueMessage, {outcome.message}, false);
}

void LeaveBookingView::denySelected()
{
    Workspace *workspace = m_session->workspace();
    const std::optional<LeaveRequest> request = selectedRequest();
    if (!workspace || !request || request->status != LeaveRequest::Status::Pending)
        return;
    const QString who = m_requestModel->index(m_requestModel->rowOf(request->id), LeaveRequestListModel::ClinicianColumn).data().toString();
    const QString question = tr("Why is the leave of %1 from %2 to %3 denied?").arg(who, dayMonth(request->start_date), dayMonthYear(request->end_date));
    const std::optional<QString> reason =
        m_denialReason ? m_denialReason(question) : askForReason(this, tr("Deny Leave"), question, tr("Deny"), tr("Cancel"));
    if (!reason || reason->trimmed().isEmpty())
        return;
    LeaveRequestProcessor processor(*workspace);
    LeaveOutcome outcome;
    const StorageError error = RecordedEdit::apply(m_session, tr("Deny leave of %1").arg(who),
                                                   [&] { return processor.deny(request->id, reason->trimmed(), &outcome); });
    if (!error.ok()) {
        m_session->reportError(error.message);
        showOutcome(m_queueMessage, {error.message}, true);
        return;
    }
    m_session->notifyDatesChanged(request->start_date, request->end_date);
    showOutcome(m_queueMessage, {outcome.message}, false);
}

void LeaveBookingView::cancelSelected()
{
    Workspace *workspace = m_session->workspace();
    const std::optional<LeaveRequest> request = selectedRequest();
    if (!workspace || !request
        || (request->status != LeaveRequest::Status::Pending && request->status != LeaveRequest::Status::Approved))
        return;
    const QString who = m_requestModel->index(m_requestModel->rowOf(request->id), LeaveRequestListModel::ClinicianColumn).data().toString();
    LeaveRequestProcessor processor(*workspace);
    LeaveOutcome outcome;
    const StorageError error = RecordedEdit::apply(m_session, tr("Cancel leave of %1").arg(who),
                                                   [&] { return processor.cancel(request->id, &outcome); });
    if (!error.ok()) {
        m_session->reportError(error.message);
        showOutcome(m_queueMessage, {error.message}, true);
        return;
    }
    m_session->notifyDatesChanged(request->start_date, request->end_date);
    showOutcome(m_queueMessage, {outcome.message}, false);
}
