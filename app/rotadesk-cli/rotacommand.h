#pragma once

#include <QCoreApplication>
#include <QStringList>

// "rota list FILE [--archived]" and "rota status FILE [--from D --to D] [--rota NAME]... [--detailed]":
// the rotas of a workspace, and how well their timeslots are filled day by day as JSON in the
// shape of Assemble's rota period (basic: one status per day; detailed: each rota with its
// timeslots and shifts).
class RotaCommand
{
    Q_DECLARE_TR_FUNCTIONS(RotaCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int list(const QStringList &arguments);
    static int status(const QStringList &arguments);
};
