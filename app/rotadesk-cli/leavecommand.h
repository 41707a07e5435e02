#pragma once

#include <QCoreApplication>
#include <QStringList>

class CommandParser;
class Workspace;

// "leave request|approve|deny|cancel|list FILE ...": leave requests through the
// LeaveRequestProcessor, as the rota server's leave endpoints do.
class LeaveCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeaveCommand)

public:
    static int run(const QStringList &arguments);

    // An RFC 4180 field: quoted, its quotes doubled, when it holds a comma, quote or line break.
    static QString csvField(const QString &text);
    // Every value of an option that may be given more than once ("--clinician A --clinician B").
    static QStringList optionValues(const QStringList &arguments, const QString &name);

private:
    static int request(const QStringList &arguments);
    static int approve(const QStringList &arguments);
    static int deny(const QStringList &arguments);
    static int cancel(const QStringList &arguments);
    static int list(const QStringList &arguments);
};
