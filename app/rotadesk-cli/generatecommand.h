#pragma once

#include <QCoreApplication>
#include <QStringList>

// "generate FILE --from D --to D [--team NAME]... [--seconds S] [--seed N] [--iterations N]
// [--threads N] [--preset NAME] [--rebalance] [--dry-run]": plans the rota of a period for the
// chosen teams with the rota generator (or rebalances it, changing as little as it can), prints
// what it changes and what that costs rule by rule, and writes the changes as one edit, with the
// alerts of the period brought up to date. The last line is "cost: hard H, soft S".
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static int run(const QStringList &arguments);
};
