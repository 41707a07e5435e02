#include "rota.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxNameLength = 200;
}

FieldErrors Rota::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("A rota needs a name.")});
    else if (const QString problem = TextCheck::nameProblem(name, MaxNameLength); !problem.isEmpty())
        errors.append({u"name"_s, problem});
    if (!start_date.isValid()) {
        errors.append({u"start_date"_s, tr("A rota needs a start date.")});
    } else if (end_date.isValid() && end_date < start_date) {
        errors.append({u"end_date"_s, tr("The rota ends on %1, before it starts on %2.")
                                          .arg(end_date.toString(Qt::ISODate), start_date.toString(Qt::ISODate))});
    }
    return errors;
}

QJsonObject Rota::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"name"_s, name},
        {u"team_id"_s, JsonConvert::fromId(team_id)},
        {u"shift_pattern_id"_s, JsonConvert::fromId(shift_pattern_id)},
        {u"start_date"_s, JsonConvert::fromDate(start_date)},
        {u"end_date"_s, JsonConvert::fromDate(end_date)},
        {u"archived"_s, archived},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

Rota Rota::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    Rota rota;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, rota.id);
    reader.read("server_id"_L1, rota.server_id);
    reader.read("name"_L1, rota.name);
    reader.read("team_id"_L1, rota.team_id);
    reader.read("shift_pattern_id"_L1, rota.shift_pattern_id);
    reader.read("start_date"_L1, rota.start_date);
    reader.read("end_date"_L1, rota.end_date);
    reader.read("archived"_L1, rota.archived);
    reader.read("created_at"_L1, rota.created_at);
    reader.read("updated_at"_L1, rota.updated_at);
    return rota;
}
