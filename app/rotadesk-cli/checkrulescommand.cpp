#include "checkrulescommand.h"

#include "commandparser.h"
#include "console.h"
#include "scheduling/rulechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int CheckRulesCommand::run(const QStringList &arguments)
{
    const QString command = u"check-rules"_s;
    CommandParser parser(command,
                         tr("Checks the rota of a date range (both days included) against the rules: cover below the "
                            "minimum, work on leave or on a cannot-work day, must-work days without a shift, double "
                            "bookings, rest under 11 hours, too many nights in a row, weekly hours beyond the FTE "
                            "share and annual leave beyond the entitlement. Prints one line per finding (date, "
                            "severity, type, message) or a JSON array of alerts. Exits 0 when nothing is found, 1 "
                            "when something is."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"from"_s, tr("First day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"store"_s, tr("Also bring the stored alerts of the range in line: raise new findings, resolve "
                                     "alerts no longer found (dismissed ones are not raised again), and report the counts.")});
    parser.addOption({u"format"_s, tr("Output format: text (default) or json."), u"text|json"_s, u"text"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    QDate range[2];
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            return parser.usageError(tr("%1: --%2 is required.").arg(command, names[i]));
        range[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
        if (!range[i].isValid())
            return parser.usageError(tr("%1: --%2 \"%3\" is not a date; use YYYY-MM-DD.").arg(command, names[i], parser.value(names[i])));
    }
    if (range[0] > range[1])
        return parser.usageError(
            tr("%1: --from %2 is after --to %3.").arg(command, range[0].toString(Qt::ISODate), range[1].toString(Qt::ISODate)));
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return parser.usageError(tr("%1: unknown format \"%2\"; use text or json.").arg(command, format));

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    RuleChecker checker(*workspace);
    const QList<Alert> found = checker.findings(range[0], range[1]);

    if (format == u"json"_s) {
        QJsonArray array;
        for (const Alert &alert : found) {
            QJsonObject object = alert.toJson();
            object.insert(u"type_label"_s, Alert::typeLabel(alert.type));
            array.append(object);
        }
        Console::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Alert &alert : found) {
            Console::out() << alert.date.toString(Qt::ISODate) << '\t' << Alert::severityToString(alert.severity) << '\t' << alert.type
                           << '\t' << alert.message << Qt::endl;
        }
    }

    if (parser.isSet(u"store"_s)) {
        RuleChecker::RefreshResult result;
        if (const StorageError error = checker.refresh(range[0], range[1], &result); !error.ok())
            return Console::fail(error.message);
        const QString summary = tr("Alerts stored: %1 new, %2 resolved, %3 updated, %4 unchanged.")
                                    .arg(result.created)
                                    .arg(result.resolved)
                                    .arg(result.updated)
                                    .arg(result.unchanged);
        // The JSON on standard output stays one document.
        (format == u"json"_s ? Console::err() : Console::out()) << summary << Qt::endl;
    }
    Console::out().flush();
    return found.isEmpty() ? ExitOk : ExitFailure;
}
