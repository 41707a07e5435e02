#include "rotacloseddate.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxReasonLength = 200;
}

FieldErrors RotaClosedDate::validate() const
{
    FieldErrors errors;
    if (rota_id <= 0)
        errors.append({u"rota_id"_s, tr("A closed date belongs to a rota.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("A closed date needs a valid date.")});
    if (!reason.isEmpty()) {
        if (const QString problem = TextCheck::nameProblem(reason, MaxReasonLength); !problem.isEmpty())
            errors.append({u"reason"_s, problem});
    }
    return errors;
}

QJsonObject RotaClosedDate::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"rota_id"_s, rota_id},
        {u"date"_s, JsonConvert::fromDate(date)},
        {u"reason"_s, reason},
    };
}

RotaClosedDate RotaClosedDate::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    RotaClosedDate closed;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, closed.id);
    reader.read("server_id"_L1, closed.server_id);
    reader.read("rota_id"_L1, closed.rota_id);
    reader.read("date"_L1, closed.date);
    reader.read("reason"_L1, closed.reason);
    return closed;
}
