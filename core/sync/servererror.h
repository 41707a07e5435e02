#pragma once

#include "servercertificate.h"

#include <QString>
#include <QUrl>

// Why a request to the rota server did not give an answer to use, in words a coordinator can act
// on, and what the caller should do about it (retry later, ask the user, give up).
struct ServerError
{
    enum class Kind {
        None,
        Refused,        // not sent: plain http:// to another machine, a bad URL or a foreign redirect
        NotLoggedIn,    // the session needs a password first
        Authentication, // the server refused the user name or password, or the session again
        Tls,            // the server's certificate is not trusted; see certificate
        Redirect,       // a redirect RotaDesk will not follow (it would change the method)
        Throttled,      // 429; retryAfterSeconds says when to try again
        Server,         // 5xx
        Timeout,
        Network,        // connection refused, host not found, connection lost
        Http,           // another 4xx: the request itself is wrong
        Malformed,      // the answer is not the JSON it should be
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;   // complete sentence naming the URL
    QUrl url;
    int httpStatus = 0;
    int retryAfterSeconds = -1; // Throttled: the server's wait; -1 when it gave none
    ServerCertificate certificate; // Tls

    bool ok() const { return kind == Kind::None; }
    // Worth sending again later without asking the user: throttling, 5xx, timeouts, network.
    bool isRetryable() const;
};
