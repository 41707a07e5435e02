#pragma once

#include "sync/credentialresult.h"
#include "sync/servererror.h"
#include "sync/serverlink.h"
#include "sync/syncreport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QTimer;
class ServerReply;
class ServerSession;
class SyncEngine;
class SyncLogModel;
class WorkspaceSession;

// Syncs the open workspace with the rota server it is linked to: owns the ServerSession and
// the SyncEngine of that link, logs in with the password from the system keychain or, when the
// keychain has none or cannot be used, asks through the prompt function (saying why). The
// password is kept nowhere else: the session holds it in memory for re-logins only. Syncs run
// on demand, every "sync/interval_minutes" minutes (application setting; 15 by default, 0 turns
// it off) and when the network comes back, all asynchronously.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotLinked,
        Offline,   // the last attempt could not reach the server
        Idle,
        Syncing,
        Error,     // the last attempt failed; see message()
        Conflicts, // records changed on both sides wait for the user
    };
    Q_ENUM(State)

    // Asks the user for the password of `link`; `reason` says why it is asked (the keychain's
    // words) and may be empty. nullopt when the user cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const ServerLink &link, const QString &reason)>;

    struct LinkRequest
    {
        ServerLink link;
        QString password;
        bool remember = false;       // keep the password in the system keychain
        bool allowInsecure = false;  // plain http:// to another machine, after the user agreed
        QByteArray trustedCertificate; // SHA-256 of a certificate the user agreed to trust
    };

    explicit SyncController(WorkspaceSession *session, QObject *parent = nullptr);
    ~SyncController() override;

    void setPasswordPrompt(PasswordPrompt prompt);

    State state() const { return m_state; }
    QString message() const { return m_message; } // Error and Offline: what went wrong
    ServerLink link() const { return m_link; }
    bool isLinked() const { return !m_link.isEmpty(); }
    bool isSyncing() const { return m_state == State::Syncing; }
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }
    QString progressText() const { return m_progressText; }
    // While a sync waits for the server's limits (or to try again): when the next request goes.
    QDateTime waitingUntil() const { return m_waitingUntil; }
    // When the queued changes will all have been sent at the server's limits (UTC); null when
    // nothing is queued or no sync ran yet this session.
    QDateTime estimatedFinish() const;
    QDateTime lastSyncedAt() const; // UTC; null when this workspace never synced completely
    int queuedChanges() const;      // records with changes not yet on the server
    int conflictCount() const;
    SyncLogModel *log() const { return m_log; }

    // Why the keychain cannot keep passwords (its own words); empty while it seems usable.
    QString keychainUnavailableReason() const { return m_keychainReason; }
    // Asks the keychain whether it can be used; keychainChecked() tells.
    void checkKeychain();

    // Logs in with the request's password and, when that works, saves the link in the workspace
    // and keeps the logged-in session (and the password in the keychain when asked);
    // linkFinished() reports the login's error.
    void linkTo(const LinkRequest &request);
    void syncNow();
    void cancel();

    int intervalMinutes() const;
    static QString intervalSettingKey(); // "sync/interval_minutes"

signals:
    void stateChanged();
    void linkFinished(const ServerError &error);
    void keychainChecked();

private:
    void workspaceChanged();
    void reset();
    void applyInterval();
    void reachabilityChanged(bool online);
    void start(bool interactive);
    void readPasswordThenLogin(bool interactive);
    void login(const QString &password);
    void runEngine();
    void engineFinished(const SyncReport &report);
    void failed(const ServerError &error);
    void setState(State state, const QString &message = {});
    void settle();
    QString logKey() const;

    WorkspaceSession *m_session;
    PasswordPrompt m_prompt;
    ServerLink m_link;
    ServerSession *m_server = nullptr;
    SyncEngine *m_engine = nullptr;
    QPointer<ServerReply> m_login;
    QTimer *m_timer;
    SyncLogModel *m_log;
    State m_state = State::NotLinked;
    QString m_message;
    int m_done = 0;
    int m_total = 0;
    QString m_progressText;
    QDateTime m_waitingUntil;
    QString m_keychainReason;
    ServerError m_lastRequestError;
    bool m_starting = false; // reading the keychain or logging in before the engine runs
    bool m_cancelled = false;
    quint64 m_generation = 0; // answers of an earlier workspace or link are dropped
};
