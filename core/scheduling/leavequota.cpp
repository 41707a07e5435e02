#include "leavequota.h"

#include "calendar/bankholidays.h"
#include "model/workingterm.h"
#include "storage/cachedquery.h"
#include "storage/leaverequestrepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Below this, a number of weeks is zero: sums of day fractions are not exact.
constexpr double Epsilon = 1e-9;

double share(const WorkingTerm &term)
{
    return term.percentage / 100.0;
}

// The clinician's own working week under a term: its fixed days, or the FTE share of five.
double daysPerWeek(const WorkingTerm &term)
{
    return term.fixed_working_days.isEmpty() ? 5.0 * share(term) : double(term.fixed_working_days.count());
}

bool worksOn(const WorkingTerm &term, QDate day)
{
    const int weekday = day.dayOfWeek();
    if (term.cannot_work_days.contains(weekday))
        return false;
    return term.fixed_working_days.isEmpty() ? weekday <= 5 : term.fixed_working_days.contains(weekday);
}

// A day of leave is one day of the clinician's own week, which is `share` of a full-time week.
double fullTimeWeeksPerDay(const WorkingTerm &term)
{
    const double days = daysPerWeek(term);
    return days > 0 ? share(term) / days : 0.0;
}

const WorkingTerm *termOn(const QList<WorkingTerm> &terms, QDate day)
{
    for (const WorkingTerm &term : terms) {
        if (term.covers(day))
            return &term;
    }
    return nullptr;
}

bool countsAgainstQuota(const LeaveRequest &leave)
{
    return leave.type == LeaveRequest::Type::Annual
           && (leave.status == LeaveRequest::Status::Approved || leave.status == LeaveRequest::Status::Pending);
}

double roundToHalf(double value)
{
    return std::round(value * 2.0) / 2.0;
}

QString twoDecimals(double value)
{
    return QString::number(std::abs(value) < 0.005 ? 0.0 : value, 'f', 2);
}

// The working days of [from, to] in `leave`, in full-time weeks.
double leaveWeeks(const LeaveRequest &leave, const QList<WorkingTerm> &terms, QDate from, QDate to, const QSet<QDate> &holidays)
{
    const QDate first = std::max(leave.start_date, from);
    const QDate last = std::min(leave.end_date, to);
    double weeks = 0.0;
    const WorkingTerm *term = nullptr;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!term || !term->covers(day))
            term = termOn(terms, day);
        if (term && worksOn(*term, day) && !holidays.contains(day))
            weeks += fullTimeWeeksPerDay(*term);
    }
    return weeks;
}

QSet<QDate> holidaysBetween(const Workspace &workspace, QDate from, QDate to)
{
    QSet<QDate> days;
    for (const auto &[date, name] : BankHolidays::forWorkspace(workspace).between(from, to))
        days.insert(date);
    return days;
}

// What one clinician's quota is made of, read beforehand.
struct QuotaInput
{
    qint64 clinicianId = 0;
    QString name;
    QList<WorkingTerm> terms; // overlapping the leave year
    QList<LeaveRequest> leave; // annual, approved or pending, overlapping the leave year
    double adjustment = 0.0;
};

LeaveQuota compute(const QuotaInput &input, QDate yearStart, QDate yearEnd, QDate referenceDay, const QSet<QDate> &holidays)
{
    LeaveQuota quota;
    quota.clinician_id = input.clinicianId;
    quota.clinician_name = input.name;
    quota.leave_year_start = yearStart;
    quota.leave_year_end = yearEnd;
    const double yearDays = double(yearStart.daysTo(yearEnd) + 1);
    for (const WorkingTerm &term : input.terms) {
        if (!term.annual_leave_entitlement)
            continue;
        quota.has_entitlement = true;
        const QDate from = std::max(term.start_date, yearStart);
        const QDate to = term.end_date.isValid() ? std::min(term.end_date, yearEnd) : yearEnd;
        if (to < from)
            continue;
        quota.entitlement_weeks += *term.annual_leave_entitlement * share(term) * double(from.daysTo(to) + 1) / yearDays;
    }
    for (const LeaveRequest &leave : input.leave)
        quota.used_weeks += leaveWeeks(leave, input.terms, yearStart, yearEnd, holidays);
    quota.adjustments_weeks = input.adjustment;
    const double available = quota.entitlement_weeks + quota.adjustments_weeks;
    quota.remaining_weeks = available - quota.used_weeks;
    if (std::abs(quota.remaining_weeks) < Epsilon)
        quota.remaining_weeks = 0.0;
    if (available > Epsilon)
        quota.percentage_used = int(std::lround(100.0 * quota.used_weeks / available));
    else
        quota.percentage_used = quota.used_weeks > Epsilon ? 100 : 0;

    // Days are counted in the working week of the term on the day asked about (or the year's
    // last term): a full-time week is 1/share of the clinician's own weeks.
    const WorkingTerm *reference = termOn(input.terms, referenceDay);
    if (!reference && !input.terms.isEmpty())
        reference = &input.terms.constLast();
    const double daysPerFullTimeWeek = reference && share(*reference) > 0 ? daysPerWeek(*reference) / share(*reference) : 5.0;
    quota.entitlement_days = roundToHalf(quota.entitlement_weeks * daysPerFullTimeWeek);
    quota.used_days = roundToHalf(quota.used_weeks * daysPerFullTimeWeek);
    quota.remaining_days = roundToHalf(quota.remaining_weeks * daysPerFullTimeWeek);
    return quota;
}

QList<WorkingTerm> termsInYear(const QList<WorkingTerm> &terms, QDate yearStart, QDate yearEnd)
{
    QList<WorkingTerm> inYear;
    for (const WorkingTerm &term : terms) {
        if (term.start_date <= yearEnd && (!term.end_date.isValid() || term.end_date >= yearStart))
            inYear.append(term);
    }
    std::sort(inYear.begin(), inYear.end(), [](const WorkingTerm &a, const WorkingTerm &b) {
        return std::tie(a.start_date, a.id) < std::tie(b.start_date, b.id);
    });
    return inYear;
}

struct MonthDay
{
    int month = 1;
    int day = 1;
};

MonthDay yearStartSetting(const Workspace &workspace)
{
    static const QRegularExpression pattern(u"^(\\d\\d)-(\\d\\d)$"_s);
    const QRegularExpressionMatch match = pattern.match(workspace.setting(LeaveQuotaCalculator::leaveYearStartKey()).trimmed());
    if (!match.hasMatch())
        return {};
    const int month = match.captured(1).toInt();
    const int day = match.captured(2).toInt();
    // A leap year, so that 29 February is accepted.
    if (!QDate(2000, month, day).isValid())
        return {};
    return {month, day};
}

QDate startIn(const MonthDay &start, int year)
{
    const QDate date(year, start.month, start.day);
    return date.isValid() ? date : QDate(year, 3, 1); // 29 February outside a leap year
}

double parseWeeks(const QString &text)
{
    bool ok = false;
    const double weeks = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(weeks) ? weeks : 0.0;
}

} // namespace

QJsonObject LeaveQuota::toJson() const
{
    return {
        {u"clinician_id"_s, clinician_id},
        {u"clinician_name"_s, clinician_name},
        {u"has_entitlement"_s, has_entitlement},
        {u"entitlement"_s, twoDecimals(entitlement_weeks)},
        {u"remaining"_s, twoDecimals(remaining_weeks)},
        {u"unit"_s, u"weeks"_s},
        {u"adjustments"_s, twoDecimals(adjustments_weeks)},
        {u"percentage_used"_s, percentage_used},
        {u"used"_s, twoDecimals(used_weeks)},
        {u"leave_year_start"_s, leave_year_start.toString(Qt::ISODate)},
        {u"leave_year_end"_s, leave_year_end.toString(Qt::ISODate)},
        {u"entitlement_days"_s, entitlement_days},
        {u"used_days"_s, used_days},
        {u"remaining_days"_s, remaining_days},
    };
}

QJsonObject BulkLeaveQuota::toJson() const
{
    QJsonArray resultArray;
    for (const LeaveQuota &quota : results)
        resultArray.append(quota.toJson());
    QJsonArray errorArray;
    for (const QJsonObject &error : errors)
        errorArray.append(error);
    return {
        {u"results"_s, resultArray},
        {u"total_count"_s, total_count},
        {u"success_count"_s, success_count},
        {u"error_count"_s, error_count},
        {u"errors"_s, errorArray},
    };
}

LeaveQuotaCalculator::LeaveQuotaCalculator(const Workspace &workspace)
    : m_workspace(const_cast<Workspace &>(workspace)) // repositories take a Workspace; these reads do not write
{
}

QString LeaveQuotaCalculator::leaveYearStartKey()
{
    return u"leave_year_start"_s;
}

QDate LeaveQuotaCalculator::leaveYearStart(const Workspace &workspace, QDate date)
{
    const MonthDay start = yearStartSetting(workspace);
    const QDate thisYear = startIn(start, date.year());
    return thisYear <= date ? thisYear : startIn(start, date.year() - 1);
}

QDate LeaveQuotaCalculator::leaveYearStartIn(const Workspace &workspace, int year)
{
    return startIn(yearStartSetting(workspace), year);
}

QDate LeaveQuotaCalculator::leaveYearEnd(const Workspace &workspace, QDate date)
{
    const QDate start = leaveYearStart(workspace, date);
    return startIn(yearStartSetting(workspace), start.year() + 1).addDays(-1);
}

QString LeaveQuotaCalculator::leaveYearLabel(QDate yearStart)
{
    if (yearStart.month() == 1 && yearStart.day() == 1)
        return QString::number(yearStart.year());
    return u"%1/%2"_s.arg(yearStart.year()).arg((yearStart.year() + 1) % 100, 2, 10, QChar(u'0'));
}

QString LeaveQuotaCalculator::adjustmentKey(qint64 clinicianId, QDate yearStart)
{
    return u"leave_adjustment:%1:%2"_s.arg(clinicianId).arg(yearStart.toString(Qt::ISODate));
}

StorageError LeaveQuotaCalculator::setAdjustment(Workspace &workspace, qint64 clinicianId, QDate yearStart, double weeks)
{
    if (!std::isfinite(weeks) || std::abs(weeks) > 52.0) {
        return {StorageError::Kind::Validation,
                tr("A leave adjustment of %1 weeks is not possible; it must be from -52 to 52 weeks.").arg(weeks),
                {{u"adjustments_weeks"_s, tr("from -52 to 52 weeks")}}};
    }
    return workspace.setSetting(adjustmentKey(clinicianId, yearStart), QString::number(weeks, 'g', 10));
}

LeaveQuota LeaveQuotaCalculator::forClinician(qint64 clinicianId, QDate dateInLeaveYear, std::optional<qint64> ignoreRequestId) const
{
    const QDate yearStart = leaveYearStart(m_workspace, dateInLeaveYear);
    const QDate yearEnd = leaveYearEnd(m_workspace, dateInLeaveYear);
    CachedQuery nameQuery(m_workspace, u"SELECT name FROM clinicians WHERE id = ?"_s, {clinicianId});
    const QVariant name = nameQuery.scalar();
    if (!name.isValid())
        return {};
    QuotaInput input;
    input.clinicianId = clinicianId;
    input.name = name.toString();
    input.terms = termsInYear(WorkingTermRepository(m_workspace).forClinician(clinicianId), yearStart, yearEnd);
    for (const LeaveRequest &leave : LeaveRequestRepository(m_workspace).inWindow(yearStart, yearEnd, clinicianId)) {
        if (countsAgainstQuota(leave) && (!ignoreRequestId || leave.id != *ignoreRequestId))
            input.leave.append(leave);
    }
    input.adjustment = parseWeeks(m_workspace.setting(adjustmentKey(clinicianId, yearStart)));
    return compute(input, yearStart, yearEnd, dateInLeaveYear, holidaysBetween(m_workspace, yearStart, yearEnd));
}

double LeaveQuotaCalculator::weeksFor(const LeaveRequest &request) const
{
    return weeksFor(request, leaveYearStart(m_workspace, request.start_date));
}

double LeaveQuotaCalculator::weeksFor(const LeaveRequest &request, QDate yearStart) const
{
    const QDate yearEnd = leaveYearEnd(m_workspace, yearStart);
    const QList<WorkingTerm> terms = termsInYear(WorkingTermRepository(m_workspace).forClinician(request.clinician_id), yearStart, yearEnd);
    return leaveWeeks(request, terms, yearStart, yearEnd, holidaysBetween(m_workspace, yearStart, yearEnd));
}

BulkLeaveQuota LeaveQuotaCalculator::bulk(const QList<qint64> &clinicianIds, QDate dateInLeaveYear) const
{
    const QDate yearStart = leaveYearStart(m_workspace, dateInLeaveYear);
    const QDate yearEnd = leaveYearEnd(m_workspace, dateInLeaveYear);
    QJsonArray idArray;
    for (const qint64 id : clinicianIds)
        idArray.append(id);
    const QString idsJson = QString::fromUtf8(QJsonDocument(idArray).toJson(QJsonDocument::Compact));

    struct Known
    {
        QString name;
        bool active = false;
    };
    QHash<qint64, Known> known;
    {
        CachedQuery query(m_workspace, u"SELECT id, name, active FROM clinicians WHERE id IN (SELECT value FROM json_each(?))"_s, {idsJson});
        while (query.next())
            known.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toBool()});
    }
    QHash<qint64, QuotaInput> inputs;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        QuotaInput &input = inputs[it.key()];
        input.clinicianId = it.key();
        input.name = it->name;
    }
    for (const WorkingTerm &term : WorkingTermRepository(m_workspace).inWindow(yearStart, yearEnd)) {
        if (const auto it = inputs.find(term.clinician_id); it != inputs.end())
            it->terms.append(term); // already by start date
    }
    const QList<LeaveRequest> leaveOfYear = LeaveRequestRepository(m_workspace).inWindowForClinicians(
        yearStart, yearEnd, clinicianIds, LeaveRequest::Type::Annual, {LeaveRequest::Status::Approved, LeaveRequest::Status::Pending});
    for (const LeaveRequest &leave : leaveOfYear) {
        if (const auto it = inputs.find(leave.clinician_id); it != inputs.end())
            it->leave.append(leave);
    }
    {
        const QString prefix = u"leave_adjustment:"_s;
        const QString suffix = u":"_s + yearStart.toString(Qt::ISODate);
        CachedQuery query(m_workspace, u"SELECT key, value FROM settings WHERE key LIKE ?"_s, {QString(prefix + u'%' + suffix)});
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (!key.startsWith(prefix)) // "_" in the LIKE pattern matches any character
                continue;
            bool ok = false;
            const qint64 id = QStringView(key).sliced(prefix.size(), key.size() - prefix.size() - suffix.size()).toLongLong(&ok);
            if (const auto it = inputs.find(id); ok && it != inputs.end())
                it->adjustment = parseWeeks(query.value(1).toString());
        }
    }

    const QSet<QDate> holidays = holidaysBetween(m_workspace, yearStart, yearEnd);
    BulkLeaveQuota result;
    result.total_count = int(clinicianIds.size());
    for (const qint64 id : clinicianIds) {
        const auto clinician = known.constFind(id);
        if (clinician == known.cend()) {
            result.errors.append({{u"clinician_id"_s, id}, {u"error"_s, tr("There is no clinician with id %1.").arg(id)}});
            continue;
        }
        if (!clinician->active) {
            result.errors.append({{u"clinician_id"_s, id}, {u"error"_s, tr("%1 is not an active clinician.").arg(clinician->name)}});
            continue;
        }
        result.results.append(compute(inputs.value(id), yearStart, yearEnd, dateInLeaveYear, holidays));
    }
    result.success_count = int(result.results.size());
    result.error_count = int(result.errors.size());
    return result;
}
