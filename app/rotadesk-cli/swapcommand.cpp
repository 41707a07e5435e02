#include "swapcommand.h"

#include "commandparser.h"
#include "console.h"
#include "scheduling/swapservice.h"
#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> swapId(const CommandParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positional().value(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString localText(qint64 utc, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utc, zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

int SwapCommand::run(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (what == u"-h"_s || what == u"--help"_s) {
        Console::out() << tr("Usage: %1 swap create FILE --clinician NAME (--shift ID | --from DATETIME --to DATETIME) [--description TEXT]\n"
                             "       %1 swap take FILE ID --clinician NAME\n"
                             "       %1 swap delete FILE ID\n"
                             "       %1 swap list FILE [--open] [--beneficiary NAME] [--benefactor NAME] [--after DATE] [--rota NAME] [--json]\n"
                             "Run \"%1 swap create --help\" (and so on) for the options.\n")
                              .arg(QCoreApplication::applicationName());
        return ExitOk;
    }
    if (what == u"create"_s)
        return create(rest);
    if (what == u"take"_s)
        return take(rest);
    if (what == u"delete"_s)
        return remove(rest);
    if (what == u"list"_s)
        return list(rest);
    CommandParser parser(u"swap"_s, {});
    return parser.usageError(what.isEmpty() || what.startsWith(u'-')
                                 ? tr("swap: say what to do: swap create|take|delete|list FILE ...")
                                 : tr("swap: unknown action \"%1\"; use create, take, delete or list.").arg(what));
}

int SwapCommand::create(const QStringList &arguments)
{
    const QString command = u"swap create"_s;
    CommandParser parser(command, tr("Asks for a shift, or for every shift in a time range, to be taken by a colleague. "
                                     "Times are local to the workspace's time zone. Prints the new request's id."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"clinician"_s, tr("The clinician asking (the beneficiary)."), u"NAME"_s});
    parser.addOption({u"shift"_s, tr("The id of the shift to swap."), u"ID"_s});
    parser.addOption({u"from"_s, tr("Start of the time range."), u"YYYY-MM-DDTHH:MM"_s});
    parser.addOption({u"to"_s, tr("End of the time range."), u"YYYY-MM-DDTHH:MM"_s});
    parser.addOption({u"description"_s, tr("Why, for the colleagues who might take it."), u"TEXT"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (!parser.isSet(u"clinician"_s))
        return parser.usageError(tr("%1: --clinician is required.").arg(command));
    const bool byShift = parser.isSet(u"shift"_s);
    const bool byRange = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
    if (byShift == byRange || (byRange && !(parser.isSet(u"from"_s) && parser.isSet(u"to"_s))))
        return parser.usageError(tr("%1: give either --shift or both --from and --to.").arg(command));
    qint64 shiftId = 0;
    if (byShift) {
        bool ok = false;
        shiftId = parser.value(u"shift"_s).toLongLong(&ok);
        if (!ok || shiftId <= 0)
            return parser.usageError(tr("%1: --shift \"%2\" is not a shift id.").arg(command, parser.value(u"shift"_s)));
    }
    QDateTime range[2];
    if (byRange) {
        const QString names[2] = {u"from"_s, u"to"_s};
        for (int i = 0; i < 2; ++i) {
            range[i] = QDateTime::fromString(parser.value(names[i]), u"yyyy-MM-ddTHH:mm"_s);
            if (!range[i].isValid())
                return parser.usageError(tr("%1: --%2 \"%3\" is not a date and time; use YYYY-MM-DDTHH:MM.").arg(command, names[i], parser.value(names[i])));
        }
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const std::optional<Clinician> beneficiary = ClinicianRepository(*workspace).findByName(parser.value(u"clinician"_s));
    if (!beneficiary)
        return Console::fail(tr("There is no clinician named \"%1\".").arg(parser.value(u"clinician"_s)));
    SwapRequest swap;
    swap.beneficiary_id = beneficiary->id;
    swap.description = parser.value(u"description"_s);
    if (byShift) {
        swap.shift_id = shiftId;
    } else {
        const QTimeZone zone(workspace->timeZone());
        swap.swap_start_utc = QDateTime(range[0].date(), range[0].time(), zone).toSecsSinceEpoch();
        swap.swap_end_utc = QDateTime(range[1].date(), range[1].time(), zone).toSecsSinceEpoch();
    }
    if (const StorageError error = SwapService(*workspace).create(swap); !error.ok())
        return Console::fail(error.message);
    Console::out() << tr("Swap request %1 created.").arg(swap.id) << Qt::endl;
    return ExitOk;
}

int SwapCommand::take(const QStringList &arguments)
{
    const QString command = u"swap take"_s;
    CommandParser parser(command, tr("A colleague takes an open swap request: its shifts move to them in one edit, after the "
                                     "checks of a manual edit (leave, cannot-work days, double bookings, rest). A refusal "
                                     "is printed with its reason and exits 1."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"ID"_s, tr("The swap request's id."));
    parser.addOption({u"clinician"_s, tr("The clinician taking it (the benefactor)."), u"NAME"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    const std::optional<qint64> id = swapId(parser);
    if (!id)
        return parser.usageError(tr("%1: \"%2\" is not a swap request id.").arg(command, parser.positional().value(1)));
    if (!parser.isSet(u"clinician"_s))
        return parser.usageError(tr("%1: --clinician is required.").arg(command));
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const std::optional<Clinician> benefactor = ClinicianRepository(*workspace).findByName(parser.value(u"clinician"_s));
    if (!benefactor)
        return Console::fail(tr("There is no clinician named \"%1\".").arg(parser.value(u"clinician"_s)));
    QList<ShiftChange> changes;
    if (const StorageError error = SwapService(*workspace).take(*id, benefactor->id, &changes); !error.ok())
        return Console::fail(error.message);
    Console::out() << tr("Swap request %1 taken by %2: %n shift(s) moved.", nullptr, int(changes.size())).arg(*id).arg(benefactor->name) << Qt::endl;
    return ExitOk;
}

int SwapCommand::remove(const QStringList &arguments)
{
    const QString command = u"swap delete"_s;
    CommandParser parser(command, tr("Deletes a swap request that is still open."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"ID"_s, tr("The swap request's id."));
    if (const auto code = parser.parse(arguments))
        return *code;
    const std::optional<qint64> id = swapId(parser);
    if (!id)
        return parser.usageError(tr("%1: \"%2\" is not a swap request id.").arg(command, parser.positional().value(1)));
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    if (const StorageError error = SwapService(*workspace).remove(*id); !error.ok())
        return Console::fail(error.message);
    Console::out() << tr("Swap request %1 deleted.").arg(*id) << Qt::endl;
    return ExitOk;
}

int SwapCommand::list(const QStringList &arguments)
{
    const QString command = u"swap list"_s;
    CommandParser parser(command, tr("Lists swap requests by start, with the seed's filters. An open request whose start has "
                                     "passed is shown as past due. Times are local to the workspace's time zone."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"open"_s, tr("Only requests still open.")});
    parser.addOption({u"beneficiary"_s, tr("Only requests of this clinician."), u"NAME"_s});
    parser.addOption({u"benefactor"_s, tr("Only requests taken by this clinician."), u"NAME"_s});
    parser.addOption({u"after"_s, tr("Only requests starting after this day."), u"YYYY-MM-DD"_s});
    parser.addOption({u"rota"_s, tr("Only requests of this rota."), u"NAME"_s});
    parser.addOption({u"json"_s, tr("Print a JSON array instead of a table.")});
    if (const auto code = parser.parse(arguments))
        return *code;
    QDate after;
    if (parser.isSet(u"after"_s)) {
        after = QDate::fromString(parser.value(u"after"_s), Qt::ISODate);
        if (!after.isValid())
            return parser.usageError(tr("%1: --after \"%2\" is not a date; use YYYY-MM-DD.").arg(command, parser.value(u"after"_s)));
    }
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const QTimeZone zone(workspace->timeZone());
    ClinicianRepository clinicians(*workspace);
    SwapService::Filter filter;
    filter.openOnly = parser.isSet(u"open"_s);
    for (const QString &option : {u"beneficiary"_s, u"benefactor"_s}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<Clinician> clinician = clinicians.findByName(parser.value(option));
        if (!clinician)
            return Console::fail(tr("There is no clinician named \"%1\".").arg(parser.value(option)));
        (option == u"beneficiary"_s ? filter.beneficiaryId : filter.benefactorId) = clinician->id;
    }
    QHash<qint64, QString> rotaNames;
    for (const Rota &rota : RotaRepository(*workspace).list(true))
        rotaNames.insert(rota.id, rota.name);
    if (parser.isSet(u"rota"_s)) {
        const QString name = parser.value(u"rota"_s);
        for (auto it = rotaNames.cbegin(); it != rotaNames.cend(); ++it) {
            if (it.value().compare(name, Qt::CaseInsensitive) == 0)
                filter.rotaId = it.key();
        }
        if (!filter.rotaId)
            return Console::fail(tr("There is no rota \"%1\".").arg(name));
    }
    if (after.isValid())
        filter.startingAfterUtc = QDateTime(after.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch() - 1;

    SwapService service(*workspace);
    QHash<qint64, QString> names;
    for (const Clinician &clinician : clinicians.list())
        names.insert(clinician.id, clinician.name);
    const QList<SwapRequest> swaps = service.list(filter);
    const auto statusOf = [&](const SwapRequest &swap) {
        return service.isPastDue(swap) ? u"past_due"_s : SwapRequest::statusToString(swap.status);
    };
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SwapRequest &swap : swaps) {
            QJsonObject object = swap.toJson();
            object.insert(u"beneficiary"_s, names.value(swap.beneficiary_id));
            object.insert(u"benefactor"_s, swap.benefactor_id ? QJsonValue(names.value(*swap.benefactor_id)) : QJsonValue());
            object.insert(u"past_due"_s, service.isPastDue(swap));
            object.insert(u"swap_start"_s, localText(swap.swap_start_utc, zone));
            object.insert(u"swap_end"_s, localText(swap.swap_end_utc, zone));
            array.append(object);
        }
        Console::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    Console::out() << tr("id") << '\t' << tr("start") << '\t' << tr("end") << '\t' << tr("beneficiary") << '\t' << tr("status") << '\t'
                   << tr("benefactor") << '\t' << tr("rota") << '\t' << tr("description") << Qt::endl;
    for (const SwapRequest &swap : swaps) {
        Console::out() << swap.id << '\t' << localText(swap.swap_start_utc, zone) << '\t' << localText(swap.swap_end_utc, zone) << '\t'
                       << names.value(swap.beneficiary_id) << '\t' << statusOf(swap) << '\t'
                       << (swap.benefactor_id ? names.value(*swap.benefactor_id) : QString()) << '\t'
                       << (swap.rota_id ? rotaNames.value(*swap.rota_id) : QString()) << '\t' << swap.description << Qt::endl;
    }
    return ExitOk;
}
