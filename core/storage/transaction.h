#pragma once

#include "storageerror.h"

#include <QCoreApplication>

class Workspace;

// RAII write transaction. The outermost one is BEGIN IMMEDIATE ... COMMIT; nested ones are
// savepoints. Destroyed without commit() = rolled back. All journal entries written inside the
// outermost transaction share one batch id.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Workspace &workspace);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const StorageError &beginError() const; // ok() unless BEGIN failed (locked, read-only, ...)
    [[nodiscard]] StorageError commit();
    qint64 batchId() const; // assigned when first asked for or at the first journal entry

private:
    Workspace &m_workspace;
    StorageError m_beginError;
    int m_depth = 0;
    bool m_done = false;
};
