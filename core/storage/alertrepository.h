#pragma once

#include "model/alert.h"
#include "repository.h"

#include <QDate>

class AlertRepository : public Repository<Alert>
{
public:
    using Repository::Repository;

    // Active alerts only unless includeInactive; newest date first, as the rota server lists them.
    QList<Alert> list(bool includeInactive = false) const;
};
