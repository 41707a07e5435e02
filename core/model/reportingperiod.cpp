#include "reportingperiod.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxNameLength = 100;
}

FieldErrors ReportingPeriod::validate() const
{
    FieldErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("A reporting period needs a name, such as Period 1.")});
    else if (const QString problem = TextCheck::nameProblem(name, MaxNameLength); !problem.isEmpty())
        errors.append({u"name"_s, problem});
    if (!start_date.isValid())
        errors.append({u"start_date"_s, tr("A reporting period needs a first day.")});
    if (!end_date.isValid())
        errors.append({u"end_date"_s, tr("A reporting period needs a last day.")});
    if (start_date.isValid() && end_date.isValid()) {
        if (end_date < start_date) {
            errors.append({u"end_date"_s, tr("The last day (%1) is before the first day (%2).")
                                              .arg(end_date.toString(Qt::ISODate), start_date.toString(Qt::ISODate))});
        } else if (dayCount() > MaximumDays) {
            errors.append({u"end_date"_s, tr("The period has %1 days; a reporting period has at most %2 (three years).")
                                              .arg(dayCount())
                                              .arg(MaximumDays)});
        }
    }
    return errors;
}

QJsonObject ReportingPeriod::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"name"_s, name},
        {u"start_date"_s, JsonConvert::fromDate(start_date)},
        {u"end_date"_s, JsonConvert::fromDate(end_date)},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

ReportingPeriod ReportingPeriod::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    ReportingPeriod period;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, period.id);
    reader.read("server_id"_L1, period.server_id);
    reader.read("name"_L1, period.name);
    reader.read("start_date"_L1, period.start_date);
    reader.read("end_date"_L1, period.end_date);
    reader.read("created_at"_L1, period.created_at);
    reader.read("updated_at"_L1, period.updated_at);
    return period;
}
