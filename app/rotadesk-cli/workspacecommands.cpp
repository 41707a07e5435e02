#include "workspacecommands.h"

#include "commandparser.h"
#include "console.h"
#include "demo/demoworkspace.h"
#include "storage/workspacechecker.h"
#include "storage/workspaceinfo.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// init and demo never overwrite: a typo must not cost someone their rota.
bool refuseExisting(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    Console::fail(WorkspaceCommands::tr("%1 already exists; choose a new file name (nothing was changed).").arg(path));
    return true;
}

QString dateRange(const WorkspaceInfo &info)
{
    if (!info.firstShiftDate.isValid())
        return WorkspaceCommands::tr("no shifts");
    return WorkspaceCommands::tr("%1 to %2")
        .arg(info.firstShiftDate.toString(Qt::ISODate), info.lastShiftDate.toString(Qt::ISODate));
}

} // namespace

int WorkspaceCommands::init(const QStringList &arguments)
{
    CommandParser parser(u"init"_s, tr("Creates a new, empty workspace file. An existing file is never overwritten."));
    parser.addPositional(u"FILE"_s, tr("The workspace file to create, e.g. department.rota."));
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString path = parser.positional().at(0);
    if (refuseExisting(path))
        return ExitFailure;
    const auto workspace = Console::open(path, Workspace::OpenMode::CreateNew);
    if (!workspace)
        return ExitFailure;
    Console::out() << tr("Created the empty workspace %1 (schema version %2).")
                          .arg(path)
                          .arg(workspace->schemaVersion())
                   << Qt::endl;
    return ExitOk;
}

int WorkspaceCommands::demo(const QStringList &arguments)
{
    CommandParser parser(u"demo"_s,
                         tr("Creates a new workspace holding a demo hospital department: about 40 clinicians in "
                            "three teams, six months of shifts around today, leave and alerts. An existing file "
                            "is never overwritten."));
    parser.addPositional(u"FILE"_s, tr("The workspace file to create, e.g. demo.rota."));
    parser.addOption({u"today"_s, tr("The day the demo is built around (default: the current date)."),
                      u"YYYY-MM-DD"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString path = parser.positional().at(0);
    QDate today = QDate::currentDate();
    if (parser.isSet(u"today"_s)) {
        today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
        if (!today.isValid())
            return parser.usageError(tr("demo: \"%1\" is not a date; use YYYY-MM-DD.").arg(parser.value(u"today"_s)));
    }
    if (refuseExisting(path))
        return ExitFailure;
    QElapsedTimer timer;
    timer.start();
    auto workspace = Console::open(path, Workspace::OpenMode::CreateNew);
    if (!workspace)
        return ExitFailure;
    const StorageError error = DemoWorkspace::populate(*workspace, today);
    if (!error.ok()) {
        // The file was created by this command and holds nothing of anyone's.
        workspace.reset();
        QFile::remove(path);
        return Console::fail(error.message);
    }
    const WorkspaceInfo info = WorkspaceInfo::read(*workspace);
    Console::out() << tr("Created the demo workspace %1 in %2 ms: %3 clinicians, %4 shifts (%5), %6 leave "
                         "requests, %7 alerts.")
                          .arg(path)
                          .arg(timer.elapsed())
                          .arg(info.count(u"clinicians"_s))
                          .arg(info.count(u"shifts"_s))
                          .arg(dateRange(info))
                          .arg(info.count(u"leave_requests"_s))
                          .arg(info.count(u"alerts"_s))
                   << Qt::endl;
    return ExitOk;
}

int WorkspaceCommands::info(const QStringList &arguments)
{
    CommandParser parser(u"info"_s,
                         tr("Shows a workspace's name, time zone, schema version, the dates its shifts span and "
                            "how many records of each kind it holds."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"format"_s, tr("Output format: text (default) or json."), u"text|json"_s, u"text"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return parser.usageError(tr("info: unknown format \"%1\"; use text or json.").arg(format));
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const WorkspaceInfo info = WorkspaceInfo::read(*workspace);
    if (format == u"json"_s) {
        Console::out() << QString::fromUtf8(QJsonDocument(info.toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &out = Console::out();
    const auto line = [&out](const QString &label, const QString &value) {
        out << (label + u':').leftJustified(20) << value << Qt::endl;
    };
    line(tr("Workspace"), info.name);
    line(tr("File"), info.path);
    line(tr("Time zone"), QString::fromUtf8(info.timeZone));
    line(tr("Schema version"), QString::number(info.schemaVersion));
    line(tr("Shift dates"), dateRange(info));
    for (const WorkspaceInfo::Count &count : info.counts)
        line(WorkspaceInfo::entityLabel(count.entity), QString::number(count.rows));
    return ExitOk;
}

int WorkspaceCommands::check(const QStringList &arguments)
{
    CommandParser parser(u"check"_s,
                         tr("Checks a workspace: SQLite integrity and foreign keys, every record against its "
                            "own rules, and references between records. Prints one line per problem "
                            "(table #id field: message) and exits with 1 when there is any."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString path = parser.positional().at(0);
    const auto workspace = Console::open(path, Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    WorkspaceChecker checker(*workspace);
    const QList<WorkspaceChecker::Problem> problems = checker.run();
    for (const WorkspaceChecker::Problem &problem : problems)
        Console::out() << problem.toString() << Qt::endl;
    if (checker.problemCount() > problems.size())
        Console::out() << tr("... and %1 more problems.").arg(checker.problemCount() - problems.size()) << Qt::endl;
    if (!problems.isEmpty())
        return Console::fail(tr("problems found in %1: %2.").arg(path).arg(checker.problemCount()));
    Console::out() << tr("ok: %1 records checked, no problems found.").arg(checker.recordsChecked()) << Qt::endl;
    return ExitOk;
}
