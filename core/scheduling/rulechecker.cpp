#include "rulechecker.h"

#include "calendar/bankholidays.h"
#include "calendar/minimumcover.h"
#include "conflictchecker.h"
#include "leavequota.h"
#include "model/clinician.h"
#include "model/jsonconvert.h"
#include "model/leaverequest.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "model/workingterm.h"
#include "model/zonerules.h"
#include "storage/alertrepository.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/shifttyperepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <sqlite3.h>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr auto CoverageType = "coverage_below_minimum"_L1;
constexpr auto OnLeaveType = "working_on_leave"_L1;
constexpr auto CannotWorkType = "cannot_work_day"_L1;
constexpr auto MustWorkType = "must_work_day_not_worked"_L1;
constexpr auto DoubleBookedType = "double_booked"_L1;
constexpr auto RestType = "rest_too_short"_L1;
constexpr auto NightsType = "too_many_consecutive_nights"_L1;
constexpr auto WeeklyHoursType = "weekly_hours_over_fte"_L1;
constexpr auto LeaveQuotaType = "leave_quota_exceeded"_L1;

// Whatever cuts a shift's rest short or overlaps it has a local date at most two days away.
constexpr int ConflictReachDays = 2;
// A run of nights is followed this far past the window, so that its alert can say how long it is.
constexpr int NightRunLookAheadDays = 28;
// Leave weeks are sums of fractions; overdrawn means beyond this.
constexpr double WeeksTolerance = 1e-6;

struct RotaData
{
    QDate from;
    QDate to;
    QList<Shift> shifts; // of the widened window, by date, clinician and start
    QHash<qint64, const Shift *> shiftById;
    QHash<qint64, Clinician> clinicians;
    QHash<qint64, ShiftType> types;
    QHash<qint64, QList<WorkingTerm>> terms;  // by clinician, in force in the widened window
    QHash<qint64, QList<LeaveRequest>> leave; // by clinician, approved, overlapping [from, to]
    QLocale locale;
    QString dayFormat;
    mutable QHash<qint64, QString> dayTexts; // by Julian day: formatting dates costs more than the checks
};

bool takesPart(const Shift &shift)
{
    return !shift.isOpen() && shift.status != Shift::Status::Cancelled;
}

QString dayText(const RotaData &data, QDate date)
{
    auto it = data.dayTexts.find(date.toJulianDay());
    if (it == data.dayTexts.end())
        it = data.dayTexts.insert(date.toJulianDay(), data.locale.toString(date, data.dayFormat));
    return *it;
}

// Local wall-clock time of an instant in the shift's zone, through the zone's transition table
// (a QDateTime in a QTimeZone per message would cost more than all the checks).
std::pair<QDate, QTime> localAt(const Shift &shift, qint64 utcSecs)
{
    if (const ZoneRules *rules = ZoneRules::find(shift.time_zone))
        return {rules->localDate(utcSecs), rules->localTime(utcSecs)};
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc());
    return {utc.date(), utc.time()};
}

QString timeText(const RotaData &data, const Shift &shift, qint64 utcSecs)
{
    return data.locale.toString(localAt(shift, utcSecs).second, RuleChecker::tr("HH:mm", "time format"));
}

QString dateTimeText(const RotaData &data, const Shift &shift, qint64 utcSecs)
{
    const auto [date, time] = localAt(shift, utcSecs);
    return data.locale.toString(QDateTime(date, time), RuleChecker::tr("ddd d MMM HH:mm", "date format: weekday, day, month and time"));
}

QString durationText(qint64 minutes)
{
    if (minutes < 60)
        return RuleChecker::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return RuleChecker::tr("%1 h").arg(minutes / 60);
    return RuleChecker::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString leaveKind(LeaveRequest::Type type)
{
    switch (type) {
    case LeaveRequest::Type::Annual:
        return RuleChecker::tr("annual leave");
    case LeaveRequest::Type::Study:
        return RuleChecker::tr("study leave");
    case LeaveRequest::Type::Coroners:
        return RuleChecker::tr("coroner's leave");
    case LeaveRequest::Type::RequestedOff:
        return RuleChecker::tr("requested time off");
    case LeaveRequest::Type::Sick:
        return RuleChecker::tr("sick leave");
    case LeaveRequest::Type::Parental:
        return RuleChecker::tr("parental leave");
    }
    return {};
}

QString clinicianName(const RotaData &data, qint64 id)
{
    const auto it = data.clinicians.constFind(id);
    return it != data.clinicians.cend() ? it->name : RuleChecker::tr("clinician %1").arg(id);
}

QString typeCode(const RotaData &data, qint64 id)
{
    const auto it = data.types.constFind(id);
    return it != data.types.cend() ? it->code : RuleChecker::tr("unknown", "shift type of a shift whose type is missing");
}

// "N (20:00–08:00)" or "OC (all day)".
QString shiftText(const RotaData &data, const Shift &shift)
{
    if (!shift.isTimed())
        return RuleChecker::tr("%1 (all day)").arg(typeCode(data, shift.shift_type_id));
    return RuleChecker::tr("%1 (%2–%3)")
        .arg(typeCode(data, shift.shift_type_id), timeText(data, shift, *shift.start_utc), timeText(data, shift, shift.end_utc.value_or(*shift.start_utc)));
}

const ZoneRules *zoneOf(const QByteArray &zone, const QByteArray &fallback)
{
    if (const ZoneRules *rules = ZoneRules::find(zone))
        return rules;
    return ZoneRules::find(fallback);
}

bool startsAfter(const Shift &a, const Shift &b)
{
    return std::tuple(a.occupiedFrom(), a.id) > std::tuple(b.occupiedFrom(), b.id);
}

qint64 workedMinutes(const Shift &shift)
{
    if (shift.isTimed() && shift.end_utc)
        return (*shift.end_utc - *shift.start_utc) / 60;
    return shift.duration_minutes;
}

// Minutes of a timed shift between 23:00 and 06:00 local time, in real time across clock changes.
qint64 nightMinutes(const Shift &shift, const ZoneRules *rules)
{
    if (!shift.isTimed() || !shift.end_utc || !rules)
        return 0;
    qint64 seconds = 0;
    for (int offset = -1; offset <= 1; ++offset) {
        const QDate evening = shift.date.addDays(offset);
        const qint64 begin = rules->toUtc(evening, QTime(23, 0)).utcSecs;
        const qint64 end = rules->toUtc(evening.addDays(1), QTime(6, 0)).utcSecs;
        seconds += std::max<qint64>(0, std::min(end, *shift.end_utc) - std::max(begin, *shift.start_utc));
    }
    return seconds / 60;
}

// A finding with the key that sets it apart from others of its type, date and clinician.
struct Finding
{
    Alert alert;
    QString key;
};

Finding makeAlert(QLatin1StringView type, Alert::Severity severity, QDate date, std::optional<qint64> clinicianId, const QString &message,
                const QString &key, QJsonObject details)
{
    Alert alert;
    alert.type = type;
    alert.severity = severity;
    alert.date = date;
    alert.clinician_id = clinicianId;
    alert.message = message;
    details.insert(u"key"_s, key);
    alert.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return {alert, key};
}

QString identity(const Alert &alert, const QString &key)
{
    return alert.type + u'|' + alert.date.toString(Qt::ISODate) + u'|'
        + (alert.clinician_id ? QString::number(*alert.clinician_id) : QString()) + u'|' + key;
}

const WorkingTerm *termOn(const RotaData &data, qint64 clinicianId, QDate date)
{
    const auto terms = data.terms.constFind(clinicianId);
    if (terms == data.terms.cend())
        return nullptr;
    const auto it = std::find_if(terms->cbegin(), terms->cend(), [&](const WorkingTerm &term) { return term.covers(date); });
    return it == terms->cend() ? nullptr : &*it;
}

bool onApprovedLeave(const RotaData &data, qint64 clinicianId, QDate date)
{
    const QList<LeaveRequest> leave = data.leave.value(clinicianId);
    return std::any_of(leave.cbegin(), leave.cend(),
                       [&](const LeaveRequest &request) { return request.start_date <= date && date <= request.end_date; });
}

StorageError readError(const QString &what, const QString &reason)
{
    return {StorageError::Kind::Io, RuleChecker::tr("The rules could not be checked: %1 could not be read (%2).").arg(what, reason), {}};
}

StorageError coverageBelowMinimum(const Workspace &workspace, const RotaData &data, QList<Finding> &found)
{
    // Counted in SQL like the grid's footer, so the alert and the cover shown always agree.
    CachedQuery cover(workspace,
                      u"SELECT shift_type_id, date, COUNT(*) FROM shifts WHERE date BETWEEN ? AND ? AND "_s
                          + MinimumCover::shiftCondition() + u" GROUP BY shift_type_id, date"_s,
                      {data.from.toString(Qt::ISODate), data.to.toString(Qt::ISODate)});
    if (!cover.ok())
        return readError(RuleChecker::tr("the cover per day"), cover.error().text());
    QHash<std::pair<qint64, qint64>, int> counts;
    while (cover.next()) {
        const QDate date = QDate::fromString(cover.value(1).toString(), Qt::ISODate);
        counts.insert({cover.value(0).toLongLong(), date.toJulianDay()}, cover.value(2).toInt());
    }
    QList<ShiftType> types = data.types.values();
    std::sort(types.begin(), types.end(), [](const ShiftType &a, const ShiftType &b) { return std::tuple(a.sort_order, a.code) < std::tuple(b.sort_order, b.code); });
    for (QDate date = data.from; date <= data.to; date = date.addDays(1)) {
        for (const ShiftType &type : std::as_const(types)) {
            const int required = MinimumCover::required(type, date);
            if (!type.active || required <= 0)
                continue;
            const int assigned = counts.value({type.id, date.toJulianDay()});
            if (assigned >= required)
                continue;
            const QString message = assigned == 0
                ? RuleChecker::tr("Nobody works %1 (%2) on %3; %4 needed.").arg(type.name, type.code, dayText(data, date)).arg(required)
                : RuleChecker::tr("%1 (%2) on %3 has %4 of the %5 people needed.")
                      .arg(type.name, type.code, dayText(data, date))
                      .arg(assigned)
                      .arg(required);
            found.append(makeAlert(CoverageType, assigned == 0 ? Alert::Severity::Critical : Alert::Severity::Warning, date, std::nullopt,
                                   message, u"shift_type:%1"_s.arg(type.id),
                                   {{u"shift_type_id"_s, type.id}, {u"assigned"_s, assigned}, {u"required"_s, required}}));
        }
    }
    return {};
}

void shiftConflicts(const Workspace &workspace, const RotaData &data, QList<Finding> &found)
{
    const QHash<qint64, QList<ShiftConflict>> conflicts = ConflictChecker(workspace).inWindow(data.from, data.to);
    for (auto it = conflicts.cbegin(); it != conflicts.cend(); ++it) {
        const Shift *shift = data.shiftById.value(it.key());
        if (!shift)
            continue;
        const qint64 clinicianId = *shift->clinician_id;
        const QString who = clinicianName(data, clinicianId);
        for (const ShiftConflict &conflict : *it) {
            const Shift *other = conflict.other_id ? data.shiftById.value(*conflict.other_id) : nullptr;
            switch (conflict.kind) {
            case ShiftConflict::Kind::OnLeave: {
                const QList<LeaveRequest> leave = data.leave.value(clinicianId);
                const auto request = std::find_if(leave.cbegin(), leave.cend(), [&](const LeaveRequest &l) { return l.id == conflict.other_id; });
                const QString kind = request != leave.cend() ? leaveKind(request->type) : RuleChecker::tr("leave");
                found.append(makeAlert(OnLeaveType, Alert::Severity::Warning, shift->date, clinicianId,
                                       RuleChecker::tr("%1 works %2 on %3 while on approved %4.").arg(who, shiftText(data, *shift), dayText(data, shift->date), kind),
                                       u"shift:%1"_s.arg(shift->id),
                                       {{u"shift_id"_s, shift->id}, {u"leave_request_id"_s, conflict.other_id.value_or(0)}}));
                break;
            }
            case ShiftConflict::Kind::LeaveRequested:
                break; // a request awaiting a decision is the leave workflow's business, not a broken rule
            case ShiftConflict::Kind::CannotWorkDay: {
                const WorkingTerm *term = termOn(data, clinicianId, shift->date);
                QJsonObject details{{u"shift_id"_s, shift->id}};
                if (term)
                    details.insert(u"working_term_id"_s, term->id);
                found.append(makeAlert(CannotWorkType, Alert::Severity::Warning, shift->date, clinicianId,
                                       RuleChecker::tr("%1 works %2 on %3, a %4 the working terms exclude.")
                                           .arg(who, shiftText(data, *shift), dayText(data, shift->date), data.locale.dayName(shift->date.dayOfWeek())),
                                       u"shift:%1"_s.arg(shift->id), details));
                break;
            }
            case ShiftConflict::Kind::DoubleBooked:
                // One alert per pair, on the date of the shift that starts later.
                if (other && startsAfter(*shift, *other)) {
                    found.append(makeAlert(DoubleBookedType, Alert::Severity::Critical, shift->date, clinicianId,
                                           RuleChecker::tr("%1 is booked for %2 on %3 and %4 on %5 at the same time.")
                                               .arg(who, shiftText(data, *other), dayText(data, other->date), shiftText(data, *shift), dayText(data, shift->date)),
                                           u"shifts:%1,%2"_s.arg(std::min(shift->id, other->id)).arg(std::max(shift->id, other->id)),
                                           {{u"shift_ids"_s, QJsonArray{other->id, shift->id}}}));
                }
                break;
            case ShiftConflict::Kind::ShortRest:
                if (other && startsAfter(*shift, *other) && shift->isTimed() && other->end_utc) {
                    const qint64 rest = (*shift->start_utc - *other->end_utc) / 60;
                    found.append(makeAlert(RestType, Alert::Severity::Warning, shift->date, clinicianId,
                                           RuleChecker::tr("%1 has only %2 rest between %3 ending %4 and %5 starting %6; %7 are required.")
                                               .arg(who, durationText(rest), typeCode(data, other->shift_type_id), dateTimeText(data, *other, *other->end_utc),
                                                    typeCode(data, shift->shift_type_id), dateTimeText(data, *shift, *shift->start_utc),
                                                    durationText(ConflictChecker::MinimumRestMinutes)),
                                           u"shifts:%1,%2"_s.arg(other->id).arg(shift->id),
                                           {{u"shift_ids"_s, QJsonArray{other->id, shift->id}},
                                            {u"rest_minutes"_s, rest},
                                            {u"required_minutes"_s, ConflictChecker::MinimumRestMinutes}}));
                }
                break;
            }
        }
    }
}

void mustWorkDaysNotWorked(const Workspace &workspace, const RotaData &data, QList<Finding> &found)
{
    QSet<std::pair<qint64, qint64>> worked; // clinician, Julian day
    for (const Shift &shift : data.shifts) {
        if (takesPart(shift))
            worked.insert({*shift.clinician_id, shift.date.toJulianDay()});
    }
    const BankHolidays holidays = BankHolidays::forWorkspace(workspace);
    for (auto it = data.terms.cbegin(); it != data.terms.cend(); ++it) {
        const auto clinician = data.clinicians.constFind(it.key());
        if (clinician == data.clinicians.cend() || !clinician->active)
            continue;
        for (const WorkingTerm &term : *it) {
            if (term.must_work_days.isEmpty())
                continue;
            const QDate last = term.end_date.isValid() ? std::min(term.end_date, data.to) : data.to;
            for (QDate date = std::max(term.start_date, data.from); date <= last; date = date.addDays(1)) {
                if (!term.must_work_days.contains(date.dayOfWeek()) || worked.contains({it.key(), date.toJulianDay()})
                    || onApprovedLeave(data, it.key(), date) || holidays.isHoliday(date))
                    continue;
                found.append(makeAlert(MustWorkType, Alert::Severity::Warning, date, it.key(),
                                       RuleChecker::tr("%1 has no shift on %2, a must-work %3 under the working terms from %4.")
                                           .arg(clinician->name, dayText(data, date), data.locale.dayName(date.dayOfWeek()), dayText(data, term.start_date)),
                                       u"working_term:%1"_s.arg(term.id), {{u"working_term_id"_s, term.id}}));
            }
        }
    }
}

void tooManyConsecutiveNights(const Workspace &workspace, const RotaData &data, int limit, QList<Finding> &found)
{
    const QByteArray fallbackZone = workspace.timeZone();
    QHash<QByteArray, const ZoneRules *> zones;
    QHash<qint64, QList<QDate>> nights; // by clinician, ascending, one per date
    for (const Shift &shift : data.shifts) {
        if (!takesPart(shift) || !shift.isTimed())
            continue;
        auto zone = zones.find(shift.time_zone);
        if (zone == zones.end())
            zone = zones.insert(shift.time_zone, zoneOf(shift.time_zone, fallbackZone));
        if (nightMinutes(shift, *zone) < RuleChecker::MinimumNightMinutes)
            continue;
        QList<QDate> &dates = nights[*shift.clinician_id];
        if (dates.isEmpty() || dates.constLast() != shift.date)
            dates.append(shift.date);
    }
    for (auto it = nights.cbegin(); it != nights.cend(); ++it) {
        const QList<QDate> &dates = *it;
        for (qsizetype first = 0; first < dates.size();) {
            qsizetype end = first + 1;
            while (end < dates.size() && dates.at(end - 1).daysTo(dates.at(end)) == 1)
                ++end;
            const qsizetype length = end - first;
            // Raised on the first night beyond the limit.
            if (length > limit && dates.at(first + limit) >= data.from && dates.at(first + limit) <= data.to) {
                const QDate over = dates.at(first + limit);
                found.append(makeAlert(NightsType, Alert::Severity::Warning, over, it.key(),
                                       RuleChecker::tr("%1 works %2 nights in a row from %3 to %4; at most %5 are allowed.")
                                           .arg(clinicianName(data, it.key()))
                                           .arg(length)
                                           .arg(dayText(data, dates.at(first)), dayText(data, dates.at(end - 1)))
                                           .arg(limit),
                                       u"nights_from:%1"_s.arg(dates.at(first).toString(Qt::ISODate)),
                                       {{u"first_night"_s, dates.at(first).toString(Qt::ISODate)},
                                        {u"last_night"_s, dates.at(end - 1).toString(Qt::ISODate)},
                                        {u"nights"_s, length},
                                        {u"limit"_s, limit}}));
            }
            first = end;
        }
    }
}

// The FTE share a week is held to: the largest of the terms in force that week (a change of
// terms mid-week does not make the week look overworked), full time without any term.
double sharePercent(const RotaData &data, qint64 clinicianId, QDate monday)
{
    double percent = -1.0;
    for (const WorkingTerm &term : data.terms.value(clinicianId)) {
        if (term.start_date <= monday.addDays(6) && (!term.end_date.isValid() || term.end_date >= monday))
            percent = std::max(percent, term.percentage);
    }
    return percent < 0 ? 100.0 : percent;
}

void weeklyHoursOverFte(const RotaData &data, double fullTimeHours, QList<Finding> &found)
{
    struct Week
    {
        qint64 minutes = 0;
        qint64 limitMinutes = 0;
        double percent = 100.0;
        QDate crossing; // the day the hours went beyond the limit
    };
    const QDate firstMonday = data.from.addDays(1 - data.from.dayOfWeek());
    const QDate lastSunday = data.to.addDays(7 - data.to.dayOfWeek());
    QHash<std::pair<qint64, qint64>, Week> weeks; // clinician, Julian day of the Monday
    QList<std::pair<qint64, qint64>> order;
    for (const Shift &shift : data.shifts) {
        if (!takesPart(shift) || !shift.counts_as_worked || shift.date < firstMonday || shift.date > lastSunday)
            continue;
        const QDate monday = shift.date.addDays(1 - shift.date.dayOfWeek());
        const std::pair<qint64, qint64> key{*shift.clinician_id, monday.toJulianDay()};
        auto week = weeks.find(key);
        if (week == weeks.end()) {
            week = weeks.insert(key, {});
            week->percent = sharePercent(data, *shift.clinician_id, monday);
            week->limitMinutes = qRound64(fullTimeHours * 60.0 * week->percent / 100.0);
            order.append(key);
        }
        week->minutes += workedMinutes(shift);
        if (!week->crossing.isValid() && week->minutes > week->limitMinutes)
            week->crossing = shift.date;
    }
    for (const auto &key : std::as_const(order)) {
        const Week &week = weeks[key];
        if (!week.crossing.isValid() || week.crossing < data.from || week.crossing > data.to)
            continue;
        const QDate monday = QDate::fromJulianDay(key.second);
        found.append(makeAlert(WeeklyHoursType, Alert::Severity::Warning, week.crossing, key.first,
                               RuleChecker::tr("%1 works %2 in the week from %3, more than %4 (%5% of a %6 h full-time week).")
                                   .arg(clinicianName(data, key.first), durationText(week.minutes), dayText(data, monday),
                                        durationText(week.limitMinutes), numberText(week.percent), numberText(fullTimeHours)),
                               u"week:%1"_s.arg(monday.toString(Qt::ISODate)),
                               {{u"week_start"_s, monday.toString(Qt::ISODate)},
                                {u"worked_minutes"_s, week.minutes},
                                {u"limit_minutes"_s, week.limitMinutes},
                                {u"fte_percent"_s, week.percent}}));
    }
}

void leaveQuotaExceeded(Workspace &workspace, const RotaData &data, QList<Finding> &found)
{
    const LeaveQuotaCalculator calculator(workspace);
    for (QDate yearStart = LeaveQuotaCalculator::leaveYearStart(workspace, data.from); yearStart.isValid() && yearStart <= data.to;
         yearStart = LeaveQuotaCalculator::leaveYearEnd(workspace, yearStart).addDays(1)) {
        const QDate yearEnd = LeaveQuotaCalculator::leaveYearEnd(workspace, yearStart);
        QHash<qint64, QList<LeaveRequest>> annual; // what counts against the quota
        for (const LeaveRequest &leave : LeaveRequestRepository(workspace).inWindow(yearStart, yearEnd)) {
            if (leave.type == LeaveRequest::Type::Annual
                && (leave.status == LeaveRequest::Status::Approved || leave.status == LeaveRequest::Status::Pending))
                annual[leave.clinician_id].append(leave);
        }
        if (annual.isEmpty())
            continue;
        const BulkLeaveQuota quotas = calculator.bulk(annual.keys(), yearStart);
        for (const LeaveQuota &quota : quotas.results) {
            if (!quota.has_entitlement || quota.remaining_weeks >= -WeeksTolerance)
                continue;
            // Raised on the request that takes the leave booked beyond the entitlement.
            QList<LeaveRequest> requests = annual.value(quota.clinician_id);
            std::sort(requests.begin(), requests.end(),
                      [](const LeaveRequest &a, const LeaveRequest &b) { return std::tuple(a.start_date, a.id) < std::tuple(b.start_date, b.id); });
            const double allowed = quota.entitlement_weeks + quota.adjustments_weeks;
            double booked = 0.0;
            const LeaveRequest *beyond = requests.isEmpty() ? nullptr : &requests.constLast();
            for (const LeaveRequest &request : std::as_const(requests)) {
                booked += calculator.weeksFor(request, yearStart);
                if (booked > allowed + WeeksTolerance) {
                    beyond = &request;
                    break;
                }
            }
            if (!beyond)
                continue;
            const QDate date = std::max(beyond->start_date, yearStart);
            if (date < data.from || date > data.to)
                continue;
            found.append(makeAlert(LeaveQuotaType, Alert::Severity::Warning, date, quota.clinician_id,
                                   RuleChecker::tr("%1 has %2 weeks of annual leave booked or requested in the leave year %3, beyond "
                                                   "the %4 weeks allowed; the leave from %5 goes over.")
                                       .arg(clinicianName(data, quota.clinician_id), numberText(std::round(quota.used_weeks * 100) / 100),
                                            LeaveQuotaCalculator::leaveYearLabel(yearStart), numberText(std::round(allowed * 100) / 100),
                                            dayText(data, beyond->start_date)),
                                   u"leave_year:%1"_s.arg(yearStart.toString(Qt::ISODate)),
                                   {{u"leave_year_start"_s, yearStart.toString(Qt::ISODate)},
                                    {u"leave_request_id"_s, beyond->id},
                                    {u"entitlement_weeks"_s, quota.entitlement_weeks},
                                    {u"adjustments_weeks"_s, quota.adjustments_weeks},
                                    {u"used_weeks"_s, quota.used_weeks},
                                    {u"remaining_weeks"_s, quota.remaining_weeks}}));
        }
    }
}

// The fields of the shifts of [from, to] that the rules look at, by date, clinician and start,
// read straight from SQLite: the rest of a shift (notes, bookkeeping) would double the cost.
QList<Shift> readShifts(const Workspace &workspace, QDate from, QDate to)
{
    QList<Shift> shifts;
    SqliteStatement statement(workspace.handle(),
                              "SELECT id, clinician_id, shift_type_id, date, start_utc, end_utc, time_zone, duration_minutes, status, "
                              "counts_as_worked FROM shifts WHERE date BETWEEN ?1 AND ?2 ORDER BY date, clinician_id, start_utc, id");
    if (!statement.isValid())
        return shifts;
    const QByteArray first = from.toString(Qt::ISODate).toLatin1();
    const QByteArray last = to.toString(Qt::ISODate).toLatin1();
    statement.bindStaticText(1, first);
    statement.bindStaticText(2, last);
    const QByteArray cancelled = Shift::statusToString(Shift::Status::Cancelled).toLatin1();
    QHash<QByteArray, QByteArray> zones; // a few zones shared by all rows
    while (statement.stepRow() == SQLITE_ROW) {
        Shift shift;
        shift.id = statement.columnInt(0);
        if (!statement.columnIsNull(1))
            shift.clinician_id = statement.columnInt(1);
        shift.shift_type_id = statement.columnInt(2);
        shift.date = JsonConvert::parseDateLatin1(QLatin1StringView(statement.columnText(3))).value_or(QDate());
        if (!statement.columnIsNull(4))
            shift.start_utc = statement.columnInt(4);
        if (!statement.columnIsNull(5))
            shift.end_utc = statement.columnInt(5);
        const QByteArray zone = statement.columnText(6).toByteArray();
        shift.time_zone = zones.contains(zone) ? zones.value(zone) : *zones.insert(zone, zone);
        shift.duration_minutes = int(statement.columnInt(7));
        // Only whether a shift is cancelled matters to the rules.
        if (statement.columnText(8) == cancelled)
            shift.status = Shift::Status::Cancelled;
        shift.counts_as_worked = statement.columnInt(9) != 0;
        shifts.append(std::move(shift));
    }
    statement.reset();
    return shifts;
}

// Reads what the rules look at: the shifts of the window widened for rest, runs of nights and
// whole weeks, all clinicians and shift types, the terms and approved leave of the window.
RotaData load(Workspace &workspace, QDate from, QDate to, int nightLimit)
{
    RotaData data;
    data.from = from;
    data.to = to;
    data.dayFormat = RuleChecker::tr("ddd d MMM yyyy", "date format: weekday, day, month and year");
    const QDate readFrom = std::min({from.addDays(-ConflictReachDays), from.addDays(-nightLimit - 1), from.addDays(1 - from.dayOfWeek())});
    const QDate readTo = std::max({to.addDays(NightRunLookAheadDays), to.addDays(7 - to.dayOfWeek())});
    data.shifts = readShifts(workspace, readFrom, readTo);
    data.shiftById.reserve(data.shifts.size());
    for (const Shift &shift : std::as_const(data.shifts))
        data.shiftById.insert(shift.id, &shift);
    for (const Clinician &clinician : ClinicianRepository(workspace).list())
        data.clinicians.insert(clinician.id, clinician);
    for (const ShiftType &type : ShiftTypeRepository(workspace).all())
        data.types.insert(type.id, type);
    for (const WorkingTerm &term : WorkingTermRepository(workspace).inWindow(readFrom, readTo))
        data.terms[term.clinician_id].append(term);
    for (const LeaveRequest &leave : LeaveRequestRepository(workspace).inWindow(from, to)) {
        if (leave.status == LeaveRequest::Status::Approved)
            data.leave[leave.clinician_id].append(leave);
    }
    return data;
}

QList<Finding> collect(Workspace &workspace, QDate from, QDate to, StorageError *error)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const int nightLimit = RuleChecker::maxConsecutiveNights(workspace);
    const double fullTimeHours = RuleChecker::fullTimeWeeklyHours(workspace);

    const RotaData data = load(workspace, from, to, nightLimit);
    QList<Finding> found;
    if (StorageError coverError = coverageBelowMinimum(workspace, data, found); !coverError.ok()) {
        if (error)
            *error = coverError;
        return {};
    }
    shiftConflicts(workspace, data, found);
    mustWorkDaysNotWorked(workspace, data, found);
    tooManyConsecutiveNights(workspace, data, nightLimit, found);
    weeklyHoursOverFte(data, fullTimeHours, found);
    leaveQuotaExceeded(workspace, data, found);

    // One finding per identity (a shift inside two overlapping leave requests is one finding).
    const QStringList types = RuleChecker::ruleTypes();
    using SortKey = std::tuple<QDate, qsizetype, qint64, QString>;
    QList<std::pair<SortKey, qsizetype>> order;
    order.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Alert &alert = found.at(i).alert;
        order.append({{alert.date, types.indexOf(alert.type), alert.clinician_id.value_or(0), found.at(i).key}, i});
    }
    std::sort(order.begin(), order.end());
    QList<Finding> sorted;
    sorted.reserve(found.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i == 0 || order.at(i).first != order.at(i - 1).first)
            sorted.append(found.at(order.at(i).second));
    }
    return sorted;
}

} // namespace

RuleChecker::RuleChecker(Workspace &workspace)
    : m_workspace(workspace)
{
}

QStringList RuleChecker::ruleTypes()
{
    return {CoverageType, OnLeaveType,   CannotWorkType,  MustWorkType,  DoubleBookedType,
            RestType,     NightsType,    WeeklyHoursType, LeaveQuotaType};
}

QString RuleChecker::maxConsecutiveNightsKey()
{
    return u"max_consecutive_nights"_s;
}

QString RuleChecker::fullTimeWeeklyHoursKey()
{
    return u"full_time_weekly_hours"_s;
}

int RuleChecker::maxConsecutiveNights(const Workspace &workspace)
{
    bool ok = false;
    const int nights = workspace.setting(maxConsecutiveNightsKey()).toInt(&ok);
    return ok && nights >= 1 ? nights : DefaultMaxConsecutiveNights;
}

double RuleChecker::fullTimeWeeklyHours(const Workspace &workspace)
{
    bool ok = false;
    const double hours = workspace.setting(fullTimeWeeklyHoursKey()).toDouble(&ok);
    return ok && hours > 0 ? hours : DefaultFullTimeWeeklyHours;
}

QString RuleChecker::findingKey(const Alert &alert)
{
    if (!alert.details.startsWith(u'{'))
        return {};
    return QJsonDocument::fromJson(alert.details.toUtf8()).object().value(u"key"_s).toString();
}

QList<Alert> RuleChecker::findings(QDate from, QDate to) const
{
    QList<Alert> alerts;
    for (const Finding &finding : collect(m_workspace, from, to, nullptr))
        alerts.append(finding.alert);
    return alerts;
}

StorageError RuleChecker::refresh(QDate from, QDate to, RefreshResult *result)
{
    RefreshResult counts;
    if (result)
        *result = counts;
    if (!from.isValid() || !to.isValid() || to < from)
        return {StorageError::Kind::Validation, tr("The period to check needs a first day on or before its last day."), {}};

    // Read inside the write transaction, so that nothing changes between finding and storing.
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    StorageError error;
    const QList<Finding> findings = collect(m_workspace, from, to, &error);
    if (!error.ok())
        return error;

    AlertRepository repository(m_workspace);
    QHash<QString, Alert> active;
    QList<Alert> duplicates;
    QSet<QString> dismissed;
    for (const Alert &stored : repository.inWindow(from, to, ruleTypes(), true)) {
        const QString id = identity(stored, findingKey(stored));
        if (stored.status == Alert::Status::Dismissed)
            dismissed.insert(id);
        else if (stored.status == Alert::Status::Active && active.contains(id))
            duplicates.append(stored);
        else if (stored.status == Alert::Status::Active)
            active.insert(id, stored);
    }

    for (const Finding &found : findings) {
        Alert finding = found.alert;
        const QString id = identity(finding, found.key);
        if (const auto stored = active.find(id); stored != active.end()) {
            Alert current = *stored;
            active.erase(stored);
            if (current.severity == finding.severity && current.details == finding.details) {
                ++counts.unchanged;
                continue;
            }
            current.severity = finding.severity;
            current.message = finding.message;
            current.details = finding.details;
            if (error = repository.update(current); !error.ok())
                return error;
            ++counts.updated;
        } else if (dismissed.contains(id)) {
            ++counts.unchanged;
        } else {
            if (error = repository.create(finding); !error.ok())
                return error;
            ++counts.created;
        }
    }

    QList<Alert> gone = active.values() + duplicates;
    std::sort(gone.begin(), gone.end(), [](const Alert &a, const Alert &b) { return a.id < b.id; });
    const QString now = m_workspace.nowIso();
    for (Alert &alert : gone) {
        alert.status = Alert::Status::Resolved;
        alert.resolved_at = now;
        if (error = repository.applyAction(u"resolve"_s, alert); !error.ok())
            return error;
        ++counts.resolved;
    }
    if (error = transaction.commit(); !error.ok())
        return error;
    if (result)
        *result = counts;
    return {};
}
