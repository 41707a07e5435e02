#include "console.h"

#include <cstdio>

QTextStream &Console::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Console::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Console::fail(const QString &message, int code)
{
    out().flush();
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

std::unique_ptr<Workspace> Console::open(const QString &path, Workspace::OpenMode mode)
{
    StorageError error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, mode, &error);
    if (!workspace)
        fail(error.message.isEmpty() ? tr("The workspace %1 cannot be opened.").arg(path) : error.message);
    return workspace;
}
