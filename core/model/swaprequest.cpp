#include "swaprequest.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<SwapRequest::Status, 3> statusNames{{
    {SwapRequest::Status::Open, "open"_L1},
    {SwapRequest::Status::Taken, "taken"_L1},
    {SwapRequest::Status::Deleted, "deleted"_L1},
}};
}

QString SwapRequest::statusToString(Status status)
{
    return JsonConvert::enumToString(statusNames, status);
}

std::optional<SwapRequest::Status> SwapRequest::statusFromString(const QString &text)
{
    return JsonConvert::enumFromString(statusNames, text);
}

bool SwapRequest::isPastDue(const QDateTime &now) const
{
    return status == Status::Open && now.toSecsSinceEpoch() >= swap_start_utc;
}

FieldErrors SwapRequest::validate() const
{
    FieldErrors errors;
    if (swap_end_utc <= swap_start_utc)
        errors.append({u"swap_end_utc"_s, tr("The swap ends at or before its start.")});
    if (beneficiary_id <= 0)
        errors.append({u"beneficiary_id"_s, tr("A swap request needs the clinician asking for it.")});
    if (status == Status::Taken && !benefactor_id)
        errors.append({u"benefactor_id"_s, tr("A taken swap names the clinician who took it.")});
    else if (benefactor_id && *benefactor_id <= 0)
        errors.append({u"benefactor_id"_s, tr("The clinician reference %1 is not a valid id.").arg(*benefactor_id)});
    else if (benefactor_id && *benefactor_id == beneficiary_id)
        errors.append({u"benefactor_id"_s, tr("A clinician cannot take their own swap request.")});
    return errors;
}

QJsonObject SwapRequest::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"rota_id"_s, JsonConvert::fromId(rota_id)},
        {u"shift_id"_s, JsonConvert::fromId(shift_id)},
        {u"swap_start_utc"_s, swap_start_utc},
        {u"swap_end_utc"_s, swap_end_utc},
        {u"description"_s, description},
        {u"beneficiary_id"_s, beneficiary_id},
        {u"benefactor_id"_s, JsonConvert::fromId(benefactor_id)},
        {u"status"_s, statusToString(status)},
        {u"created_at"_s, created_at},
        {u"taken_at"_s, taken_at},
    };
}

SwapRequest SwapRequest::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    SwapRequest swap;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, swap.id);
    reader.read("server_id"_L1, swap.server_id);
    reader.read("rota_id"_L1, swap.rota_id);
    reader.read("shift_id"_L1, swap.shift_id);
    reader.read("swap_start_utc"_L1, swap.swap_start_utc);
    reader.read("swap_end_utc"_L1, swap.swap_end_utc);
    reader.read("description"_L1, swap.description);
    reader.read("beneficiary_id"_L1, swap.beneficiary_id);
    reader.read("benefactor_id"_L1, swap.benefactor_id);
    reader.readEnum("status"_L1, swap.status, statusNames);
    reader.read("created_at"_L1, swap.created_at);
    reader.read("taken_at"_L1, swap.taken_at);
    return swap;
}
