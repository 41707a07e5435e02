#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// The reference rota server (tests/server/run.sh) for a test: on a free loopback port, with a
// fresh database in a temporary directory and a generated password handed over in the
// environment. The destructor stops the server and everything it started.
class RotaServerProcess
{
public:
    RotaServerProcess();
    ~RotaServerProcess();
    RotaServerProcess(const RotaServerProcess &) = delete;
    RotaServerProcess &operator=(const RotaServerProcess &) = delete;

    // Starts run.sh and waits, running the event loop, until GET /accounts/login/ answers or
    // `timeoutMs` has passed. On failure errorString() says why (with the server's output).
    // `environment` adds to or overrides the server's knobs (ROTADESK_THROTTLE_STANDARD, ...).
    bool start(int timeoutMs = 60000, bool demo = false, const QProcessEnvironment &environment = {});
    void stop();

    QUrl baseUrl() const; // http://127.0.0.1:<port>/
    QString user() const;
    QString password() const;
    QString errorString() const;

private:
    static quint16 freeLoopbackPort();
    bool loginPageAnswers();

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_user;
    QString m_password;
    QString m_error;
};
