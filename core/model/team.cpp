#include "team.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxNameLength = 200;
}

FieldErrors Team::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("A team needs a name.")});
    else if (const QString problem = TextCheck::nameProblem(name, MaxNameLength); !problem.isEmpty())
        errors.append({u"name"_s, problem});
    if (parent_id && *parent_id <= 0)
        errors.append({u"parent_id"_s, tr("The parent team reference %1 is not a valid id.").arg(*parent_id)});
    else if (parent_id && *parent_id == id)
        errors.append({u"parent_id"_s, tr("A team cannot be its own parent.")});
    return errors;
}

QJsonObject Team::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"name"_s, name},
        {u"parent_id"_s, JsonConvert::fromId(parent_id)},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

Team Team::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    Team team;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, team.id);
    reader.read("server_id"_L1, team.server_id);
    reader.read("name"_L1, team.name);
    reader.read("parent_id"_L1, team.parent_id);
    reader.read("created_at"_L1, team.created_at);
    reader.read("updated_at"_L1, team.updated_at);
    return team;
}
