#include "exportcommand.h"

#include "commandparser.h"
#include "console.h"
#include "io/shiftexporter.h"

#include <QDate>
#include <QFile>

using namespace Qt::StringLiterals;

int ExportCommand::run(const QStringList &arguments)
{
    if (arguments.value(0) == u"-h"_s || arguments.value(0) == u"--help"_s) {
        Console::out() << tr("Usage: %1 export shifts [options] FILE\n"
                             "Run \"%1 export shifts --help\" for the options.\n")
                              .arg(QCoreApplication::applicationName());
        return ExitOk;
    }
    if (arguments.isEmpty() || arguments.constFirst() != u"shifts"_s) {
        CommandParser parser(u"export"_s, {});
        return parser.usageError(arguments.isEmpty() || arguments.constFirst().startsWith(u'-')
                                     ? tr("export: say what to export: export shifts FILE --from DATE --to DATE.")
                                     : tr("export: cannot export \"%1\"; only shifts can be exported.")
                                           .arg(arguments.constFirst()));
    }
    CommandParser parser(u"export shifts"_s,
                         tr("Writes the shifts whose date lies in a range (both days included) to standard "
                            "output, as CSV or as JSON."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"from"_s, tr("First day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"format"_s, tr("Output format: csv (default) or json."), u"csv|json"_s, u"csv"_s});
    if (const auto code = parser.parse(arguments.mid(1)))
        return *code;

    QDate range[2];
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            return parser.usageError(tr("export shifts: --%1 is required.").arg(names[i]));
        range[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
        if (!range[i].isValid())
            return parser.usageError(tr("export shifts: --%1 \"%2\" is not a date; use YYYY-MM-DD.")
                                         .arg(names[i], parser.value(names[i])));
    }
    if (range[0] > range[1])
        return parser.usageError(tr("export shifts: --from %1 is after --to %2.")
                                     .arg(range[0].toString(Qt::ISODate), range[1].toString(Qt::ISODate)));
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
    ShiftExporter exporter(*workspace);
    const QString error = format == u"csv"_s ? exporter.writeCsv(out, range[0], range[1])
                                             : exporter.writeJson(out, range[0], range[1]);
    out.flush();
    if (!error.isEmpty())
        return Console::fail(error);
    return ExitOk;
}
