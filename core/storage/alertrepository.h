#pragma once

#include "model/alert.h"
#include "repository.h"

#include <QDate>
#include <QStringList>

class AlertRepository : public Repository<Alert>
{
public:
    using Repository::Repository;

    // Active alerts only unless includeInactive; newest date first, as the rota server lists them.
    QList<Alert> list(bool includeInactive = false) const;
    // Alerts dated in [from, to] (an invalid date leaves that end open) of the given types (any
    // type when empty); active only unless includeInactive; ordered as list().
    QList<Alert> inWindow(QDate from, QDate to, const QStringList &types = {}, bool includeInactive = false) const;
};
