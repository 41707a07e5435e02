#include "statscommand.h"

#include "commandparser.h"
#include "console.h"
#include "io/csvwriter.h"
#include "scheduling/availability.h"
#include "scheduling/staffingforecast.h"
#include "scheduling/workload.h"
#include "storage/reportingperiodrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultWeeks = 4;

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QByteArray forecastCsv(const QList<ForecastDay> &days)
{
    QList<QStringList> rows;
    for (const ForecastDay &day : days) {
        QStringList shortfalls;
        for (const ForecastDay::Shortfall &shortfall : day.shortfalls)
            shortfalls << u"%1 %2/%3"_s.arg(shortfall.shift_type).arg(shortfall.scheduled).arg(shortfall.required);
        rows << QStringList{day.date.toString(Qt::ISODate),        ForecastDay::dayOfWeekName(day.date),
                            QString::number(day.minimum_required), QString::number(day.scheduled_count),
                            QString::number(day.pending_leave),    ForecastDay::statusToString(day.status),
                            shortfalls.join(u"; "_s)};
    }
    return CsvWriter::table({u"date"_s, u"day_of_week"_s, u"minimum_required"_s, u"scheduled_count"_s, u"pending_leave"_s,
                             u"status"_s, u"shortfalls"_s},
                            rows);
}

QByteArray workloadCsv(const WorkloadReport &report)
{
    QList<QStringList> rows;
    for (const WorkloadSummary &s : report.clinician_summaries) {
        rows << QStringList{QString::number(s.clinician_id),
                            s.clinician_name,
                            s.team_name,
                            s.active ? u"1"_s : u"0"_s,
                            number(s.fte),
                            s.participates ? u"1"_s : u"0"_s,
                            QString::number(s.shifts_worked),
                            number(s.hours_worked),
                            QString::number(s.shifts_scheduled),
                            number(s.hours_scheduled),
                            number(s.expected_shifts),
                            number(s.expected_hours),
                            QString::number(s.nights),
                            QString::number(s.weekends),
                            QString::number(s.on_calls),
                            QString::number(s.bank_holidays),
                            number(s.deficiency),
                            WorkloadSummary::statusToString(s.status)};
    }
    return CsvWriter::table({u"clinician_id"_s, u"clinician_name"_s, u"team_name"_s, u"active"_s, u"fte"_s, u"participates"_s,
                             u"shifts_worked"_s, u"hours_worked"_s, u"shifts_scheduled"_s, u"hours_scheduled"_s,
                             u"expected_shifts"_s, u"expected_hours"_s, u"nights"_s, u"weekends"_s, u"on_calls"_s,
                             u"bank_holidays"_s, u"deficiency"_s, u"status"_s},
                            rows);
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

} // namespace

int StatsCommand::run(const QStringList &arguments)
{
    const QString command = u"stats"_s;
    CommandParser parser(command,
                         tr("Shows the rota server's statistics, computed from the workspace.\n"
                            "  forecast      per day: the minimum cover required, the cover scheduled, pending leave,\n"
                            "                above/at/below, and the shift types short that day.\n"
                            "  workload      per clinician over a reporting period: shifts and hours worked (before\n"
                            "                --as-of) and scheduled, the share expected from the FTE, nights, weekends,\n"
                            "                on-calls, bank holidays, deficiency; and the fairness of nights and\n"
                            "                weekends per FTE by team.\n"
                            "  availability  per day: how many clinicians can work.\n"
                            "The range is --from/--to, --weeks from --from (default today) or a reporting period;\n"
                            "forecast and availability default to the 4 weeks from today, workload to the reporting\n"
                            "period holding --as-of, else \"Period 1\"."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"REPORT"_s, tr("forecast, workload or availability."));
    parser.addOption({u"from"_s, tr("First day (YYYY-MM-DD; default today)."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("Last day, included (YYYY-MM-DD)."), u"DATE"_s});
    parser.addOption({u"weeks"_s, tr("The number of weeks from --from when --to is not given (default 4)."), u"N"_s});
    parser.addOption({u"period"_s, tr("The days of the reporting period of this name."), u"NAME"_s});
    parser.addOption({u"as-of"_s, tr("workload: the day from which shifts count as scheduled (default today)."), u"DATE"_s});
    parser.addOption({u"format"_s, tr("Output format: json (default) or csv."), u"json|csv"_s, u"json"_s});
    parser.addOption({u"v1"_s, tr("JSON in the server's v1 envelope (forecast and workload).")});
    parser.addOption({u"output"_s, tr("Write to this file instead of standard output."), u"FILE"_s});
    if (const auto code = parser.parse(arguments))
        return *code;

    const QString report = parser.positional().at(1);
    if (report != u"forecast"_s && report != u"workload"_s && report != u"availability"_s)
        return parser.usageError(tr("stats: unknown report \"%1\"; use forecast, workload or availability.").arg(report));
    const QString format = parser.value(u"format"_s);
    if (format != u"json"_s && format != u"csv"_s)
        return parser.usageError(tr("stats: unknown format \"%1\"; use json or csv.").arg(format));
    const bool v1 = parser.isSet(u"v1"_s);
    if (v1 && format == u"csv"_s)
        return parser.usageError(tr("stats: --v1 is a JSON envelope; it cannot be combined with --format csv."));
    if (v1 && report == u"availability"_s)
        return parser.usageError(tr("stats: availability has no v1 form; leave out --v1."));

    auto dateOption = [&](const QString &name, QDate *date) {
        if (!parser.isSet(name))
            return true;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        return date->isValid();
    };
    const QDate today = QDate::currentDate();
    QDate from;
    QDate to;
    QDate asOf = today;
    for (const auto &[name, date] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}, std::pair{u"as-of"_s, &asOf}}) {
        if (!dateOption(name, date))
            return parser.usageError(tr("stats: --%1 \"%2\" is not a date; use YYYY-MM-DD.").arg(name, parser.value(name)));
    }
    int weeks = DefaultWeeks;
    if (parser.isSet(u"weeks"_s)) {
        bool ok = false;
        weeks = parser.value(u"weeks"_s).toInt(&ok);
        if (!ok || weeks < 1 || weeks > 520)
            return parser.usageError(tr("stats: --weeks \"%1\" is not a number of weeks from 1 to 520.").arg(parser.value(u"weeks"_s)));
        if (parser.isSet(u"to"_s))
            return parser.usageError(tr("stats: give either --to or --weeks, not both."));
    }
    const bool range = parser.isSet(u"from"_s) || parser.isSet(u"to"_s) || parser.isSet(u"weeks"_s);
    if (parser.isSet(u"period"_s) && range)
        return parser.usageError(tr("stats: --period gives the days itself; leave out --from, --to and --weeks."));
    if (parser.isSet(u"as-of"_s) && report != u"workload"_s)
        return parser.usageError(tr("stats: --as-of applies to the workload report only."));
    if (range || report != u"workload"_s) {
        if (!from.isValid())
            from = today;
        if (!to.isValid())
            to = from.addDays(7 * weeks - 1);
        if (from > to)
            return parser.usageError(tr("stats: --from %1 is after --to %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;

    QString periodName;
    if (parser.isSet(u"period"_s) || (report == u"workload"_s && !range)) {
        const ReportingPeriodRepository periods(*workspace);
        std::optional<ReportingPeriod> period;
        if (parser.isSet(u"period"_s)) {
            periodName = parser.value(u"period"_s);
            period = periods.findByName(periodName);
        } else {
            period = periods.containing(asOf);
            periodName = period ? period->name : u"Period 1"_s;
            if (!period)
                period = periods.findByName(periodName);
        }
        if (!period) {
            QStringList names;
            for (const ReportingPeriod &known : periods.all())
                names << u"\"%1\""_s.arg(known.name);
            const QString known = names.isEmpty() ? tr("The workspace has no reporting periods; give --from and --to.")
                                                  : tr("Reporting periods: %1.").arg(names.join(u", "_s));
            return parser.usageError(tr("stats: there is no reporting period named \"%1\". %2").arg(periodName, known));
        }
        from = period->start_date;
        to = period->end_date;
    }
    if (periodName.isEmpty())
        periodName = tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));

    StorageError error;
    QByteArray output;
    if (report == u"forecast"_s) {
        const QList<ForecastDay> days = StaffingForecast(*workspace).days(from, to, &error);
        if (format == u"csv"_s) {
            output = forecastCsv(days);
        } else if (v1) {
            output = json(StaffingForecast::v1Envelope(from, to, days));
        } else {
            QJsonArray array;
            for (const ForecastDay &day : days)
                array.append(day.toJson());
            output = json(array);
        }
    } else if (report == u"workload"_s) {
        const WorkloadReport workload = WorkloadCalculator(*workspace).report(periodName, from, to, asOf, &error);
        output = format == u"csv"_s ? workloadCsv(workload)
               : v1                 ? json(WorkloadReport::v1Envelope(workload))
                                    : json(workload.toJson());
    } else {
        const QList<AvailabilityDay> days = AvailabilityGrid::load(*workspace, from, to, {}, &error).dailyCounts();
        if (format == u"csv"_s) {
            QList<QStringList> rows;
            for (const AvailabilityDay &day : days)
                rows << QStringList{day.date.toString(Qt::ISODate), QString::number(day.doctors_count)};
            output = CsvWriter::table({u"date"_s, u"doctors_count"_s}, rows);
        } else {
            QJsonArray array;
            for (const AvailabilityDay &day : days)
                array.append(day.toJson());
            output = json(array);
        }
    }
    if (!error.ok())
        return Console::fail(error.message);

    if (!parser.isSet(u"output"_s)) {
        Console::out() << QString::fromUtf8(output);
        Console::out().flush();
        return ExitOk;
    }
    const QString path = parser.value(u"output"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
        return Console::fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
    return ExitOk;
}
