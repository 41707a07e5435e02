#pragma once

#include "model/team.h"
#include "repository.h"

class TeamRepository : public Repository<Team>
{
public:
    using Repository::Repository;

    QList<Team> all() const;
    std::optional<Team> findByName(const QString &name) const;
};
