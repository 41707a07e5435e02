#include "demodefinition.h"

#include "model/zonerules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Collects the first problem found while reading, worded with the file and the entry.
class Reader
{
public:
    explicit Reader(QString path) : m_path(std::move(path)) { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = DemoDefinition::tr("The demo definition %1 is invalid at %2: %3")
                          .arg(m_path, where, what);
    }

    QString string(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QString value = object.value(key).toString();
        if (value.isEmpty())
            fail(where, DemoDefinition::tr("\"%1\" must be a non-empty string.").arg(key));
        return value;
    }

    WeekdaySet weekdays(const QJsonObject &object, const QString &key, WeekdaySet days, const QString &where)
    {
        if (object.contains(key) && !WeekdaySet::fromJson(object.value(key).toArray(), &days))
            fail(where, DemoDefinition::tr("\"%1\" must list ISO weekdays from 1 to 7.").arg(key));
        return days;
    }

    QMap<QString, int> cover(const QJsonObject &object, const QStringList &codes, const QString &where)
    {
        QMap<QString, int> result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const int people = it.value().toInt(-1);
            if (!codes.contains(it.key()))
                fail(where, DemoDefinition::tr("unknown shift type \"%1\".").arg(it.key()));
            else if (people < 0)
                fail(where, DemoDefinition::tr("the cover of \"%1\" must be a whole number of people.").arg(it.key()));
            else
                result.insert(it.key(), people);
        }
        return result;
    }

    // Reads the term fields a member or a term change may give; `base` supplies the rest.
    WorkingTerm term(const QJsonObject &object, WorkingTerm base, const QString &where)
    {
        if (object.contains(u"type"_s)) {
            const auto type = WorkingTerm::typeFromString(object.value(u"type"_s).toString());
            if (!type)
                fail(where, DemoDefinition::tr("unknown working term type \"%1\".")
                                .arg(object.value(u"type"_s).toString()));
            else
                base.type = *type;
        }
        base.percentage = object.value(u"percentage"_s).toDouble(base.percentage);
        if (base.percentage <= 0 || base.percentage > 100)
            fail(where, DemoDefinition::tr("\"percentage\" must be above 0 and at most 100."));
        base.fixed_working_days = weekdays(object, u"fixed_working_days"_s, base.fixed_working_days, where);
        base.fixed_half_days = weekdays(object, u"fixed_half_days"_s, base.fixed_half_days, where);
        base.cannot_work_days = weekdays(object, u"cannot_work_days"_s, base.cannot_work_days, where);
        base.must_work_days = weekdays(object, u"must_work_days"_s, base.must_work_days, where);
        if (object.contains(u"annual_leave_entitlement"_s))
            base.annual_leave_entitlement = object.value(u"annual_leave_entitlement"_s).toDouble();
        base.participates_in_duty = object.value(u"participates_in_duty"_s).toBool(base.participates_in_duty);
        return base;
    }

private:
    QString m_path;
    QString m_error;
};

QStringList toStringList(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

} // namespace

QString DemoDefinition::builtInPath()
{
    return u":/demo/department.json"_s;
}

std::optional<DemoDefinition> DemoDefinition::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The demo definition %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("The demo definition %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader reader(path);
    DemoDefinition definition;
    definition.name = reader.string(root, u"name"_s, u"the top level"_s);
    definition.timeZone = reader.string(root, u"time_zone"_s, u"the top level"_s).toUtf8();
    if (!definition.timeZone.isEmpty() && !ZoneRules::find(definition.timeZone))
        reader.fail(u"time_zone"_s, tr("\"%1\" is not a known IANA time zone.").arg(QString::fromUtf8(definition.timeZone)));
    definition.emailDomain = reader.string(root, u"email_domain"_s, u"the top level"_s);
    definition.coordinator = reader.string(root, u"coordinator"_s, u"the top level"_s);
    definition.denialReasons = toStringList(root.value(u"denial_reasons"_s).toArray());
    definition.capacityDenialReason = reader.string(root, u"capacity_denial_reason"_s, u"the top level"_s);
    definition.shiftNotes = toStringList(root.value(u"shift_notes"_s).toArray());
    definition.swapDescriptions = toStringList(root.value(u"swap_descriptions"_s).toArray());
    if (definition.denialReasons.isEmpty())
        reader.fail(u"denial_reasons"_s, tr("at least one reason is needed."));
    if (definition.swapDescriptions.isEmpty())
        reader.fail(u"swap_descriptions"_s, tr("at least one description is needed."));

    QStringList codes;
    const QJsonArray types = root.value(u"shift_types"_s).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString where = u"shift_types[%1]"_s.arg(i);
        FieldErrors errors;
        ShiftType type = ShiftType::fromJson(types.at(i).toObject(), &errors);
        errors += type.validate();
        if (!errors.isEmpty())
            reader.fail(where, joinFieldErrors(errors));
        codes.append(type.code);
        definition.shiftTypes.append(type);
    }
    if (definition.shiftTypes.isEmpty())
        reader.fail(u"shift_types"_s, tr("at least one shift type is needed."));

    const QJsonArray teams = root.value(u"teams"_s).toArray();
    for (qsizetype t = 0; t < teams.size(); ++t) {
        const QJsonObject object = teams.at(t).toObject();
        const QString where = u"teams[%1]"_s.arg(t);
        TeamDefinition team;
        team.name = reader.string(object, u"name"_s, where);
        const QJsonArray years = object.value(u"years_in_post"_s).toArray();
        team.minYearsInPost = years.at(0).toInt();
        team.maxYearsInPost = years.at(1).toInt();
        if (team.minYearsInPost < 0 || team.maxYearsInPost < team.minYearsInPost)
            reader.fail(where, tr("\"years_in_post\" must be [lowest, highest]."));
        const QJsonObject cover = object.value(u"cover"_s).toObject();
        team.weekdayCover = reader.cover(cover.value(u"weekday"_s).toObject(), codes, where);
        team.weekendCover = reader.cover(cover.value(u"weekend"_s).toObject(), codes, where);

        WorkingTerm teamTerm;
        teamTerm.annual_leave_entitlement = object.value(u"annual_leave_entitlement"_s).toDouble();
        teamTerm = reader.term(QJsonObject{{u"type"_s, object.value(u"term_type"_s)}}, teamTerm, where);

        const QJsonArray members = object.value(u"members"_s).toArray();
        for (qsizetype m = 0; m < members.size(); ++m) {
            const QJsonObject entry = members.at(m).toObject();
            const QString memberWhere = u"%1.members[%2]"_s.arg(where).arg(m);
            Member member;
            member.name = reader.string(entry, u"name"_s, memberWhere);
            member.grade = entry.value(u"grade"_s).toString();
            member.term = reader.term(entry, teamTerm, memberWhere);
            member.active = entry.value(u"active"_s).toBool(true);
            const auto status = Clinician::statusFromString(entry.value(u"status"_s).toString(u"active"_s));
            if (!status)
                reader.fail(memberWhere, tr("unknown status \"%1\".").arg(entry.value(u"status"_s).toString()));
            member.status = status.value_or(Clinician::Status::Active);
            member.leftDaysAgo = entry.value(u"left_days_ago"_s).toInt();
            member.parentalLeave = entry.value(u"parental_leave"_s).toBool();
            if (entry.contains(u"change"_s)) {
                const QJsonObject change = entry.value(u"change"_s).toObject();
                TermChange termChange;
                termChange.afterDays = change.value(u"after_days"_s).toInt();
                if (termChange.afterDays <= 0)
                    reader.fail(memberWhere, tr("\"change.after_days\" must be a positive number of days."));
                termChange.term = reader.term(change, member.term, memberWhere + u".change"_s);
                member.change = termChange;
            }
            team.members.append(member);
        }
        if (team.members.isEmpty())
            reader.fail(where, tr("a team needs members."));
        definition.teams.append(team);
    }
    if (definition.teams.isEmpty())
        reader.fail(u"teams"_s, tr("at least one team is needed."));

    for (ShiftType &type : definition.shiftTypes) {
        for (const TeamDefinition &team : std::as_const(definition.teams)) {
            type.minimum_weekday += team.weekdayCover.value(type.code);
            type.minimum_weekend += team.weekendCover.value(type.code);
        }
    }

    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return definition;
}
