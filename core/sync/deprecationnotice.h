#pragma once

#include <QUrl>

// The server marked a route as deprecated (`Deprecation` header) and named its successor
// (`Link: <...>; rel="successor-version"`), or redirected there with 308.
struct DeprecationNotice
{
    QUrl url;
    QUrl successor;

    bool operator==(const DeprecationNotice &) const = default;
};
