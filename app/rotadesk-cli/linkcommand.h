#pragma once

#include <QCoreApplication>
#include <QStringList>

// "link FILE --server URL --user U [--password-stdin] [--allow-insecure]": which rota server the
// workspace syncs with and as whom. With --password-stdin it logs in once to check the address
// and the password, then keeps the password in the system keychain when there is one.
class LinkCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommand)

public:
    static int run(const QStringList &arguments);
};
