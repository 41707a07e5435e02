#pragma once

#include <QCoreApplication>
#include <QStringList>

// "swap create|take|delete|list FILE ...": shift swap requests as the on-call seed has them. Taking
// a swap runs the checks of a manual edit for the taker and exits 1 with the reason when refused.
class SwapCommand
{
    Q_DECLARE_TR_FUNCTIONS(SwapCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int create(const QStringList &arguments);
    static int take(const QStringList &arguments);
    static int remove(const QStringList &arguments);
    static int list(const QStringList &arguments);
};
