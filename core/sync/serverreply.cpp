#include "serverreply.h"

#include "serversession.h"

#include <QNetworkReply>
#include <utility>

ServerReply::ServerReply(const QByteArray &method, const QUrl &url, const QByteArray &body, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_url(url)
    , m_currentUrl(url)
    , m_body(body)
{
}

ServerReply::~ServerReply()
{
    if (m_network) {
        // Nothing may reach this half-destroyed reply; the transfer itself is dropped.
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

ServerReply *ServerReply::deferred(const QByteArray &method, const QUrl &url, QObject *parent)
{
    return new ServerReply(method.toUpper(), url, {}, parent);
}

void ServerReply::complete(const ServerResponse &response)
{
    if (m_finished || m_completing)
        return;
    m_completing = true;
    QMetaObject::invokeMethod(this, [this, response] { finish(response); }, Qt::QueuedConnection);
}

void ServerReply::setAbortHandler(std::function<void()> handler)
{
    m_abortHandler = std::move(handler);
}

QByteArray ServerReply::method() const
{
    return m_method;
}

QUrl ServerReply::url() const
{
    return m_url;
}

void ServerReply::abort()
{
    if (m_finished || m_completing)
        return;
    m_aborted = true;
    if (m_abortHandler) {
        std::exchange(m_abortHandler, {})();
        return;
    }
    if (m_network) {
        m_network->abort(); // its finished() reports the cancellation
        return;
    }
    ServerResponse response;
    response.error.kind = ServerError::Kind::Cancelled;
    response.error.message = tr("The request %1 %2 was cancelled.").arg(QString::fromLatin1(m_method), m_url.toDisplayString());
    finish(response);
}

void ServerReply::finish(ServerResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    response.method = m_method;
    if (response.url.isEmpty())
        response.url = m_currentUrl;
    if (response.error.url.isEmpty() && !response.error.ok())
        response.error.url = response.url;
    emit finished(response);
    deleteLater();
}
