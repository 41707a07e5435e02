#include "leavecommand.h"

#include "commandparser.h"
#include "console.h"
#include "scheduling/leaverequestprocessor.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString leaveTypes = u"annual|study|coroners|requested_off|sick|parental"_s;

// What "leave request" prints: the stored request, its shifts and what happened.
void printOutcome(Workspace &workspace, const LeaveOutcome &outcome)
{
    QTextStream &out = Console::out();
    const LeaveRequest &request = outcome.request;
    out << LeaveCommand::tr("Request %1: %2").arg(request.id).arg(LeaveRequest::statusToString(request.status)) << '\n';
    if (!request.denial_reason.isEmpty())
        out << LeaveCommand::tr("Denied because: %1").arg(request.denial_reason) << '\n';
    if (!request.override_reason.isEmpty())
        out << LeaveCommand::tr("Override: %1").arg(request.override_reason) << '\n';
    if (!outcome.affectedShiftIds.isEmpty()) {
        QHash<qint64, QString> codes;
        for (const ShiftType &type : ShiftTypeRepository(workspace).all())
            codes.insert(type.id, type.code);
        out << LeaveCommand::tr("Affected shifts: %1").arg(outcome.affectedShiftIds.size()) << '\n';
        const ShiftRepository shifts(workspace);
        for (const qint64 id : outcome.affectedShiftIds) {
            if (const std::optional<Shift> shift = shifts.get(id))
                out << "  " << shift->date.toString(Qt::ISODate) << ' ' << codes.value(shift->shift_type_id) << '\n';
        }
    }
    out << outcome.message << '\n';
    out.flush();
}

std::optional<qint64> requestId(const CommandParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positional().at(1).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Opens the workspace and runs one step on the request; prints the outcome or the error.
int runStep(const CommandParser &parser, const std::function<StorageError(LeaveRequestProcessor &, qint64, LeaveOutcome *)> &step)
{
    const std::optional<qint64> id = requestId(parser);
    if (!id)
        return parser.usageError(LeaveCommand::tr("\"%1\" is not a leave request id.").arg(parser.positional().at(1)));
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    LeaveRequestProcessor processor(*workspace);
    LeaveOutcome outcome;
    if (const StorageError error = step(processor, *id, &outcome); !error.ok())
        return Console::fail(error.message);
    Console::out() << outcome.message << Qt::endl;
    return ExitOk;
}

std::optional<QDate> dateOption(const CommandParser &parser, const QString &name)
{
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

QString LeaveCommand::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QStringList LeaveCommand::optionValues(const QStringList &arguments, const QString &name)
{
    QStringList values;
    const QString longForm = u"--"_s + name;
    const QString singleDash = u"-"_s + name; // the parser also reads single-dash words as long options
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if ((argument == longForm || argument == singleDash) && i + 1 < arguments.size())
            values << arguments.at(++i);
        else if (argument.startsWith(longForm + u'='))
            values << argument.mid(longForm.size() + 1);
        else if (argument.startsWith(singleDash + u'='))
            values << argument.mid(singleDash.size() + 1);
    }
    return values;
}

int LeaveCommand::run(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (what == u"-h"_s || what == u"--help"_s) {
        Console::out() << tr("Usage: %1 leave request FILE --clinician NAME --type TYPE --from DATE --to DATE\n"
                             "       %1 leave approve FILE ID [--open-shifts|--needs-reassignment]\n"
                             "       %1 leave deny FILE ID --reason REASON\n"
                             "       %1 leave cancel FILE ID\n"
                             "       %1 leave list FILE [--clinician NAME] [--status S] [--type T] [--from D --to D]\n"
                             "Run \"%1 leave request --help\" (and so on) for the options.\n")
                              .arg(QCoreApplication::applicationName());
        return ExitOk;
    }
    if (what == u"request"_s)
        return request(rest);
    if (what == u"approve"_s)
        return approve(rest);
    if (what == u"deny"_s)
        return deny(rest);
    if (what == u"cancel"_s)
        return cancel(rest);
    if (what == u"list"_s)
        return list(rest);
    CommandParser parser(u"leave"_s, {});
    return parser.usageError(what.isEmpty() || what.startsWith(u'-')
                                 ? tr("leave: say what to do: leave request|approve|deny|cancel|list FILE ...")
                                 : tr("leave: unknown action \"%1\"; use request, approve, deny, cancel or list.").arg(what));
}

int LeaveCommand::request(const QStringList &arguments)
{
    const QString command = u"leave request"_s;
    CommandParser parser(command,
                         tr("Submits a leave request. Annual leave beyond the clinician's remaining quota is stored as "
                            "denied with the reason, unless --override gives a reason to keep it pending. Prints the "
                            "request's status and the clinician's shifts that fall in the leave."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"clinician"_s, tr("The clinician's name."), u"NAME"_s});
    parser.addOption({u"type"_s, tr("The kind of leave."), leaveTypes});
    parser.addOption({u"from"_s, tr("First day of the leave."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the leave."), u"YYYY-MM-DD"_s});
    parser.addOption({u"override"_s, tr("Why the request may go beyond the quota."), u"REASON"_s});
    parser.addOption({u"notes"_s, tr("Notes kept with the request."), u"TEXT"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    for (const QString &required : {u"clinician"_s, u"type"_s, u"from"_s, u"to"_s}) {
        if (!parser.isSet(required))
            return parser.usageError(tr("%1: --%2 is required.").arg(command, required));
    }
    const std::optional<LeaveRequest::Type> type = LeaveRequest::typeFromString(parser.value(u"type"_s));
    if (!type)
        return parser.usageError(tr("%1: unknown leave type \"%2\"; use %3.").arg(command, parser.value(u"type"_s), leaveTypes));
    const std::optional<QDate> from = dateOption(parser, u"from"_s);
    const std::optional<QDate> to = dateOption(parser, u"to"_s);
    if (!from || !to)
        return parser.usageError(tr("%1: --from and --to must be dates (YYYY-MM-DD).").arg(command));

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const QString name = parser.value(u"clinician"_s);
    const std::optional<Clinician> clinician = ClinicianRepository(*workspace).findByName(name);
    if (!clinician)
        return Console::fail(tr("There is no clinician named \"%1\".").arg(name));
    LeaveRequest leave;
    leave.clinician_id = clinician->id;
    leave.type = *type;
    leave.start_date = *from;
    leave.end_date = *to;
    leave.notes = parser.value(u"notes"_s);
    LeaveOutcome outcome;
    if (const StorageError error = LeaveRequestProcessor(*workspace).submit(leave, &outcome, parser.value(u"override"_s)); !error.ok())
        return Console::fail(error.message);
    printOutcome(*workspace, outcome);
    return ExitOk;
}

int LeaveCommand::approve(const QStringList &arguments)
{
    CommandParser parser(u"leave approve"_s,
                         tr("Approves a pending leave request. The clinician's shifts in the leave become open shifts "
                            "(the default) or are marked as needing reassignment."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"ID"_s, tr("The leave request's id."));
    parser.addOption({u"open-shifts"_s, tr("Make the shifts open shifts (the default).")});
    parser.addOption({u"needs-reassignment"_s, tr("Keep the shifts with the clinician, marked as needing reassignment.")});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (parser.isSet(u"open-shifts"_s) && parser.isSet(u"needs-reassignment"_s))
        return parser.usageError(tr("leave approve: give either --open-shifts or --needs-reassignment."));
    const auto handling = parser.isSet(u"needs-reassignment"_s) ? LeaveRequestProcessor::ShiftHandling::NeedsReassignment
                                                                : LeaveRequestProcessor::ShiftHandling::MakeOpen;
    return runStep(parser, [handling](LeaveRequestProcessor &processor, qint64 id, LeaveOutcome *outcome) {
        return processor.approve(id, handling, outcome);
    });
}

int LeaveCommand::deny(const QStringList &arguments)
{
    CommandParser parser(u"leave deny"_s, tr("Denies a pending leave request, with the reason."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"ID"_s, tr("The leave request's id."));
    parser.addOption({u"reason"_s, tr("Why the request is denied."), u"REASON"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (parser.value(u"reason"_s).trimmed().isEmpty())
        return parser.usageError(tr("leave deny: --reason is required."));
    const QString reason = parser.value(u"reason"_s);
    return runStep(parser, [reason](LeaveRequestProcessor &processor, qint64 id, LeaveOutcome *outcome) {
        return processor.deny(id, reason, outcome);
    });
}

int LeaveCommand::cancel(const QStringList &arguments)
{
    CommandParser parser(u"leave cancel"_s,
                         tr("Cancels a pending or approved leave request. The shifts approval opened or marked go back "
                            "to the clinician, unless they have been changed since."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"ID"_s, tr("The leave request's id."));
    if (const auto code = parser.parse(arguments))
        return *code;
    return runStep(parser, [](LeaveRequestProcessor &processor, qint64 id, LeaveOutcome *outcome) {
        return processor.cancel(id, outcome);
    });
}

int LeaveCommand::list(const QStringList &arguments)
{
    const QString command = u"leave list"_s;
    CommandParser parser(command, tr("Lists leave requests, newest first, as CSV or JSON."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"clinician"_s, tr("Only this clinician's requests."), u"NAME"_s});
    parser.addOption({u"status"_s, tr("Only requests with this status."), u"pending|approved|denied|cancelled"_s});
    parser.addOption({u"type"_s, tr("Only this kind of leave."), leaveTypes});
    parser.addOption({u"from"_s, tr("Only leave overlapping the range from this day (with --to)."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the range (with --from)."), u"YYYY-MM-DD"_s});
    parser.addOption({u"format"_s, tr("Output format: csv (default) or json."), u"csv|json"_s, u"csv"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return parser.usageError(tr("%1: unknown format \"%2\"; use csv or json.").arg(command, format));
    std::optional<LeaveRequest::Status> status;
    if (parser.isSet(u"status"_s)) {
        status = LeaveRequest::statusFromString(parser.value(u"status"_s));
        if (!status)
            return parser.usageError(tr("%1: unknown status \"%2\".").arg(command, parser.value(u"status"_s)));
    }
    std::optional<LeaveRequest::Type> type;
    if (parser.isSet(u"type"_s)) {
        type = LeaveRequest::typeFromString(parser.value(u"type"_s));
        if (!type)
            return parser.usageError(tr("%1: unknown leave type \"%2\"; use %3.").arg(command, parser.value(u"type"_s), leaveTypes));
    }
    if (parser.isSet(u"from"_s) != parser.isSet(u"to"_s))
        return parser.usageError(tr("%1: give --from and --to together.").arg(command));
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (parser.isSet(u"from"_s)) {
        from = dateOption(parser, u"from"_s);
        to = dateOption(parser, u"to"_s);
        if (!from || !to || *from > *to)
            return parser.usageError(tr("%1: --from and --to must be dates (YYYY-MM-DD), --from not after --to.").arg(command));
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const ClinicianRepository clinicians(*workspace);
    std::optional<qint64> clinicianId;
    if (parser.isSet(u"clinician"_s)) {
        const std::optional<Clinician> clinician = clinicians.findByName(parser.value(u"clinician"_s));
        if (!clinician)
            return Console::fail(tr("There is no clinician named \"%1\".").arg(parser.value(u"clinician"_s)));
        clinicianId = clinician->id;
    }
    const LeaveRequestRepository repository(*workspace);
    QList<LeaveRequest> requests = from ? repository.inWindow(*from, *to, clinicianId)
                                        : clinicianId ? repository.forClinician(*clinicianId)
                                                      : repository.all();
    requests.removeIf([&](const LeaveRequest &request) {
        return (status && request.status != *status) || (type && request.type != *type);
    });
    QHash<qint64, QString> names;
    for (const Clinician &clinician : clinicians.list())
        names.insert(clinician.id, clinician.name);

    QTextStream &out = Console::out();
    if (format == u"json"_s) {
        QJsonArray array;
        for (const LeaveRequest &request : std::as_const(requests)) {
            QJsonObject object = request.toJson();
            object.insert(u"clinician_name"_s, names.value(request.clinician_id));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        out << "id,clinician,type,start_date,end_date,status,requested_at,processed_at,processed_by,denial_reason,"
               "override_reason,affected_shift_count,notes\n";
        for (const LeaveRequest &request : std::as_const(requests)) {
            const QStringList fields{QString::number(request.id),
                                     csvField(names.value(request.clinician_id)),
                                     LeaveRequest::typeToString(request.type),
                                     request.start_date.toString(Qt::ISODate),
                                     request.end_date.toString(Qt::ISODate),
                                     LeaveRequest::statusToString(request.status),
                                     request.requested_at,
                                     request.processed_at,
                                     csvField(request.processed_by),
                                     csvField(request.denial_reason),
                                     csvField(request.override_reason),
                                     QString::number(request.affected_shift_count),
                                     csvField(request.notes)};
            out << fields.join(u',') << '\n';
        }
    }
    out.flush();
    return ExitOk;
}
