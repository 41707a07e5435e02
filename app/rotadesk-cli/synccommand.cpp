#include "synccommand.h"

#include "commandparser.h"
#include "console.h"
#include "serverwait.h"
#include "storage/recordtable.h"
#include "sync/credentialstore.h"
#include "sync/requestscheduler.h"
#include "sync/serverreply.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"
#include "sync/syncmapping.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QEventLoop>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// A longer wait stops the command instead, so that a script does not hang for an hour.
constexpr qint64 longestWaitSeconds = 60;

// "clinician 4 "Dr. Ada Lovelace"": the record's label and, when it has one, its name or date.
QString describe(Workspace &workspace, const SyncConflict &conflict)
{
    const SyncMapping *mapping = SyncMapping::forRecordType(conflict.record_type);
    const QString label = mapping ? RecordTable(workspace, mapping->table()).label(conflict.local_id) : conflict.record_type;
    const QJsonObject &named = conflict.ours.isEmpty() ? conflict.theirs : conflict.ours;
    for (const QString &key : {u"name"_s, u"date"_s}) {
        if (named.value(key).isString())
            return u"%1 \"%2\""_s.arg(label, named.value(key).toString());
    }
    return label;
}

} // namespace

int SyncCommand::run(const QStringList &arguments)
{
    CommandParser parser(u"sync"_s,
                         tr("Syncs the workspace with the rota server it is linked to (see \"link\"): reads the server's "
                            "records, then sends the changes made here, within the server's request limits. The password "
                            "comes from standard input with --password-stdin, else the system keychain, else the "
                            "environment variable ROTADESK_PASSWORD."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"password-stdin"_s, tr("Read the password from the first line of standard input.")});
    parser.addOption({u"allow-insecure"_s, tr("Allow a plain http:// address that is not on this computer (the password and the rota "
                                              "travel unencrypted).")});
    parser.addOption({u"from"_s, tr("First day of the shifts read (YYYY-MM-DD; default three months ago)."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("Last day of the shifts read, included (YYYY-MM-DD; default a year ahead)."), u"DATE"_s});
    parser.addOption({u"format"_s, tr("Output format: text (default) or json."), u"text|json"_s, u"text"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return parser.usageError(tr("sync: unknown format \"%1\"; use text or json.").arg(format));
    QDate range[2];
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            continue;
        range[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
        if (!range[i].isValid())
            return parser.usageError(tr("sync: --%1 \"%2\" is not a date; use YYYY-MM-DD.").arg(names[i], parser.value(names[i])));
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const ServerLink link = ServerLink::fromWorkspace(*workspace);
    if (link.isEmpty() || !link.validate().isEmpty())
        return Console::fail(tr("%1 is not linked to a rota server; link it first with \"%2 link\".")
                                 .arg(parser.positional().at(0), QCoreApplication::applicationName()));

    QString password;
    if (parser.isSet(u"password-stdin"_s)) {
        password = ServerWait::passwordLine();
        if (password.isEmpty())
            return Console::fail(tr("No password on standard input; nothing was synced."));
    } else {
        const CredentialResult stored = ServerWait::readPassword(link);
        password = stored.ok() ? stored.password : qEnvironmentVariable("ROTADESK_PASSWORD");
    }
    if (password.isEmpty())
        return Console::fail(tr("No password for %1 on %2: none in the keychain or in ROTADESK_PASSWORD; give it with "
                                "--password-stdin.")
                                 .arg(link.user, link.url().toDisplayString()));

    ServerSession session(link.url(), link.user);
    session.allowInsecure(parser.isSet(u"allow-insecure"_s));
    if (const ServerError error = ServerWait::logIn(session, password); !error.ok())
        return Console::fail(tr("Nothing was synced: %1").arg(error.message));

    const auto engine = SyncEngine::scheduled(&session, *workspace);
    engine->setShiftWindow(range[0].isValid() ? range[0] : engine->shiftWindowFrom(), range[1].isValid() ? range[1] : engine->shiftWindowTo());
    if (engine->shiftWindowFrom() > engine->shiftWindowTo())
        return parser.usageError(tr("sync: --from is after --to."));
    QDateTime waitsUntil;
    QObject::connect(engine->scheduler(), &RequestScheduler::waiting, engine.get(),
                     [&](const QDateTime &until, RequestScheduler::WaitReason) {
                         if (QDateTime::currentDateTimeUtc().secsTo(until) > longestWaitSeconds && !waitsUntil.isValid()) {
                             waitsUntil = until;
                             engine->cancel();
                         }
                     });
    SyncReport report;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncReport &result) {
        report = result;
        finished = true;
        loop.quit();
    });
    engine->sync();
    if (!finished)
        loop.exec();

    const int waiting = waitsUntil.isValid() ? engine->pendingChanges() : 0;
    const QDateTime restGoes = engine->estimatedFinish(QDateTime::currentDateTimeUtc()).toLocalTime();
    // The cancellation was ours: the wait below says what happened instead.
    if (waitsUntil.isValid() && !report.errors.isEmpty())
        report.errors.removeLast();
    const QList<SyncConflict> conflicts = SyncState(*workspace).conflicts();

    if (format == u"json"_s) {
        QJsonArray conflictList;
        for (const SyncConflict &conflict : conflicts) {
            conflictList.append(QJsonObject{{u"record_type"_s, conflict.record_type},
                                            {u"local_id"_s, conflict.local_id},
                                            {u"record"_s, describe(*workspace, conflict)},
                                            {u"fields"_s, QJsonArray::fromStringList(conflict.fields)}});
        }
        QJsonObject json{{u"pulled"_s, report.pulled},
                         {u"pushed"_s, report.pushed},
                         {u"push_requests"_s, report.pushRequests},
                         {u"conflicts"_s, conflictList},
                         {u"errors"_s, QJsonArray::fromStringList(report.errors)},
                         {u"complete"_s, report.complete && !waitsUntil.isValid()},
                         {u"waiting_changes"_s, waiting},
                         {u"waiting_until"_s, waitsUntil.isValid() ? QJsonValue(restGoes.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
        Console::out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        Console::out() << tr("Pulled from the server: %1").arg(report.pulled) << '\n';
        Console::out() << tr("Pushed to the server: %1 (requests sent: %2)").arg(report.pushed).arg(report.pushRequests) << '\n';
        Console::out() << tr("Conflicts: %1").arg(conflicts.size()) << '\n';
        for (const SyncConflict &conflict : conflicts)
            Console::out() << tr("Conflict: %1, changed here and on the server: %2")
                                  .arg(describe(*workspace, conflict), conflict.fields.join(u", "_s))
                           << '\n';
        for (const QString &error : std::as_const(report.errors))
            Console::out() << tr("Error: %1").arg(error) << '\n';
    }
    Console::out().flush();

    if (waitsUntil.isValid()) {
        const QString time = restGoes.toString(u"HH:mm"_s);
        return Console::fail(waiting == 1 ? tr("1 change waits for the server's limit until %1; run sync again then.").arg(time)
                                          : tr("%1 changes wait for the server's limit until %2; run sync again then.").arg(waiting).arg(time));
    }
    if (!report.complete)
        return Console::fail(tr("The sync stopped before the end; what was stored so far is kept."));
    if (!report.errors.isEmpty())
        return Console::fail(tr("The sync finished, with errors."));
    if (!conflicts.isEmpty())
        return Console::fail(tr("Conflicts remain (%1): resolve them in RotaDesk, then sync again.").arg(conflicts.size()));
    return ExitOk;
}
