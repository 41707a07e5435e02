#pragma once

#include <QCoreApplication>
#include <QStringList>

// Dispatches "rotadesk-cli <command> ..." to the command and prints the overall usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `arguments` without the program name; returns the exit code.
    static int run(const QStringList &arguments);
    static QString usage();
};
