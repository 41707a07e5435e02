#pragma once

#include "serverresponse.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkReply;
class ServerSession;

// One request of a ServerSession, through its redirects, a re-login and the one retry after it;
// or a deferred reply, which something else (a RequestScheduler) completes once the request has
// been sent and answered. finished() comes exactly once, never before the call that made the
// reply has returned; the reply deletes itself afterwards.
class ServerReply : public QObject
{
    Q_OBJECT

public:
    ~ServerReply() override;

    // A reply completed by complete(); `url` names the request in messages.
    static ServerReply *deferred(const QByteArray &method, const QUrl &url, QObject *parent = nullptr);
    // Finishes a deferred reply with `response`: finished() follows from the event loop, never
    // within this call. Later calls, and calls after abort() finished it, are ignored.
    void complete(const ServerResponse &response);
    // What abort() of a deferred reply does instead of reporting Cancelled at once: the handler
    // stops the request and completes the reply.
    void setAbortHandler(std::function<void()> handler);

    QByteArray method() const;
    QUrl url() const; // the URL asked first
    // Stops the request; finished() then reports Cancelled.
    void abort();

signals:
    void finished(const ServerResponse &response);

private:
    friend class ServerSession;
    ServerReply(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *parent);
    void finish(ServerResponse response);

    QByteArray m_method;
    QUrl m_url;        // the URL asked first
    QUrl m_currentUrl; // after the redirects followed so far
    QByteArray m_body;
    int m_redirects = 0;
    bool m_retried = false; // sent again after a re-login
    bool m_aborted = false;
    bool m_finished = false;
    bool m_completing = false; // a deferred reply's finished() is on its way
    std::function<void()> m_abortHandler;
    QPointer<QNetworkReply> m_network;
};
