#include "serverwait.h"

#include "sync/credentialstore.h"
#include "sync/serverreply.h"
#include "sync/serversession.h"

#include <QEventLoop>
#include <QTextStream>
#include <cstdio>

namespace {

// Runs `start` with a callback that ends the wait, unless it already answered while starting.
template <typename Result, typename Start>
Result waitFor(Start start)
{
    Result result;
    QEventLoop loop;
    bool done = false;
    start([&](const Result &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace

QString ServerWait::passwordLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

ServerError ServerWait::logIn(ServerSession &session, const QString &password)
{
    return waitFor<ServerError>([&](const auto &finish) {
        ServerReply *reply = session.login(password);
        QObject::connect(reply, &ServerReply::finished, reply, [finish](const ServerResponse &response) { finish(response.error); });
    });
}

CredentialResult ServerWait::readPassword(const ServerLink &link)
{
    QObject context;
    return waitFor<CredentialResult>([&](const auto &finish) { CredentialStore::readPassword(link, &context, finish); });
}

CredentialResult ServerWait::writePassword(const ServerLink &link, const QString &password)
{
    QObject context;
    return waitFor<CredentialResult>([&](const auto &finish) { CredentialStore::writePassword(link, password, &context, finish); });
}
