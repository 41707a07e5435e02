#include "linkcommand.h"

#include "commandparser.h"
#include "console.h"
#include "serverwait.h"
#include "model/fielderror.h"
#include "sync/serverlink.h"
#include "sync/serversession.h"


using namespace Qt::StringLiterals;

namespace {

ServerError logIn(const ServerLink &link, const QString &password, bool allowInsecure)
{
    ServerSession session(link.url(), link.user);
    session.allowInsecure(allowInsecure);
    return ServerWait::logIn(session, password);
}

} // namespace

int LinkCommand::run(const QStringList &arguments)
{
    CommandParser parser(u"link"_s,
                         tr("Links the workspace to a rota server: the server's address and the user name are kept in the "
                            "workspace, the password never is. With --password-stdin the password is read from the first "
                            "line of standard input, checked by logging in, and kept in the system keychain when there "
                            "is one."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"server"_s, tr("The rota server's address, e.g. https://rota.example.org/."), u"URL"_s});
    parser.addOption({u"user"_s, tr("The user name on the rota server."), u"USER"_s});
    parser.addOption({u"password-stdin"_s, tr("Read the password from standard input, log in to check it and keep it in the keychain.")});
    parser.addOption({u"allow-insecure"_s, tr("Allow a plain http:// address that is not on this computer (the password and the rota "
                                              "travel unencrypted).")});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (!parser.isSet(u"server"_s) || !parser.isSet(u"user"_s))
        return parser.usageError(tr("link: give both --server and --user."));

    ServerLink link;
    link.server_url = parser.value(u"server"_s);
    link.user = parser.value(u"user"_s);
    if (const FieldErrors errors = link.validate(); !errors.isEmpty())
        return parser.usageError(tr("link: %1").arg(joinFieldErrors(errors)));

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;

    if (parser.isSet(u"password-stdin"_s)) {
        const QString password = ServerWait::passwordLine();
        if (password.isEmpty())
            return Console::fail(tr("No password on standard input; nothing was changed."));
        if (const ServerError error = logIn(link, password, parser.isSet(u"allow-insecure"_s)); !error.ok())
            return Console::fail(tr("The link was not saved: %1").arg(error.message));
        if (StorageError error = link.saveTo(*workspace); !error.ok())
            return Console::fail(error.message);
        const CredentialResult stored = ServerWait::writePassword(link, password);
        Console::out() << tr("Linked %1 to %2 as %3; logging in works.").arg(parser.positional().at(0), link.url().toString(), link.user)
                       << '\n';
        if (stored.ok())
            Console::out() << tr("The password is kept in the system keychain.") << '\n';
        else
            Console::out() << stored.message << '\n';
        return ExitOk;
    }

    if (StorageError error = link.saveTo(*workspace); !error.ok())
        return Console::fail(error.message);
    Console::out() << tr("Linked %1 to %2 as %3.").arg(parser.positional().at(0), link.url().toString(), link.user) << '\n';
    return ExitOk;
}
