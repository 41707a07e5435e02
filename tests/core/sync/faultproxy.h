#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback HTTP/1.1 proxy in front of the reference server for the sync tests: each request is
// forwarded unchanged (headers, cookies and CSRF token included; the Host stays the proxy's, which
// Django accepts since ALLOWED_HOSTS does not look at the port and the Origin the client sends
// matches it) unless a fault is applied to it. Faults are scripted per request number or drawn
// from a seeded generator, so a run is repeatable. Every answer is sent with Connection: close:
// one request per connection keeps the numbering exact.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        DropBeforeForwarding, // the connection is closed; the server never sees the request
        DropAfterForwarding,  // the server handled the request, the client gets no answer
        Delay,                // forwarded after 0..maxDelayMs on an event-loop timer
        Throttle,             // 429 with Retry-After, not forwarded
        ServerError,          // 500, not forwarded
        BadGateway,           // 502, not forwarded
        Unavailable,          // 503, not forwarded
        TruncateBody,         // forwarded; the answer's body cut in half (Content-Length to match)
        CorruptJson,          // forwarded; the answer's body made invalid JSON
    };
    Q_ENUM(Fault)

    struct Request
    {
        int number = 0; // from 1
        QByteArray method;
        QByteArray path; // with the query
        Fault fault = Fault::None; // as applied: an answer without a body is not cut or corrupted
        int upstreamStatus = 0;    // 0 when not forwarded or the server did not answer
    };

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);

    bool listen(); // on 127.0.0.1, a free port
    QUrl baseUrl() const;

    // Random faults for requests whose path starts with pathPrefix ("/api/" unless set): each one
    // with probability `rate`, the kind drawn uniformly from `kinds` (all but None and Delay's
    // absence when empty).
    void setRandomFaults(quint32 seed, double rate, const QList<Fault> &kinds = {});
    void setFaultPathPrefix(const QByteArray &prefix);
    void setMaxDelayMs(int milliseconds);
    void setRetryAfterSeconds(int seconds);
    // Applies `fault` to request `number`, whatever the random faults say.
    void script(int number, Fault fault);
    void clearScript();

    int requestCount() const;
    const QList<Request> &requests() const;
    // Every fault applied so far other than None.
    QList<Request> faults() const;

    static QList<Fault> allFaults();

signals:
    // Before anything is done with the request; a slot may still script() its fault.
    void requestArrived(int number, const QByteArray &method, const QByteArray &path);
    // The server answered a forwarded request; the client has not been answered yet.
    void forwarded(int number, const QByteArray &method, const QByteArray &path, int status);

private:
    struct Exchange;

    void accept();
    void readRequest(QTcpSocket *client, const std::shared_ptr<Exchange> &exchange);
    void handle(const std::shared_ptr<Exchange> &exchange);
    void forward(const std::shared_ptr<Exchange> &exchange);
    void answerFromUpstream(const std::shared_ptr<Exchange> &exchange);
    void reply(const std::shared_ptr<Exchange> &exchange, const QByteArray &statusLine, const QByteArray &headers,
               const QByteArray &body);
    void drop(const std::shared_ptr<Exchange> &exchange);
    Fault draw(const QByteArray &path);

    QUrl m_upstream;
    QTcpServer m_server;
    QRandomGenerator m_random;
    double m_rate = 0.0;
    QList<Fault> m_kinds;
    QByteArray m_prefix = "/api/";
    int m_maxDelayMs = 200;
    int m_retryAfterSeconds = 1;
    QHash<int, Fault> m_script;
    QList<Request> m_requests;
};
