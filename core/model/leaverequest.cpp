#include "leaverequest.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<LeaveRequest::Type, 6> typeNames{{
    {LeaveRequest::Type::Annual, "annual"_L1},
    {LeaveRequest::Type::Study, "study"_L1},
    {LeaveRequest::Type::Coroners, "coroners"_L1},
    {LeaveRequest::Type::RequestedOff, "requested_off"_L1},
    {LeaveRequest::Type::Sick, "sick"_L1},
    {LeaveRequest::Type::Parental, "parental"_L1},
}};
const JsonConvert::EnumNames<LeaveRequest::Status, 4> statusNames{{
    {LeaveRequest::Status::Pending, "pending"_L1},
    {LeaveRequest::Status::Approved, "approved"_L1},
    {LeaveRequest::Status::Denied, "denied"_L1},
    {LeaveRequest::Status::Cancelled, "cancelled"_L1},
}};
}

QString LeaveRequest::typeToString(Type type)
{
    return JsonConvert::enumToString(typeNames, type);
}

std::optional<LeaveRequest::Type> LeaveRequest::typeFromString(const QString &text)
{
    return JsonConvert::enumFromString(typeNames, text);
}

QString LeaveRequest::statusToString(Status status)
{
    return JsonConvert::enumToString(statusNames, status);
}

std::optional<LeaveRequest::Status> LeaveRequest::statusFromString(const QString &text)
{
    return JsonConvert::enumFromString(statusNames, text);
}

int LeaveRequest::dayCount() const
{
    if (!start_date.isValid() || !end_date.isValid() || end_date < start_date)
        return 0;
    return static_cast<int>(start_date.daysTo(end_date)) + 1;
}

FieldErrors LeaveRequest::validate() const
{
    FieldErrors errors;
    if (clinician_id <= 0)
        errors.append({u"clinician_id"_s, tr("A leave request belongs to a clinician.")});
    if (!start_date.isValid())
        errors.append({u"start_date"_s, tr("A leave request needs a start date.")});
    if (!end_date.isValid()) {
        errors.append({u"end_date"_s, tr("A leave request needs an end date.")});
    } else if (start_date.isValid() && end_date < start_date) {
        errors.append({u"end_date"_s, tr("The leave ends on %1, before it starts on %2.")
                                          .arg(end_date.toString(Qt::ISODate), start_date.toString(Qt::ISODate))});
    }
    if (status == Status::Denied && denial_reason.trimmed().isEmpty())
        errors.append({u"denial_reason"_s, tr("A denied request needs the reason it was denied.")});
    if (affected_shift_count < 0)
        errors.append({u"affected_shift_count"_s, tr("The number of affected shifts cannot be negative (it is %1).").arg(affected_shift_count)});
    return errors;
}

QJsonObject LeaveRequest::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"clinician_id"_s, clinician_id},
        {u"type"_s, typeToString(type)},
        {u"start_date"_s, JsonConvert::fromDate(start_date)},
        {u"end_date"_s, JsonConvert::fromDate(end_date)},
        {u"status"_s, statusToString(status)},
        {u"requested_at"_s, requested_at},
        {u"processed_at"_s, processed_at},
        {u"processed_by"_s, processed_by},
        {u"denial_reason"_s, denial_reason},
        {u"override_reason"_s, override_reason},
        {u"affected_shift_count"_s, affected_shift_count},
        {u"notes"_s, notes},
    };
}

LeaveRequest LeaveRequest::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    LeaveRequest request;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, request.id);
    reader.read("server_id"_L1, request.server_id);
    reader.read("clinician_id"_L1, request.clinician_id);
    reader.readEnum("type"_L1, request.type, typeNames);
    reader.read("start_date"_L1, request.start_date);
    reader.read("end_date"_L1, request.end_date);
    reader.readEnum("status"_L1, request.status, statusNames);
    reader.read("requested_at"_L1, request.requested_at);
    reader.read("processed_at"_L1, request.processed_at);
    reader.read("processed_by"_L1, request.processed_by);
    reader.read("denial_reason"_L1, request.denial_reason);
    reader.read("override_reason"_L1, request.override_reason);
    reader.read("affected_shift_count"_L1, request.affected_shift_count);
    reader.read("notes"_L1, request.notes);
    return request;
}
