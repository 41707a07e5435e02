#pragma once

#include <QCoreApplication>
#include <QStringList>

// "sync FILE [--password-stdin] [--allow-insecure] [--from D --to D] [--format text|json]": one
// two-way sync with the rota server the workspace is linked to, within the client's request
// budget. Exits 0 when everything went, 1 when something failed, conflicts remain or the rest
// has to wait for the server's limit for more than a minute (it then says until when), 2 for
// usage errors.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(const QStringList &arguments);
};
