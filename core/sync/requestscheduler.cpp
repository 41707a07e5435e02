#include "requestscheduler.h"

#include "serverreply.h"

#include <algorithm>
#include <limits>
#include <tuple>

RequestScheduler::RequestScheduler(SendFunction send, RateBudget &budget, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_budget(budget)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::runDue);
    connect(this, &RequestScheduler::requestFinished, this, [this](qint64 id, const ServerResponse &response) {
        if (const QPointer<ServerReply> reply = m_deferred.take(id))
            reply->complete(response);
    });
}

RequestScheduler::SendFunction RequestScheduler::sender()
{
    return [this](const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body) -> ServerReply * {
        QUrl url(path);
        url.setQuery(query);
        ServerReply *reply = ServerReply::deferred(method, url, this);
        // enqueue() hands out this id and may send the request before it returns.
        const qint64 id = m_nextId;
        m_deferred.insert(id, reply);
        reply->setAbortHandler([this, id] { abortRequest(id); });
        enqueue({method, path, query, body});
        start();
        return reply;
    };
}

void RequestScheduler::abortRequest(qint64 id)
{
    if (m_inFlight && m_queue.first().id == id) {
        if (m_onItsWay)
            m_onItsWay->abort(); // its answer, Cancelled, finishes the request
        return;
    }
    const auto entry = std::find_if(m_queue.begin(), m_queue.end(), [id](const Entry &queued) { return queued.id == id; });
    if (entry == m_queue.end())
        return;
    const Entry dropped = *entry;
    m_queue.erase(entry);
    completeDropped(dropped);
    schedule();
}

void RequestScheduler::completeDropped(const Entry &entry)
{
    if (const QPointer<ServerReply> reply = m_deferred.take(entry.id)) {
        ServerResponse response;
        response.error.kind = ServerError::Kind::Cancelled;
        response.error.message = tr("The request %1 %2 was cancelled before it was sent.")
                                      .arg(QString::fromLatin1(entry.request.method), entry.request.path);
        reply->complete(response);
    }
}

void RequestScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RequestScheduler::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

qint64 RequestScheduler::enqueue(const Request &request)
{
    const qint64 id = m_nextId++;
    m_queue.append({id, request, 0, {}});
    m_idleReported = false;
    schedule();
    return id;
}

void RequestScheduler::start()
{
    m_running = true;
    schedule();
}

void RequestScheduler::cancel()
{
    m_running = false;
    m_timer.stop();
    m_waitingUntil = {};
}

void RequestScheduler::clear()
{
    const QList<Entry> dropped = m_queue.mid(m_inFlight ? 1 : 0);
    m_queue.erase(m_queue.begin() + (m_inFlight ? 1 : 0), m_queue.end());
    for (const Entry &entry : dropped)
        completeDropped(entry);
    schedule();
}

bool RequestScheduler::isRunning() const
{
    return m_running;
}

int RequestScheduler::pending() const
{
    return int(m_queue.size());
}

QList<qint64> RequestScheduler::pendingIds() const
{
    QList<qint64> ids;
    ids.reserve(m_queue.size());
    for (const Entry &entry : m_queue)
        ids.append(entry.id);
    return ids;
}

QDateTime RequestScheduler::estimatedFinish(const QDateTime &now) const
{
    const qsizetype unsent = m_inFlight ? 1 : 0;
    if (m_queue.size() <= unsent)
        return now;
    QList<RateBudget::Tier> tiers;
    tiers.reserve(m_queue.size() - unsent);
    for (qsizetype i = unsent; i < m_queue.size(); ++i)
        tiers.append(m_queue.at(i).request.tier);
    const QDateTime &retryAt = m_queue.at(unsent).retryAt;
    return m_budget.lastSendAt(tiers, retryAt.isValid() && retryAt > now ? retryAt : now);
}

void RequestScheduler::runDue()
{
    schedule();
}

void RequestScheduler::schedule()
{
    if (!m_running || m_inFlight)
        return;
    if (m_queue.isEmpty()) {
        m_timer.stop();
        m_waitingUntil = {};
        if (!m_idleReported) {
            m_idleReported = true;
            emit idle();
        }
        return;
    }
    Entry &head = m_queue.first();
    const QDateTime now = m_clock();
    QDateTime due = m_budget.nextFreeAt(head.request.tier, now);
    const QDateTime throttledUntil = m_budget.throttledUntil(head.request.tier);
    WaitReason reason = throttledUntil.isValid() && throttledUntil >= due ? WaitReason::Throttled : WaitReason::Budget;
    if (head.retryAt.isValid() && head.retryAt > due) {
        due = head.retryAt;
        reason = WaitReason::Retry;
    }
    if (due <= now) {
        send(head, now);
        return;
    }
    // A timer that fires early (coarse timers may) finds nothing due and is set again.
    m_timer.start(int(std::clamp<qint64>(now.msecsTo(due), 1, std::numeric_limits<int>::max())));
    if (due != m_waitingUntil) {
        m_waitingUntil = due;
        emit waiting(due, reason);
    }
}

void RequestScheduler::send(Entry &head, const QDateTime &now)
{
    m_timer.stop();
    m_waitingUntil = {};
    const Request &request = head.request;
    ServerReply *reply = m_send(request.method, request.path, request.query, request.body);
    if (!reply) {
        cancel();
        return;
    }
    // Kept in memory even when the workspace refuses the write; should a restart then send
    // too early, the server's 429 and its wait still hold the queue back.
    std::ignore = m_budget.recordSend(request.tier, now);
    m_inFlight = reply;
    m_onItsWay = reply;
    connect(reply, &ServerReply::finished, this, [this, reply](const ServerResponse &response) { handleFinished(reply, response); });
    connect(reply, &QObject::destroyed, this, [this, reply] { handleLost(reply); });
}

void RequestScheduler::handleFinished(const ServerReply *reply, const ServerResponse &response)
{
    if (reply != m_inFlight)
        return;
    m_inFlight = nullptr;
    Entry &head = m_queue.first();
    const qint64 id = head.id;
    const ServerError &error = response.error;
    const QDateTime now = m_clock();
    if (error.kind == ServerError::Kind::Throttled && error.retryAfterSeconds >= 0) {
        // Held in memory whatever the workspace says, as a send is.
        std::ignore = m_budget.recordThrottled(head.request.tier, now, error.retryAfterSeconds);
        schedule();
        return;
    }
    // A 429 was not applied, whatever the method; without a wait it backs off like a 5xx.
    if (error.isRetryable() && (error.kind == ServerError::Kind::Throttled || repeatable(head.request))) {
        ++head.failures;
        head.retryAt = now.addMSecs(m_retryPolicy.delay(head.failures).count());
        emit retrying(id, head.failures, error, head.retryAt);
        schedule();
        return;
    }
    m_queue.removeFirst();
    // A handler may cancel() before the next request goes.
    emit requestFinished(id, response);
    schedule();
}

void RequestScheduler::handleLost(const ServerReply *reply)
{
    // The reply went away without an answer (its session was deleted): nothing can be sent
    // through it, and the request stays queued for the caller to start again.
    if (reply != m_inFlight)
        return;
    m_inFlight = nullptr;
    cancel();
}

bool RequestScheduler::repeatable(const Request &request)
{
    return request.method != "POST" || request.repeatable;
}
