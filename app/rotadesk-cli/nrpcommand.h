#pragma once

#include <QCoreApplication>
#include <QStringList>

// "nrp solve INSTANCE.txt --seconds S [--seed N] [--threads N] [--iterations N] [--roster OUT.txt]":
// solves a Curtois & Qu benchmark instance with the rota generator's solver, checks the roster
// with the independent NrpChecker and prints the objective as the last line ("objective: N").
class NrpCommand
{
    Q_DECLARE_TR_FUNCTIONS(NrpCommand)

public:
    static int run(const QStringList &arguments);
};
