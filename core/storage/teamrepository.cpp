#include "teamrepository.h"

QList<Team> TeamRepository::all() const
{
    return select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
}

std::optional<Team> TeamRepository::findByName(const QString &name) const
{
    return first(QStringLiteral("WHERE name = ?"), {name});
}
