#pragma once

#include "servererror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QUrl>

// What one request to the rota server came to: the last URL asked (after redirects that were
// followed), the HTTP status and the parsed JSON (an array or an object; undefined when the
// answer had no body), or the error.
struct ServerResponse
{
    QByteArray method;
    QUrl url;
    int status = 0;
    QJsonValue json;
    ServerError error;

    bool ok() const { return error.ok(); }
};
