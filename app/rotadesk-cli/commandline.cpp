#include "commandline.h"

#include "checkrulescommand.h"
#include "claimcommand.h"
#include "console.h"
#include "exportcommand.h"
#include "generatecommand.h"
#include "importcommand.h"
#include "leavecommand.h"
#include "leavequotacommand.h"
#include "linkcommand.h"
#include "nrpcommand.h"
#include "printcommand.h"
#include "rotacommand.h"
#include "statscommand.h"
#include "swapcommand.h"
#include "synccommand.h"
#include "workspacecommands.h"

using namespace Qt::StringLiterals;

QString CommandLine::usage()
{
    const QString program = QCoreApplication::applicationName();
    return tr("Usage: %1 <command> [options] [arguments]\n"
              "\n"
              "Works on RotaDesk workspace files (.rota) without the graphical interface.\n"
              "\n"
              "Commands:\n"
              "  init FILE                    Create a new, empty workspace.\n"
              "  demo FILE                    Create a workspace holding a demo department.\n"
              "  info FILE                    Show what a workspace holds (--format text|json).\n"
              "  check FILE                   Check the file's integrity and every record.\n"
              "  import shifts FILE CSV       Import shifts from a CSV file.\n"
              "  import clinicians FILE CSV   Import clinicians from a CSV file.\n"
              "  export shifts FILE           Write the shifts of a date range as CSV or JSON.\n"
              "  export ics FILE              Write the shifts of a date range as an iCalendar file.\n"
              "  print FILE                   Write the rota of a date range as a PDF file.\n"
              "  rota list FILE               List the rotas (--archived includes archived ones).\n"
              "  rota status FILE             How well the rotas' timeslots are filled, day by day, as JSON.\n"
              "  swap create FILE             Ask for a shift or a time range to be taken; also take, delete, list.\n"
              "  claim FILE CODE              Assign the open shift with this claim code (--clinician NAME).\n"
              "  check-rules FILE             Check the rota of a date range against the rules (--store keeps alerts).\n"
              "  generate FILE                Plan the rota of a date range for some teams (--rebalance changes\n"
              "                               as few shifts as it can; --dry-run writes nothing).\n"
              "  leave-quota FILE             Show the annual leave quotas of a leave year (--format json|csv).\n"
              "  leave request FILE           Request leave (checked against the quota); also approve, deny,\n"
              "                               cancel and list.\n"
              "  stats FILE REPORT            Staffing forecast, workload report or availability of a date range\n"
              "                               (REPORT: forecast, workload or availability; --format json|csv).\n"
              "  link FILE                    Link the workspace to a rota server (--server URL --user U).\n"
              "  sync FILE                    Sync the workspace with its rota server (--password-stdin).\n"
              "  nrp solve INSTANCE           Solve a shift scheduling benchmark instance (Curtois & Qu format).\n"
              "\n"
              "Options:\n"
              "  -h, --help                   Show this help; \"%1 <command> --help\" for a command.\n"
              "  -v, --version                Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n")
        .arg(program);
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        Console::err() << usage();
        return ExitUsage;
    }
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        Console::out() << usage();
        return ExitOk;
    }
    if (command == u"-v"_s || command == u"--version"_s) {
        Console::out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                       << Qt::endl;
        return ExitOk;
    }
    if (command == u"init"_s)
        return WorkspaceCommands::init(rest);
    if (command == u"demo"_s)
        return WorkspaceCommands::demo(rest);
    if (command == u"info"_s)
        return WorkspaceCommands::info(rest);
    if (command == u"check"_s)
        return WorkspaceCommands::check(rest);
    if (command == u"import"_s)
        return ImportCommand::run(rest);
    if (command == u"export"_s)
        return ExportCommand::run(rest);
    if (command == u"print"_s)
        return PrintCommand::run(rest);
    if (command == u"rota"_s)
        return RotaCommand::run(rest);
    if (command == u"swap"_s)
        return SwapCommand::run(rest);
    if (command == u"claim"_s)
        return ClaimCommand::run(rest);
    if (command == u"check-rules"_s)
        return CheckRulesCommand::run(rest);
    if (command == u"generate"_s)
        return GenerateCommand::run(rest);
    if (command == u"leave-quota"_s)
        return LeaveQuotaCommand::run(rest);
    if (command == u"leave"_s)
        return LeaveCommand::run(rest);
    if (command == u"stats"_s)
        return StatsCommand::run(rest);
    if (command == u"link"_s)
        return LinkCommand::run(rest);
    if (command == u"nrp"_s)
        return NrpCommand::run(rest);
    if (command == u"sync"_s)
        return SyncCommand::run(rest);
    Console::fail(tr("unknown command \"%1\".").arg(command), ExitUsage);
    Console::err() << tr("Try \"%1 --help\".").arg(QCoreApplication::applicationName()) << Qt::endl;
    return ExitUsage;
}
