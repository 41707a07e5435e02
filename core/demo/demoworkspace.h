#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>

class Workspace;

// Fills an empty workspace with a believable hospital department (see
// resources/demo/department.json): teams, about 40 clinicians with their working terms, the
// shift types, six months of shifts around `today`, leave in every status and type, and the
// alerts a rule check would raise. The same `today` always gives the same records. Everything
// is written in one transaction with one journal entry (record type "import", operation "demo").
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    [[nodiscard]] static StorageError populate(Workspace &workspace, QDate today);
};
