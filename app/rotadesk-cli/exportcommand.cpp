#include "exportcommand.h"

#include "commandparser.h"
#include "console.h"
#include "io/icsexporter.h"
#include "io/shiftexporter.h"
#include "storage/clinicianrepository.h"

#include <QFile>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

int ExportCommand::run(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"-h"_s || what == u"--help"_s) {
        Console::out() << tr("Usage: %1 export shifts [options] FILE\n"
                             "       %1 export ics [options] FILE\n"
                             "Run \"%1 export shifts --help\" or \"%1 export ics --help\" for the options.\n")
                              .arg(QCoreApplication::applicationName());
        return ExitOk;
    }
    if (what == u"shifts"_s)
        return exportShifts(arguments.mid(1));
    if (what == u"ics"_s)
        return exportIcs(arguments.mid(1));
    CommandParser parser(u"export"_s, {});
    return parser.usageError(what.isEmpty() || what.startsWith(u'-')
                                 ? tr("export: say what to export: export shifts|ics FILE --from DATE --to DATE.")
                                 : tr("export: cannot export \"%1\"; use shifts or ics.").arg(what));
}

void ExportCommand::addRangeOptions(CommandParser &parser)
{
    parser.addOption({u"from"_s, tr("First day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the range."), u"YYYY-MM-DD"_s});
}

std::optional<int> ExportCommand::readRange(const CommandParser &parser, const QString &command, QDate (&range)[2])
{
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            return parser.usageError(tr("%1: --%2 is required.").arg(command, names[i]));
        range[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
        if (!range[i].isValid())
            return parser.usageError(tr("%1: --%2 \"%3\" is not a date; use YYYY-MM-DD.")
                                         .arg(command, names[i], parser.value(names[i])));
    }
    if (range[0] > range[1])
        return parser.usageError(tr("%1: --from %2 is after --to %3.")
                                     .arg(command, range[0].toString(Qt::ISODate), range[1].toString(Qt::ISODate)));
    return std::nullopt;
}

int ExportCommand::exportShifts(const QStringList &arguments)
{
    const QString command = u"export shifts"_s;
    CommandParser parser(command,
                         tr("Writes the shifts whose date lies in a range (both days included) to standard "
                            "output, as CSV or as JSON."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    addRangeOptions(parser);
    parser.addOption({u"format"_s, tr("Output format: csv (default) or json."), u"csv|json"_s, u"csv"_s});
    parser.addOption({u"where"_s,
                      tr("Only shifts meeting this condition (may be given several times; all must hold): FIELD=VALUE or "
                         "FIELD__OP=VALUE with OP lt, lte, gt, gte, ne, or between, ibetween, lbetween, rbetween and "
                         "VALUE \"A,B\". Fields: %1.")
                          .arg(ShiftFilter::fields().join(u", "_s)),
                      u"FIELD__OP=VALUE"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    QDate range[2];
    if (const auto code = readRange(parser, command, range))
        return *code;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s)
        return parser.usageError(tr("export shifts: unknown format \"%1\"; use csv or json.").arg(format));

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    Console::out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Console::fail(tr("Standard output cannot be written."));
    QString filterError;
    const std::optional<ShiftFilter> filter = ShiftFilter::parse(*workspace, parser.values(u"where"_s), &filterError);
    if (!filter)
        return Console::fail(tr("export shifts: --where %1").arg(filterError), ExitUsage);
    ShiftExporter exporter(*workspace);
    exporter.setFilter(*filter);
    const QString error = format == u"csv"_s ? exporter.writeCsv(out, range[0], range[1])
                                             : exporter.writeJson(out, range[0], range[1]);
    out.flush();
    if (!error.isEmpty())
        return Console::fail(error);
    return ExitOk;
}

int ExportCommand::exportIcs(const QStringList &arguments)
{
    const QString command = u"export ics"_s;
    CommandParser parser(command,
                         tr("Writes the shifts whose date lies in a range (both days included) as an iCalendar "
                            "file for calendar programs, to standard output or to a file. Cancelled shifts are "
                            "left out. Exporting again gives the events the same identifiers, so a calendar "
                            "updates them instead of adding them twice."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    addRangeOptions(parser);
    parser.addOption({u"clinician"_s, tr("Only the shifts of the clinician with this name (open shifts are then left out)."),
                      u"NAME"_s});
    parser.addOption({u"output"_s, tr("Write to this file instead of standard output; it is replaced only once the "
                                      "export is complete."),
                      u"OUT.ics"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    QDate range[2];
    if (const auto code = readRange(parser, command, range))
        return *code;

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    std::optional<qint64> clinicianId;
    if (parser.isSet(u"clinician"_s)) {
        const QString name = parser.value(u"clinician"_s);
        const std::optional<Clinician> clinician = ClinicianRepository(*workspace).findByName(name);
        if (!clinician)
            return parser.usageError(tr("export ics: there is no clinician named \"%1\".").arg(name));
        clinicianId = clinician->id;
    }
    const IcsExporter exporter(*workspace);

    if (!parser.isSet(u"output"_s)) {
        Console::out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Console::fail(tr("Standard output cannot be written."));
        const QString error = exporter.write(out, range[0], range[1], clinicianId);
        out.flush();
        if (!error.isEmpty())
            return Console::fail(error);
        return ExitOk;
    }

    // Written beside the target and renamed over it, so that a failed export leaves neither a
    // partial file nor a damaged earlier export.
    const QString target = parser.value(u"output"_s);
    QFile part(target + u".part"_s);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Console::fail(tr("%1 cannot be written: %2.").arg(part.fileName(), part.errorString()));
    QString error = exporter.write(part, range[0], range[1], clinicianId);
    part.close();
    if (error.isEmpty() && part.error() != QFileDevice::NoError)
        error = tr("%1 cannot be written: %2.").arg(part.fileName(), part.errorString());
    if (error.isEmpty()) {
        std::error_code code;
        std::filesystem::rename(std::filesystem::path(part.fileName().toStdU16String()),
                                std::filesystem::path(target.toStdU16String()), code);
        if (code)
            error = tr("%1 cannot be replaced: %2.").arg(target, QString::fromStdString(code.message()));
    }
    if (!error.isEmpty()) {
        part.remove();
        return Console::fail(error);
    }
    return ExitOk;
}
