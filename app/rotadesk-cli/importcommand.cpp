#include "importcommand.h"

#include "commandparser.h"
#include "console.h"
#include "io/cliniciancsvimporter.h"
#include "io/shiftcsvimporter.h"
#include "progressprinter.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

int ImportCommand::run(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"-h"_s || what == u"--help"_s) {
        Console::out() << tr("Usage: %1 import shifts|clinicians [options] FILE CSV\n"
                             "Run \"%1 import shifts --help\" or \"%1 import clinicians --help\" for the options.\n")
                              .arg(QCoreApplication::applicationName());
        return ExitOk;
    }
    if (what != u"shifts"_s && what != u"clinicians"_s) {
        CommandParser parser(u"import"_s, {});
        return parser.usageError(what.isEmpty() || what.startsWith(u'-')
                                     ? tr("import: say what to import: import shifts|clinicians FILE CSV.")
                                     : tr("import: cannot import \"%1\"; use shifts or clinicians.").arg(what));
    }
    const bool shifts = what == u"shifts"_s;
    CommandParser parser(u"import "_s + what,
                         shifts ? tr("Imports shifts from a CSV file with a header row and the columns clinician, "
                                     "date, type, start, end, time_zone and pinned (in any order). Clinicians and "
                                     "shift types not yet in the workspace are created. All rows are written in one "
                                     "transaction: unless --skip-invalid is given, one invalid row means nothing is "
                                     "imported.")
                                : tr("Imports clinicians from a CSV file with a header row. All rows are written in "
                                     "one transaction: unless --skip-invalid is given, one invalid row means nothing "
                                     "is imported."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addPositional(u"CSV"_s, tr("The CSV file to import (UTF-8)."));
    parser.addOption({u"skip-invalid"_s, tr("Import the valid rows and report the invalid ones.")});
    parser.addOption({u"quiet"_s, tr("Print no progress while importing.")});
    if (const auto code = parser.parse(arguments.mid(1)))
        return *code;
    const QString csvPath = parser.positional().at(1);

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return Console::fail(tr("%1 cannot be read: %2").arg(csvPath, csv.errorString()));

    ProgressPrinter progress(tr("Importing %1").arg(csvPath));
    ImportOptions options;
    options.skipInvalid = parser.isSet(u"skip-invalid"_s);
    if (!parser.isSet(u"quiet"_s))
        options.progress = [&progress](qint64 rows, qint64 bytes, qint64 total) { progress.update(rows, bytes, total); };
    // Messages name the CSV file as it was given on the command line.
    const ImportResult result = shifts ? ShiftCsvImporter(*workspace).import(csv, csvPath, csv.size(), options)
                                       : ClinicianCsvImporter(*workspace).import(csv, csvPath, csv.size(), options);
    const qint64 ms = progress.elapsedMs();

    for (const QString &error : result.errors)
        Console::err() << error << Qt::endl;
    if (result.unlistedErrors > 0)
        Console::err() << tr("... and %1 more problems.").arg(result.unlistedErrors) << Qt::endl;
    if (!result.fatal.isEmpty())
        return Console::fail(result.fatal);
    if (result.errorCount > 0 && !options.skipInvalid)
        return Console::fail(tr("%1: nothing was imported because of invalid rows (%2). Correct them, or use "
                                "--skip-invalid to import the valid rows.")
                                 .arg(csvPath)
                                 .arg(result.errorCount));

    const QLocale locale;
    QStringList parts{(shifts ? tr("shifts imported: %1") : tr("clinicians imported: %1"))
                          .arg(locale.toString(result.imported))};
    if (result.skipped > 0)
        parts << tr("invalid rows skipped: %1").arg(locale.toString(result.skipped));
    if (!result.cliniciansCreated.isEmpty())
        parts << tr("new clinicians: %1").arg(result.cliniciansCreated.size());
    if (!result.shiftTypesCreated.isEmpty())
        parts << tr("new shift types: %1").arg(result.shiftTypesCreated.size());
    if (!result.teamsCreated.isEmpty())
        parts << tr("new teams: %1").arg(result.teamsCreated.size());
    const QString summary = tr("%1: %2 (%3 s, %4 rows/s).")
                                .arg(csvPath, parts.join(u", "_s), locale.toString(ms / 1000.0, 'f', 1),
                                     ProgressPrinter::rate(result.imported + result.skipped, ms));
    Console::out() << summary << Qt::endl;
    return ExitOk;
}
