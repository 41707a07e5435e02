#include "swaprequestrepository.h"

QList<SwapRequest> SwapRequestRepository::list(bool openOnly) const
{
    if (openOnly)
        return select(QStringLiteral("WHERE status = 'open' ORDER BY swap_start_utc, id"));
    return select(QStringLiteral("ORDER BY swap_start_utc, id"));
}
