#include "faultproxy.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView HeadEnd = "\r\n\r\n";

qsizetype contentLength(const QByteArray &head)
{
    static const QRegularExpression header(u"\r\nContent-Length: *(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = header.match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

bool isHeader(const QByteArray &line, QByteArrayView name)
{
    return line.size() > name.size() && line.at(name.size()) == ':' && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

// The head's lines after the first, without those named.
QList<QByteArray> headerLines(const QByteArray &head, const QList<QByteArrayView> &dropped)
{
    QList<QByteArray> lines = head.split('\n');
    lines.removeFirst();
    QList<QByteArray> kept;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || std::any_of(dropped.cbegin(), dropped.cend(), [&](QByteArrayView name) { return isHeader(line, name); }))
            continue;
        kept << line;
    }
    return kept;
}

QByteArray dechunk(const QByteArray &chunked)
{
    QByteArray body;
    qsizetype at = 0;
    while (at < chunked.size()) {
        const qsizetype lineEnd = chunked.indexOf("\r\n", at);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size = chunked.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        body += chunked.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return body;
}

} // namespace

struct FaultProxy::Exchange
{
    QPointer<QTcpSocket> client;
    QByteArray received;
    bool handled = false;
    qsizetype index = -1; // in m_requests
    QByteArray request;   // as forwarded
    QPointer<QTcpSocket> upstream;
    QByteArray answer;
};

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_random(1)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort()));
}

void FaultProxy::setRandomFaults(quint32 seed, double rate, const QList<Fault> &kinds)
{
    m_random.seed(seed);
    m_rate = rate;
    m_kinds = kinds.isEmpty() ? allFaults() : kinds;
}

void FaultProxy::setFaultPathPrefix(const QByteArray &prefix)
{
    m_prefix = prefix;
}

void FaultProxy::setMaxDelayMs(int milliseconds)
{
    m_maxDelayMs = milliseconds;
}

void FaultProxy::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
}

void FaultProxy::script(int number, Fault fault)
{
    m_script.insert(number, fault);
}

void FaultProxy::clearScript()
{
    m_script.clear();
}

int FaultProxy::requestCount() const
{
    return int(m_requests.size());
}

const QList<FaultProxy::Request> &FaultProxy::requests() const
{
    return m_requests;
}

QList<FaultProxy::Request> FaultProxy::faults() const
{
    QList<Request> applied;
    for (const Request &request : m_requests) {
        if (request.fault != Fault::None)
            applied << request;
    }
    return applied;
}

QList<FaultProxy::Fault> FaultProxy::allFaults()
{
    return {Fault::DropBeforeForwarding, Fault::DropAfterForwarding, Fault::Delay,        Fault::Throttle,     Fault::ServerError,
            Fault::BadGateway,           Fault::Unavailable,         Fault::TruncateBody, Fault::CorruptJson};
}

FaultProxy::Fault FaultProxy::draw(const QByteArray &path)
{
    if (m_rate <= 0.0 || m_kinds.isEmpty() || !path.startsWith(m_prefix))
        return Fault::None;
    // Both numbers are drawn for every request, so that one request's fault does not shift the rest.
    const double roll = m_random.generateDouble();
    const Fault kind = m_kinds.at(m_random.bounded(int(m_kinds.size())));
    return roll < m_rate ? kind : Fault::None;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto exchange = std::make_shared<Exchange>();
        exchange->client = client;
        connect(client, &QTcpSocket::readyRead, this, [this, client, exchange] { readRequest(client, exchange); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FaultProxy::readRequest(QTcpSocket *client, const std::shared_ptr<Exchange> &exchange)
{
    exchange->received += client->readAll();
    if (exchange->handled)
        return;
    const qsizetype headEnd = exchange->received.indexOf(HeadEnd);
    if (headEnd < 0)
        return;
    const QByteArray head = exchange->received.left(headEnd);
    if (exchange->received.size() < headEnd + HeadEnd.size() + contentLength(head))
        return;
    exchange->handled = true;
    handle(exchange);
}

void FaultProxy::handle(const std::shared_ptr<Exchange> &exchange)
{
    const qsizetype headEnd = exchange->received.indexOf(HeadEnd);
    const QByteArray head = exchange->received.left(headEnd);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    Request request;
    request.number = int(m_requests.size()) + 1;
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    exchange->index = m_requests.size();
    m_requests << request;
    emit requestArrived(request.number, request.method, request.path);
    // After the signal, so that a slot may still script this request.
    request.fault = m_script.contains(request.number) ? m_script.value(request.number) : draw(request.path);
    m_requests[exchange->index].fault = request.fault;

    QByteArray forwarded = head.left(head.indexOf("\r\n")) + "\r\n";
    for (const QByteArray &line : headerLines(head, {"Connection", "Keep-Alive"}))
        forwarded += line + "\r\n";
    forwarded += "Connection: close\r\n\r\n" + exchange->received.mid(headEnd + HeadEnd.size(), contentLength(head));
    exchange->request = forwarded;

    switch (request.fault) {
    case Fault::DropBeforeForwarding:
        return drop(exchange);
    case Fault::Throttle:
        return reply(exchange, "429 Too Many Requests",
                     "Content-Type: application/json\r\nRetry-After: " + QByteArray::number(m_retryAfterSeconds) + "\r\n",
                     R"({"detail": "Request was throttled."})");
    case Fault::ServerError:
        return reply(exchange, "500 Internal Server Error", "Content-Type: text/html\r\n", "<h1>Server Error (500)</h1>");
    case Fault::BadGateway:
        return reply(exchange, "502 Bad Gateway", "Content-Type: text/html\r\n", "<h1>Bad Gateway</h1>");
    case Fault::Unavailable:
        return reply(exchange, "503 Service Unavailable", "Content-Type: text/html\r\nRetry-After: 0\r\n", "<h1>Unavailable</h1>");
    case Fault::Delay: {
        QTimer::singleShot(m_random.bounded(m_maxDelayMs + 1), this, [this, exchange] { forward(exchange); });
        return;
    }
    case Fault::None:
    case Fault::DropAfterForwarding:
    case Fault::TruncateBody:
    case Fault::CorruptJson:
        break;
    }
    forward(exchange);
}

void FaultProxy::forward(const std::shared_ptr<Exchange> &exchange)
{
    auto *upstream = new QTcpSocket(this);
    exchange->upstream = upstream;
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, exchange] { upstream->write(exchange->request); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, exchange] { exchange->answer += upstream->readAll(); });
    // The server closes the connection once it has answered (Connection: close); a refused or
    // broken connection ends the same way, with what arrived so far.
    connect(upstream, &QTcpSocket::disconnected, this, [this, upstream, exchange] {
        exchange->answer += upstream->readAll();
        upstream->deleteLater();
        answerFromUpstream(exchange);
    });
    connect(upstream, &QTcpSocket::errorOccurred, this, [this, upstream, exchange](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        upstream->disconnect(this);
        upstream->deleteLater();
        reply(exchange, "502 Bad Gateway", "Content-Type: text/plain\r\n", "The proxy could not reach the server.");
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}

void FaultProxy::answerFromUpstream(const std::shared_ptr<Exchange> &exchange)
{
    Request &request = m_requests[exchange->index];
    const qsizetype headEnd = exchange->answer.indexOf(HeadEnd);
    if (headEnd < 0) {
        request.upstreamStatus = 0;
        return reply(exchange, "502 Bad Gateway", "Content-Type: text/plain\r\n", "The server gave no answer.");
    }
    const QByteArray head = exchange->answer.left(headEnd);
    const QByteArray statusLine = head.left(head.indexOf("\r\n")).mid(head.indexOf(' ') + 1);
    request.upstreamStatus = statusLine.left(3).toInt();
    QByteArray body = exchange->answer.mid(headEnd + HeadEnd.size());
    static const QRegularExpression chunked(u"\r\nTransfer-Encoding: *chunked"_s, QRegularExpression::CaseInsensitiveOption);
    if (chunked.match(QString::fromLatin1(head)).hasMatch())
        body = dechunk(body);
    else if (head.contains("\r\nContent-Length") || head.contains("\r\ncontent-length"))
        body = body.left(contentLength(head));

    emit forwarded(request.number, request.method, request.path, request.upstreamStatus);
    if ((request.fault == Fault::TruncateBody || request.fault == Fault::CorruptJson) && body.isEmpty())
        request.fault = Fault::None;
    switch (request.fault) {
    case Fault::DropAfterForwarding:
        return drop(exchange);
    case Fault::TruncateBody:
        body.truncate(body.size() / 2);
        break;
    case Fault::CorruptJson:
        // In front, so that it cannot end up inside a string of the JSON.
        body.prepend("<not json>");
        break;
    default:
        break;
    }
    QByteArray headers;
    for (const QByteArray &line : headerLines(head, {"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"}))
        headers += line + "\r\n";
    reply(exchange, statusLine, headers, body);
}

void FaultProxy::reply(const std::shared_ptr<Exchange> &exchange, const QByteArray &statusLine, const QByteArray &headers,
                       const QByteArray &body)
{
    if (!exchange->client)
        return;
    exchange->client->write("HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                            + "\r\nConnection: close\r\n\r\n" + body);
    exchange->client->disconnectFromHost();
}

void FaultProxy::drop(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->client)
        exchange->client->abort();
}
