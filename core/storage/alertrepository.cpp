#include "alertrepository.h"

QList<Alert> AlertRepository::list(bool includeInactive) const
{
    if (includeInactive)
        return select(QStringLiteral("ORDER BY date DESC, created_at DESC, id DESC"));
    return select(QStringLiteral("WHERE status = 'ACTIVE' ORDER BY date DESC, created_at DESC, id DESC"));
}
