#include "leaverequestprocessor.h"

#include "leavequota.h"
#include "model/shift.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QHash>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Processor = LeaveRequestProcessor;

// Below this, a number of weeks is zero: sums of day fractions are not exact.
constexpr double Epsilon = 1e-9;

QString dayMonth(QDate date)
{
    return QLocale().toString(date, Processor::tr("d MMM", "date format: day and month"));
}

QString dayMonthYear(QDate date)
{
    return QLocale().toString(date, Processor::tr("d MMM yyyy", "date format: day, month and year"));
}

QString weeksText(double weeks)
{
    return QLocale().toString(std::round(weeks * 100.0) / 100.0, 'g', 6);
}

QString leaveKind(LeaveRequest::Type type)
{
    switch (type) {
    case LeaveRequest::Type::Annual:
        return Processor::tr("annual leave");
    case LeaveRequest::Type::Study:
        return Processor::tr("study leave");
    case LeaveRequest::Type::Coroners:
        return Processor::tr("coroner's leave");
    case LeaveRequest::Type::RequestedOff:
        return Processor::tr("requested time off");
    case LeaveRequest::Type::Sick:
        return Processor::tr("sick leave");
    case LeaveRequest::Type::Parental:
        return Processor::tr("parental leave");
    }
    return {};
}

QString statusText(LeaveRequest::Status status)
{
    switch (status) {
    case LeaveRequest::Status::Pending:
        return Processor::tr("pending");
    case LeaveRequest::Status::Approved:
        return Processor::tr("approved");
    case LeaveRequest::Status::Denied:
        return Processor::tr("denied");
    case LeaveRequest::Status::Cancelled:
        return Processor::tr("cancelled");
    }
    return {};
}

StorageError refused(const QString &message)
{
    return {StorageError::Kind::Other, message, {}};
}

// The names and codes messages use, read once per step.
class Names
{
public:
    explicit Names(Workspace &workspace)
        : m_workspace(workspace)
    {
        for (const ShiftType &type : ShiftTypeRepository(workspace).all())
            m_codes.insert(type.id, type.code);
    }

    QString clinician(qint64 id) const
    {
        const std::optional<Clinician> clinician = ClinicianRepository(m_workspace).get(id);
        return clinician ? clinician->name : Processor::tr("clinician %1").arg(id);
    }

    // "D on 3 Mar"
    QString shift(const Shift &shift) const
    {
        return Processor::tr("%1 on %2", "shift type code and date").arg(m_codes.value(shift.shift_type_id, u"?"_s), dayMonth(shift.date));
    }

    QString shifts(const QList<Shift> &shifts) const
    {
        QStringList labels;
        for (const Shift &one : shifts)
            labels << shift(one);
        return labels.join(Processor::tr(", ", "list separator"));
    }

    // "request 12 (annual leave for Ada Lovelace, 3 Mar 2026 to 7 Mar 2026)"
    QString request(const LeaveRequest &request) const
    {
        const QString dates = request.start_date == request.end_date
                                  ? dayMonthYear(request.start_date)
                                  : Processor::tr("%1 to %2", "date range").arg(dayMonthYear(request.start_date), dayMonthYear(request.end_date));
        return Processor::tr("Leave request %1 (%2 for %3, %4)")
            .arg(request.id)
            .arg(leaveKind(request.type), clinician(request.clinician_id), dates);
    }

private:
    Workspace &m_workspace;
    QHash<qint64, QString> m_codes;
};

// The clinician's shifts that are not cancelled and whose local date lies in the leave.
QList<Shift> shiftsInLeave(Workspace &workspace, const LeaveRequest &request)
{
    QList<Shift> shifts;
    for (const Shift &shift : ShiftRepository(workspace).inWindow(request.start_date, request.end_date, request.clinician_id)) {
        if (shift.status != Shift::Status::Cancelled)
            shifts.append(shift);
    }
    return shifts;
}

QList<qint64> idsOf(const QList<Shift> &shifts)
{
    QList<qint64> ids;
    for (const Shift &shift : shifts)
        ids << shift.id;
    return ids;
}

// Why annual leave cannot be taken within the quota of some leave year it touches; empty
// when it can.
QString quotaProblem(Workspace &workspace, const LeaveRequest &request, const QString &name)
{
    const LeaveQuotaCalculator calculator(workspace);
    for (QDate yearStart = LeaveQuotaCalculator::leaveYearStart(workspace, request.start_date); yearStart <= request.end_date;
         yearStart = LeaveQuotaCalculator::leaveYearStartIn(workspace, yearStart.year() + 1)) {
        const QString year = LeaveQuotaCalculator::leaveYearLabel(yearStart);
        const LeaveQuota quota = calculator.forClinician(request.clinician_id, yearStart);
        if (!quota.has_entitlement)
            return Processor::tr("%1 has no annual leave entitlement in the leave year %2.").arg(name, year);
        const double needed = calculator.weeksFor(request, yearStart);
        if (needed <= quota.remaining_weeks + Epsilon)
            continue;
        if (quota.remaining_weeks <= Epsilon)
            return Processor::tr("Needs %1 weeks; no annual leave remains in the leave year %2.").arg(weeksText(needed), year);
        return Processor::tr("Needs %1 weeks; %2 weeks remain in the leave year %3.")
            .arg(weeksText(needed), weeksText(quota.remaining_weeks), year);
    }
    return {};
}

// The stored request for a step, or the error that stops the step.
StorageError loadRequest(Workspace &workspace, qint64 requestId, LeaveRequest *request)
{
    const std::optional<LeaveRequest> stored = LeaveRequestRepository(workspace).get(requestId);
    if (!stored)
        return {StorageError::Kind::Constraint, Processor::tr("There is no leave request %1.").arg(requestId), {}};
    *request = *stored;
    return {};
}

void markProcessed(const Workspace &workspace, LeaveRequest &request)
{
    request.processed_at = workspace.nowIso();
    request.processed_by = workspace.currentUser();
}

// The entries of the batch that approved a request: the request's change from pending to
// approved (the latest, should it have been approved more than once) and the shift updates
// written with it.
QList<JournalEntry> approvalShiftEntries(const Workspace &workspace, qint64 requestId)
{
    Journal journal(const_cast<Workspace &>(workspace));
    const QString pending = LeaveRequest::statusToString(LeaveRequest::Status::Pending);
    const QString approved = LeaveRequest::statusToString(LeaveRequest::Status::Approved);
    qint64 batchId = 0;
    for (const JournalEntry &entry : journal.entriesForRecord(u"leave_request"_s, requestId)) {
        if (entry.before.value(u"status"_s).toString() == pending && entry.after.value(u"status"_s).toString() == approved)
            batchId = entry.batch_id;
    }
    QList<JournalEntry> shiftEntries;
    if (batchId == 0)
        return shiftEntries;
    for (const JournalEntry &entry : journal.batch(batchId)) {
        if (entry.record_type == u"shift"_s && entry.operation == u"update"_s)
            shiftEntries.append(entry);
    }
    return shiftEntries;
}

// The shift with the fields the approval changed set back to what they were before it.
Shift restored(const Shift &current, const JournalEntry &approval)
{
    QJsonObject json = current.toJson();
    for (auto it = approval.before.constBegin(); it != approval.before.constEnd(); ++it) {
        if (it.key() == u"modified_at"_s || it.key() == u"modified_by"_s)
            continue;
        if (approval.after.value(it.key()) != it.value())
            json.insert(it.key(), it.value());
    }
    return Shift::fromJson(json);
}

} // namespace

LeaveRequestProcessor::LeaveRequestProcessor(Workspace &workspace)
    : m_workspace(workspace)
{
}

StorageError LeaveRequestProcessor::submit(LeaveRequest &request, LeaveOutcome *outcome, const QString &overrideReason)
{
    LeaveRequest candidate = request;
    candidate.id = 0;
    candidate.status = LeaveRequest::Status::Pending;
    candidate.processed_at.clear();
    candidate.processed_by.clear();
    candidate.denial_reason.clear();
    candidate.override_reason = overrideReason.trimmed();
    if (const FieldErrors errors = candidate.validate(); !errors.isEmpty())
        return {StorageError::Kind::Validation, tr("The leave request is not valid: %1").arg(joinFieldErrors(errors)), errors};

    // The quota is read inside the write transaction, so that two requests cannot both take
    // the last week.
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    const std::optional<Clinician> clinician = ClinicianRepository(m_workspace).get(candidate.clinician_id);
    if (!clinician) {
        const QString message = tr("There is no clinician with id %1.").arg(candidate.clinician_id);
        return {StorageError::Kind::Validation, message, {{u"clinician_id"_s, message}}};
    }
    if (!clinician->active) {
        const QString message = tr("%1 is not active; leave cannot be requested for them.").arg(clinician->name);
        return {StorageError::Kind::Validation, message, {{u"clinician_id"_s, message}}};
    }
    const QList<Shift> shifts = shiftsInLeave(m_workspace, candidate);
    candidate.affected_shift_count = int(shifts.size());
    const QString problem = candidate.type == LeaveRequest::Type::Annual ? quotaProblem(m_workspace, candidate, clinician->name) : QString();
    if (!problem.isEmpty() && candidate.override_reason.isEmpty()) {
        candidate.status = LeaveRequest::Status::Denied;
        candidate.denial_reason = problem;
        markProcessed(m_workspace, candidate);
    }
    if (StorageError error = LeaveRequestRepository(m_workspace).create(candidate); !error.ok())
        return error;
    if (StorageError error = transaction.commit(); !error.ok())
        return error;
    request = candidate;

    if (outcome) {
        const Names names(m_workspace);
        QString message;
        if (candidate.status == LeaveRequest::Status::Denied) {
            message = tr("%1 is stored as denied: %2").arg(names.request(candidate), problem);
            if (!shifts.isEmpty())
                message += u' ' + (shifts.size() == 1 ? tr("The shift in it stays as it is.")
                                                      : tr("The %1 shifts in it stay as they are.").arg(shifts.size()));
        } else {
            message = tr("%1 is pending approval.").arg(names.request(candidate));
            if (!problem.isEmpty())
                message += u' ' + tr("It goes beyond the quota: %1 It stays pending because: %2").arg(problem, candidate.override_reason);
            if (!message.endsWith(u'.'))
                message += u'.';
            if (!shifts.isEmpty()) {
                message += u' ' + (shifts.size() == 1
                                       ? tr("1 shift falls in it and stays as it is until it is approved: %1.").arg(names.shifts(shifts))
                                       : tr("%1 shifts fall in it and stay as they are until it is approved: %2.")
                                             .arg(shifts.size())
                                             .arg(names.shifts(shifts)));
            }
        }
        *outcome = {candidate, idsOf(shifts), message};
    }
    return {};
}

StorageError LeaveRequestProcessor::approve(qint64 requestId, ShiftHandling handling, LeaveOutcome *outcome)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    LeaveRequest request;
    if (StorageError error = loadRequest(m_workspace, requestId, &request); !error.ok())
        return error;
    if (request.status != LeaveRequest::Status::Pending) {
        return refused(tr("Leave request %1 is %2; only a pending request can be approved.").arg(requestId).arg(statusText(request.status)));
    }
    QList<Shift> shifts = shiftsInLeave(m_workspace, request);
    request.status = LeaveRequest::Status::Approved;
    request.affected_shift_count = int(shifts.size());
    markProcessed(m_workspace, request);
    if (StorageError error = LeaveRequestRepository(m_workspace).update(request); !error.ok())
        return error;
    ShiftRepository shiftRepository(m_workspace);
    for (Shift &shift : shifts) {
        // The clinician an opened shift had stays in the journal entry's "before".
        if (handling == ShiftHandling::MakeOpen)
            shift.clinician_id.reset();
        else
            shift.status = Shift::Status::NeedsReassignment;
        if (StorageError error = shiftRepository.update(shift); !error.ok())
            return error;
    }
    if (StorageError error = transaction.commit(); !error.ok())
        return error;

    if (outcome) {
        const Names names(m_workspace);
        QString message = tr("%1 is approved.").arg(names.request(request));
        if (shifts.isEmpty())
            message += u' ' + tr("No shifts fall in it.");
        else if (handling == ShiftHandling::MakeOpen)
            message += u' ' + (shifts.size() == 1 ? tr("1 shift is now open: %1.").arg(names.shifts(shifts))
                                                  : tr("%1 shifts are now open: %2.").arg(shifts.size()).arg(names.shifts(shifts)));
        else
            message += u' ' + (shifts.size() == 1 ? tr("1 shift now needs reassigning: %1.").arg(names.shifts(shifts))
                                                  : tr("%1 shifts now need reassigning: %2.").arg(shifts.size()).arg(names.shifts(shifts)));
        *outcome = {request, idsOf(shifts), message};
    }
    return {};
}

StorageError LeaveRequestProcessor::deny(qint64 requestId, const QString &reason, LeaveOutcome *outcome)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    LeaveRequest request;
    if (StorageError error = loadRequest(m_workspace, requestId, &request); !error.ok())
        return error;
    if (request.status != LeaveRequest::Status::Pending)
        return refused(tr("Leave request %1 is %2; only a pending request can be denied.").arg(requestId).arg(statusText(request.status)));
    request.status = LeaveRequest::Status::Denied;
    request.denial_reason = reason.trimmed();
    markProcessed(m_workspace, request);
    if (StorageError error = LeaveRequestRepository(m_workspace).update(request); !error.ok())
        return error;
    if (StorageError error = transaction.commit(); !error.ok())
        return error;
    if (outcome) {
        const Names names(m_workspace);
        *outcome = {request, {}, tr("%1 is denied: %2").arg(names.request(request), request.denial_reason)};
    }
    return {};
}

StorageError LeaveRequestProcessor::cancel(qint64 requestId, LeaveOutcome *outcome)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    LeaveRequest request;
    if (StorageError error = loadRequest(m_workspace, requestId, &request); !error.ok())
        return error;
    if (request.status != LeaveRequest::Status::Pending && request.status != LeaveRequest::Status::Approved) {
        return refused(tr("Leave request %1 is %2; only a pending or approved request can be cancelled.")
                           .arg(requestId)
                           .arg(statusText(request.status)));
    }
    const bool wasApproved = request.status == LeaveRequest::Status::Approved;
    request.status = LeaveRequest::Status::Cancelled;
    markProcessed(m_workspace, request);
    if (StorageError error = LeaveRequestRepository(m_workspace).applyAction(u"cancel"_s, request); !error.ok())
        return error;

    const Names names(m_workspace);
    QList<Shift> given;
    QStringList left;
    QList<qint64> affected;
    if (wasApproved) {
        ShiftRepository shiftRepository(m_workspace);
        for (const JournalEntry &entry : approvalShiftEntries(m_workspace, requestId)) {
            affected << entry.local_id;
            const Shift asApproved = Shift::fromJson(entry.after);
            const std::optional<Shift> current = shiftRepository.get(entry.local_id);
            if (!current) {
                left << tr("Shift %1 was deleted since; not restored.").arg(names.shift(asApproved));
                continue;
            }
            if (*current != asApproved) {
                if (current->clinician_id && current->clinician_id != asApproved.clinician_id) {
                    left << tr("Shift %1 was reassigned to %2 since; left as it is.")
                                .arg(names.shift(*current), names.clinician(*current->clinician_id));
                } else {
                    left << tr("Shift %1 was changed since; left as it is.").arg(names.shift(*current));
                }
                continue;
            }
            Shift back = restored(*current, entry);
            if (StorageError error = shiftRepository.update(back); !error.ok())
                return error;
            given << back;
        }
    }
    if (StorageError error = transaction.commit(); !error.ok())
        return error;

    if (outcome) {
        QString message = tr("%1 is cancelled.").arg(names.request(request));
        if (!given.isEmpty()) {
            message += u' ' + (given.size() == 1 ? tr("1 shift is back as it was before the approval: %1.").arg(names.shifts(given))
                                                 : tr("%1 shifts are back as they were before the approval: %2.")
                                                       .arg(given.size())
                                                       .arg(names.shifts(given)));
        }
        if (!left.isEmpty())
            message += u' ' + left.join(u' ');
        *outcome = {request, affected, message};
    }
    return {};
}
