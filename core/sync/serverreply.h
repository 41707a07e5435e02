#pragma once

#include "serverresponse.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class ServerSession;

// One request of a ServerSession, through its redirects, a re-login and the one retry after it.
// finished() comes exactly once, never before the call that made the reply has returned; the
// reply deletes itself afterwards.
class ServerReply : public QObject
{
    Q_OBJECT

public:
    ~ServerReply() override;

    QByteArray method() const;
    QUrl url() const; // the URL asked first
    // Stops the request; finished() then reports Cancelled.
    void abort();

signals:
    void finished(const ServerResponse &response);

private:
    friend class ServerSession;
    ServerReply(const QByteArray &method, const QUrl &url, const QByteArray &body, ServerSession *session);
    void finish(ServerResponse response);

    QByteArray m_method;
    QUrl m_url;        // the URL asked first
    QUrl m_currentUrl; // after the redirects followed so far
    QByteArray m_body;
    int m_redirects = 0;
    bool m_retried = false; // sent again after a re-login
    bool m_aborted = false;
    bool m_finished = false;
    QPointer<QNetworkReply> m_network;
};
