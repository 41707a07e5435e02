#include "workingterm.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<WorkingTerm::Type, 5> typeNames{{
    {WorkingTerm::Type::Substantive, "substantive"_L1},
    {WorkingTerm::Type::LessThanFullTime, "less_than_full_time"_L1},
    {WorkingTerm::Type::FixedTerm, "fixed_term"_L1},
    {WorkingTerm::Type::Locum, "locum"_L1},
    {WorkingTerm::Type::Honorary, "honorary"_L1},
}};

// "Monday and Friday": the days two sets share, for messages.
QString dayNames(const WeekdaySet &a, const WeekdaySet &b)
{
    QStringList names;
    for (int day : a.toList()) {
        if (b.contains(day))
            names.append(QLocale().standaloneDayName(day, QLocale::LongFormat));
    }
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return WorkingTerm::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}
} // namespace

QString WorkingTerm::typeToString(Type type)
{
    return JsonConvert::enumToString(typeNames, type);
}

std::optional<WorkingTerm::Type> WorkingTerm::typeFromString(const QString &text)
{
    return JsonConvert::enumFromString(typeNames, text);
}

bool WorkingTerm::covers(QDate date) const
{
    return date >= start_date && (!end_date.isValid() || date <= end_date);
}

FieldErrors WorkingTerm::validate() const
{
    FieldErrors errors;
    if (clinician_id <= 0)
        errors.append({u"clinician_id"_s, tr("A working term belongs to a clinician.")});
    if (!start_date.isValid()) {
        errors.append({u"start_date"_s, tr("A working term needs a start date.")});
    } else if (end_date.isValid() && end_date < start_date) {
        errors.append({u"end_date"_s, tr("The working term ends on %1, before it starts on %2.")
                                          .arg(end_date.toString(Qt::ISODate), start_date.toString(Qt::ISODate))});
    }
    if (!(percentage > 0.0 && percentage <= 100.0))
        errors.append({u"percentage"_s, tr("The FTE percentage is %1; it must be more than 0 and at most 100.").arg(percentage)});
    if (must_work_days.intersects(cannot_work_days)) {
        errors.append({u"must_work_days"_s, tr("A day cannot be both a must-work day and a cannot-work day: %1.")
                                                .arg(dayNames(must_work_days, cannot_work_days))});
    }
    if (fixed_working_days.intersects(cannot_work_days)) {
        errors.append({u"fixed_working_days"_s, tr("A day cannot be both a fixed working day and a cannot-work day: %1.")
                                                    .arg(dayNames(fixed_working_days, cannot_work_days))});
    }
    if (fixed_half_days.intersects(cannot_work_days)) {
        errors.append({u"fixed_half_days"_s, tr("A day cannot be both a fixed half day and a cannot-work day: %1.")
                                                 .arg(dayNames(fixed_half_days, cannot_work_days))});
    }
    if (annual_leave_entitlement && !(*annual_leave_entitlement >= 0.0 && *annual_leave_entitlement <= 52.0)) {
        errors.append({u"annual_leave_entitlement"_s, tr("The annual leave entitlement is %1 weeks; it must be from 0 to 52 weeks.")
                                                          .arg(*annual_leave_entitlement)});
    }
    return errors;
}

QJsonObject WorkingTerm::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"clinician_id"_s, clinician_id},
        {u"type"_s, typeToString(type)},
        {u"start_date"_s, JsonConvert::fromDate(start_date)},
        {u"end_date"_s, JsonConvert::fromDate(end_date)},
        {u"percentage"_s, percentage},
        {u"fixed_working_days"_s, fixed_working_days.toJson()},
        {u"fixed_half_days"_s, fixed_half_days.toJson()},
        {u"cannot_work_days"_s, cannot_work_days.toJson()},
        {u"must_work_days"_s, must_work_days.toJson()},
        {u"annual_leave_entitlement"_s, JsonConvert::fromNumber(annual_leave_entitlement)},
        {u"participates_in_duty"_s, participates_in_duty},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

WorkingTerm WorkingTerm::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    WorkingTerm term;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, term.id);
    reader.read("server_id"_L1, term.server_id);
    reader.read("clinician_id"_L1, term.clinician_id);
    reader.readEnum("type"_L1, term.type, typeNames);
    reader.read("start_date"_L1, term.start_date);
    reader.read("end_date"_L1, term.end_date);
    reader.read("percentage"_L1, term.percentage);
    reader.read("fixed_working_days"_L1, term.fixed_working_days);
    reader.read("fixed_half_days"_L1, term.fixed_half_days);
    reader.read("cannot_work_days"_L1, term.cannot_work_days);
    reader.read("must_work_days"_L1, term.must_work_days);
    reader.read("annual_leave_entitlement"_L1, term.annual_leave_entitlement);
    reader.read("participates_in_duty"_L1, term.participates_in_duty);
    reader.read("created_at"_L1, term.created_at);
    reader.read("updated_at"_L1, term.updated_at);
    return term;
}
