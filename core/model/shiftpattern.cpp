#include "shiftpattern.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxNameLength = 200;
}

FieldErrors ShiftPattern::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("A shift pattern needs a name.")});
    else if (const QString problem = TextCheck::nameProblem(name, MaxNameLength); !problem.isEmpty())
        errors.append({u"name"_s, problem});
    return errors;
}

QJsonObject ShiftPattern::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"name"_s, name},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

ShiftPattern ShiftPattern::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    ShiftPattern pattern;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, pattern.id);
    reader.read("server_id"_L1, pattern.server_id);
    reader.read("name"_L1, pattern.name);
    reader.read("created_at"_L1, pattern.created_at);
    reader.read("updated_at"_L1, pattern.updated_at);
    return pattern;
}
