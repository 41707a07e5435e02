#pragma once

#include <QString>

// What the keychain said about one password.
struct CredentialResult
{
    enum class Status {
        Ok,          // read: password holds it; write, remove: done
        NotFound,    // no password stored for this server and user
        Unavailable, // no keychain can be reached; ask for the password each session
        Denied,      // the user or the system refused access
        Failed,      // anything else
    };

    Status status = Status::Ok;
    QString password; // read only
    QString reason;   // the keychain's own words, for "why" in the UI
    QString message;  // complete sentence for the user

    bool ok() const { return status == Status::Ok; }
};
