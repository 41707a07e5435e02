#pragma once

#include "model/rota.h"
#include "repository.h"

#include <QDate>

class RotaRepository : public Repository<Rota>
{
public:
    using Repository::Repository;

    QList<Rota> list(bool includeArchived = false) const; // by name
};
