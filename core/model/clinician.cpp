#include "clinician.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxGradeLength = 100;

// One '@' with something before it and a dotted domain after it, no spaces: enough to catch a
// name or a phone number typed into the wrong column without refusing unusual real addresses.
bool isEmailAddress(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || email.indexOf(u'@', at + 1) >= 0 || email.size() > 254)
        return false;
    const QStringView domain = QStringView(email).mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    if (dot <= 0 || domain.endsWith(u'.'))
        return false;
    return std::none_of(email.cbegin(), email.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

const JsonConvert::EnumNames<Clinician::Status, 2> statusNames{{
    {Clinician::Status::Active, "active"_L1},
    {Clinician::Status::OnHold, "on_hold"_L1},
}};
}

QString Clinician::statusToString(Status status)
{
    return JsonConvert::enumToString(statusNames, status);
}

std::optional<Clinician::Status> Clinician::statusFromString(const QString &text)
{
    return JsonConvert::enumFromString(statusNames, text);
}

FieldErrors Clinician::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("A clinician needs a name.")});
    else if (const QString problem = TextCheck::nameProblem(name, MaxNameLength); !problem.isEmpty())
        errors.append({u"name"_s, problem});
    if (const QString problem = TextCheck::nameProblem(grade, MaxGradeLength); !problem.isEmpty())
        errors.append({u"grade"_s, problem});
    if (!email.isEmpty() && !isEmailAddress(email))
        errors.append({u"email"_s, tr("\"%1\" is not an e-mail address of the form name@example.org.").arg(email)});
    return errors;
}

QJsonObject Clinician::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"name"_s, name},
        {u"team_id"_s, JsonConvert::fromId(team_id)},
        {u"grade"_s, grade},
        {u"email"_s, email},
        {u"active"_s, active},
        {u"status"_s, statusToString(status)},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

Clinician Clinician::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    Clinician clinician;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, clinician.id);
    reader.read("server_id"_L1, clinician.server_id);
    reader.read("name"_L1, clinician.name);
    reader.read("team_id"_L1, clinician.team_id);
    reader.read("grade"_L1, clinician.grade);
    reader.read("email"_L1, clinician.email);
    reader.read("active"_L1, clinician.active);
    reader.readEnum("status"_L1, clinician.status, statusNames);
    reader.read("created_at"_L1, clinician.created_at);
    reader.read("updated_at"_L1, clinician.updated_at);
    return clinician;
}
