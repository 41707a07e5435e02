#include "leavequotacommand.h"

#include "commandparser.h"
#include "console.h"
#include "leavecommand.h"
#include "scheduling/leavequota.h"
#include "storage/clinicianrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    return QString::number(std::abs(value) < 0.005 ? 0.0 : value, 'f', 2);
}

} // namespace

int LeaveQuotaCommand::run(const QStringList &arguments)
{
    const QString command = u"leave-quota"_s;
    CommandParser parser(command,
                         tr("Shows the annual leave quota of a leave year: entitlement from the working terms, "
                            "adjustments, leave used (approved and pending) and what remains, in weeks (and in the "
                            "clinician's working days in CSV). All active clinicians unless some are named."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"year"_s, tr("The leave year starting in this year (default: the leave year of today)."), u"YEAR"_s});
    parser.addOption({u"clinician"_s, tr("Only this clinician; may be given more than once."), u"NAME"_s});
    parser.addOption({u"format"_s, tr("Output format: json (default) or csv."), u"json|csv"_s, u"json"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return parser.usageError(tr("leave-quota: unknown format \"%1\"; use json or csv.").arg(format));
    std::optional<int> year;
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        year = parser.value(u"year"_s).toInt(&ok);
        if (!ok || *year < 1900 || *year > 9999)
            return parser.usageError(tr("leave-quota: --year \"%1\" is not a year.").arg(parser.value(u"year"_s)));
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const QDate date = year ? LeaveQuotaCalculator::leaveYearStartIn(*workspace, *year)
                            : LeaveQuotaCalculator::leaveYearStart(*workspace, workspace->now().date());

    const ClinicianRepository clinicians(*workspace);
    QList<qint64> ids;
    QList<QJsonObject> unknown;
    const QStringList names = LeaveCommand::optionValues(arguments, u"clinician"_s);
    if (names.isEmpty()) {
        ClinicianFilter active;
        active.activeOnly = true;
        for (const Clinician &clinician : clinicians.list(active))
            ids << clinician.id;
    }
    for (const QString &name : names) {
        if (const std::optional<Clinician> clinician = clinicians.findByName(name))
            ids << clinician->id;
        else
            unknown << QJsonObject{{u"clinician"_s, name}, {u"error"_s, tr("There is no clinician named \"%1\".").arg(name)}};
    }

    BulkLeaveQuota quotas = LeaveQuotaCalculator(*workspace).bulk(ids, date);
    quotas.errors += unknown;
    quotas.total_count += int(unknown.size());
    quotas.error_count += int(unknown.size());

    if (format == u"json"_s) {
        Console::out() << QString::fromUtf8(QJsonDocument(quotas.toJson()).toJson(QJsonDocument::Indented));
    } else {
        Console::out() << "clinician,has_entitlement,entitlement_weeks,used_weeks,remaining_weeks,remaining_days,percentage_used\n";
        for (const LeaveQuota &quota : std::as_const(quotas.results)) {
            Console::out() << LeaveCommand::csvField(quota.clinician_name) << ',' << (quota.has_entitlement ? "1" : "0") << ','
                           << number(quota.entitlement_weeks) << ',' << number(quota.used_weeks) << ','
                           << number(quota.remaining_weeks) << ',' << QString::number(quota.remaining_days, 'f', 1) << ','
                           << quota.percentage_used << '\n';
        }
    }
    Console::out().flush();
    for (const QJsonObject &error : std::as_const(quotas.errors))
        Console::fail(error.value(u"error"_s).toString());
    return quotas.error_count > 0 ? ExitFailure : ExitOk;
}
