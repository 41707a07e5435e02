#pragma once

#include "storage/workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <memory>

// Exit codes of every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// The terminal side of the tool: output on stdout, messages on stderr as
// "rotadesk-cli: <message>", and opening a workspace with its error reported.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    static QTextStream &out();
    static QTextStream &err();

    // Prints "rotadesk-cli: message" on stderr and returns `code`.
    static int fail(const QString &message, int code = ExitFailure);

    // nullptr after printing the reason (not a database, too new, locked, ...).
    static std::unique_ptr<Workspace> open(const QString &path, Workspace::OpenMode mode);
};
