#include "servererror.h"

bool ServerError::isRetryable() const
{
    switch (kind) {
    case Kind::Throttled:
    case Kind::Server:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}
