#include "alert.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<Alert::Severity, 3> severityNames{{
    {Alert::Severity::Info, "info"_L1},
    {Alert::Severity::Warning, "warning"_L1},
    {Alert::Severity::Critical, "critical"_L1},
}};
const JsonConvert::EnumNames<Alert::Status, 3> statusNames{{
    {Alert::Status::Active, "ACTIVE"_L1},
    {Alert::Status::Resolved, "RESOLVED"_L1},
    {Alert::Status::Dismissed, "DISMISSED"_L1},
}};
}

QString Alert::severityToString(Severity severity)
{
    return JsonConvert::enumToString(severityNames, severity);
}

std::optional<Alert::Severity> Alert::severityFromString(const QString &text)
{
    return JsonConvert::enumFromString(severityNames, text);
}

QString Alert::statusToString(Status status)
{
    return JsonConvert::enumToString(statusNames, status);
}

std::optional<Alert::Status> Alert::statusFromString(const QString &text)
{
    return JsonConvert::enumFromString(statusNames, text);
}

QString Alert::typeLabel(const QString &type)
{
    if (type == "coverage_below_minimum"_L1)
        return tr("Coverage below minimum");
    if (type == "rest_too_short"_L1)
        return tr("Rest under 11 hours");
    if (type == "working_on_leave"_L1)
        return tr("Working while on leave");
    if (type == "cannot_work_day"_L1)
        return tr("Working on a cannot-work day");
    if (type == "must_work_day_not_worked"_L1)
        return tr("Must-work day not worked");
    if (type == "double_booked"_L1)
        return tr("Double-booked");
    if (type == "too_many_consecutive_nights"_L1)
        return tr("Too many consecutive nights");
    if (type == "weekly_hours_over_fte"_L1)
        return tr("Weekly hours beyond FTE share");
    if (type == "leave_quota_exceeded"_L1)
        return tr("Leave quota exceeded");
    // Alerts from a server may carry types this version does not know.
    QString label = type;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

FieldErrors Alert::validate() const
{
    FieldErrors errors;
    if (type.trimmed().isEmpty())
        errors.append({u"type"_s, tr("An alert needs a type, such as coverage_below_minimum.")});
    if (message.trimmed().isEmpty())
        errors.append({u"message"_s, tr("An alert needs a message.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("An alert needs the date it is about.")});
    if (clinician_id && *clinician_id <= 0)
        errors.append({u"clinician_id"_s, tr("The clinician reference %1 is not a valid id.").arg(*clinician_id)});
    if (status != Status::Active && resolved_at.isEmpty())
        errors.append({u"resolved_at"_s, tr("A resolved or dismissed alert records when that happened.")});
    return errors;
}

QJsonObject Alert::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"type"_s, type},
        {u"severity"_s, severityToString(severity)},
        {u"date"_s, JsonConvert::fromDate(date)},
        {u"clinician_id"_s, JsonConvert::fromId(clinician_id)},
        {u"message"_s, message},
        {u"details"_s, details},
        {u"status"_s, statusToString(status)},
        {u"created_at"_s, created_at},
        {u"resolved_at"_s, resolved_at},
    };
}

Alert Alert::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    Alert alert;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, alert.id);
    reader.read("server_id"_L1, alert.server_id);
    reader.read("type"_L1, alert.type);
    reader.readEnum("severity"_L1, alert.severity, severityNames);
    reader.read("date"_L1, alert.date);
    reader.read("clinician_id"_L1, alert.clinician_id);
    reader.read("message"_L1, alert.message);
    reader.read("details"_L1, alert.details);
    reader.readEnum("status"_L1, alert.status, statusNames);
    reader.read("created_at"_L1, alert.created_at);
    reader.read("resolved_at"_L1, alert.resolved_at);
    return alert;
}
