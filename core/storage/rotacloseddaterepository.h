#pragma once

#include "model/rotacloseddate.h"
#include "repository.h"

#include <QDate>

class RotaClosedDateRepository : public Repository<RotaClosedDate>
{
public:
    using Repository::Repository;

    // The closed dates of a rota in [from, to], by date.
    QList<RotaClosedDate> inWindow(qint64 rotaId, QDate from, QDate to) const;
};
