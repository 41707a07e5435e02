#pragma once

#include <QCoreApplication>
#include <QStringList>

// The commands on a workspace as a whole: init, demo, info, check. Each takes the arguments
// after its name and returns the exit code.
class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    static int init(const QStringList &arguments);
    static int demo(const QStringList &arguments);
    static int info(const QStringList &arguments);
    static int check(const QStringList &arguments);
};
