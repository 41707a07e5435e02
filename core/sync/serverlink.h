#pragma once

#include "model/fielderror.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class Workspace;

// Which rota server a workspace syncs with and as whom, kept in the workspace's settings. The
// password is never part of it: it lives in the keychain (CredentialStore) or is asked for.
struct ServerLink
{
    Q_DECLARE_TR_FUNCTIONS(ServerLink)

public:
    QString server_url; // as typed: "https://rota.example.org/"
    QString user;

    static QString serverUrlSettingKey(); // "sync/server_url"
    static QString userSettingKey();      // "sync/user"

    // server_url: an http:// or https:// address with a host, without a user name, password,
    // query or fragment; user: not empty.
    [[nodiscard]] FieldErrors validate() const;
    // The base URL of a valid link, ending in '/'.
    QUrl url() const;
    bool isEmpty() const { return server_url.isEmpty() && user.isEmpty(); }

    static ServerLink fromWorkspace(const Workspace &workspace);
    // Validates, then writes both settings as one edit; a link that is not valid gives a
    // Validation error with its field errors and writes nothing.
    [[nodiscard]] StorageError saveTo(Workspace &workspace) const;

    bool operator==(const ServerLink &) const = default;
};
