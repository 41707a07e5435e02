// A sync in a process of its own, for tst_synckill to kill: opens the workspace FILE, logs in to
// the server at URL as USER with the password in ROTADESK_PASSWORD and syncs once. Exit code 0
// when the sync ran to the end without errors, 1 otherwise, 2 on bad arguments.

#include "storage/workspace.h"
#include "sync/serverreply.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    QTextStream err(stderr);
    if (arguments.size() != 4) {
        err << "usage: rotadesk_sync_client FILE URL USER (password in ROTADESK_PASSWORD)\n";
        return 2;
    }
    StorageError error;
    const auto workspace = Workspace::open(arguments.at(1), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace) {
        err << error.message << '\n';
        return 1;
    }
    workspace->setCurrentUser(arguments.at(3));
    ServerSession session(QUrl(arguments.at(2)), arguments.at(3));
    SyncEngine engine(&session, *workspace);
    QObject::connect(&engine, &SyncEngine::finished, &application, [&](const SyncReport &report) {
        for (const QString &message : report.errors)
            err << message << '\n';
        application.exit(report.ok() ? 0 : 1);
    });
    ServerReply *login = session.login(qEnvironmentVariable("ROTADESK_PASSWORD"));
    QObject::connect(login, &ServerReply::finished, &application, [&](const ServerResponse &response) {
        if (!response.ok()) {
            err << response.error.message << '\n';
            application.exit(1);
            return;
        }
        engine.sync();
    });
    return application.exec();
}
