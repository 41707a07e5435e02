#pragma once

#include "model/swaprequest.h"
#include "repository.h"

#include <QDate>

class SwapRequestRepository : public Repository<SwapRequest>
{
public:
    using Repository::Repository;

    QList<SwapRequest> list(bool openOnly = false) const; // by swap start
};
