#include "rotarepository.h"

QList<Rota> RotaRepository::list(bool includeArchived) const
{
    if (includeArchived)
        return select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
    return select(QStringLiteral("WHERE archived = 0 ORDER BY name COLLATE NOCASE, id"));
}
