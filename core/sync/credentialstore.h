#pragma once

#include "credentialresult.h"
#include "serverlink.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace QKeychain {
class Job;
}

// The password of a rota server account in the system keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager) under the service "RotaDesk". Never falls back to
// a file: with no keychain the result is Unavailable with the keychain's reason, so that the UI
// asks for the password each session and says why. Asynchronous: `done` is called once, later,
// unless `context` was destroyed first.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    using Done = std::function<void(const CredentialResult &)>;

    static QString serviceName(); // "RotaDesk"
    // "user@https://host/": one entry per server and user.
    static QString keyFor(const ServerLink &link);

    static void readPassword(const ServerLink &link, QObject *context, const Done &done);
    static void writePassword(const ServerLink &link, const QString &password, QObject *context, const Done &done);
    static void deletePassword(const ServerLink &link, QObject *context, const Done &done);

private:
    static void run(QKeychain::Job *job, const ServerLink &link, QObject *context, const Done &done);
};
