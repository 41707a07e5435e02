#pragma once

#include "sync/credentialresult.h"
#include "sync/servererror.h"

#include <QString>

class ServerSession;
struct ServerLink;

// The command line's blocking side of the asynchronous server and keychain calls: each runs a
// local event loop until the answer is there.
class ServerWait
{
public:
    // The first line of standard input without its line end; a password never comes from the
    // command line, where other users of the machine could read it.
    static QString passwordLine();
    static ServerError logIn(ServerSession &session, const QString &password);
    static CredentialResult readPassword(const ServerLink &link);
    static CredentialResult writePassword(const ServerLink &link, const QString &password);
};
