#pragma once

#include "ratebudget.h"
#include "retrypolicy.h"
#include "serverresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

class ServerReply;

// Sends requests to the rota server one at a time, in the order they were queued, as fast as the
// RateBudget allows and never blocking the thread: when the budget, a 429 or a back-off asks to
// wait, a timer brings the queue back. Failures worth retrying (5xx, timeouts, network errors)
// are sent again after the RetryPolicy's back-off, as often as it takes; a 429 stops the whole
// queue until the server's wait has passed. Every other answer, success or failure, finishes
// the request.
//
// A POST whose answer was lost (a 5xx, a timeout, a network error) may have been applied, so it
// is not sent again unless it is marked repeatable: it finishes with the error and the caller
// looks for what it would have created before queueing it again.
//
// The queue lives in memory only; the caller keeps the work durable (the change journal).
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    // Sends one request: ServerSession::send, or its stand-in; the same type as SyncEngine::Sender. A null reply means nothing can
    // be sent now (no session): the scheduler stops as cancel() does, keeping the request.
    using SendFunction = std::function<ServerReply *(const QByteArray &method, const QString &path,
                                                     const QUrlQuery &query, const QJsonDocument &body)>;
    using Clock = std::function<QDateTime()>; // UTC "now"; injected by tests

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QJsonDocument body;
        RateBudget::Tier tier = RateBudget::Tier::Standard;
        // A POST the server may receive twice without harm (an action such as pin or resolve).
        bool repeatable = false;
    };

    enum class WaitReason {
        Budget,    // the tier's requests of the window are used up
        Throttled, // the server answered 429 and named a wait
        Retry,     // backing off after a failure worth retrying
    };
    Q_ENUM(WaitReason)

    // `budget` must outlive the scheduler.
    RequestScheduler(SendFunction send, RateBudget &budget, QObject *parent = nullptr);

    void setClock(Clock clock);
    void setRetryPolicy(const RetryPolicy &policy);

    // Queues the request and returns its id (1, 2, ...); it goes once the scheduler runs and all
    // before it have finished.
    qint64 enqueue(const Request &request);
    // A send function for whoever wants replies rather than ids (SyncEngine::setSender): each call
    // queues a standard-tier request, starts the scheduler and returns a deferred reply that
    // finishes with the request's answer. abort() on that reply drops the request when it has
    // not been sent, else aborts it on its way.
    SendFunction sender();
    // Sends the queue; after cancel() it goes on with the requests left.
    void start();
    // Sends nothing more and leaves the unsent requests queued. A request already on its way is
    // let finish, and reported, because only its answer tells whether the server applied it.
    void cancel();
    // Drops the unsent requests; one on its way still finishes.
    void clear();
    bool isRunning() const;

    int pending() const; // queued or on their way
    QList<qint64> pendingIds() const;
    // When the last request queued can be sent by the budget, the 429 wait and the back-off of
    // the first one; `now` when nothing is waiting to be sent.
    QDateTime estimatedFinish(const QDateTime &now) const;

    // Sends what is due by the clock; the scheduler's timer calls it when a wait should be over,
    // and tests call it after moving their clock on.
    void runDue();

signals:
    void requestFinished(qint64 id, const ServerResponse &response);
    // Request `id` failed with `error` for the `attempt`th time in a row and goes again at `at`.
    void retrying(qint64 id, int attempt, const ServerError &error, const QDateTime &at);
    // Nothing is sent before `until`.
    void waiting(const QDateTime &until, RequestScheduler::WaitReason reason);
    // The queue is empty: every request has finished.
    void idle();

private:
    struct Entry
    {
        qint64 id = 0;
        Request request;
        int failures = 0;  // in a row, since its last answer that was not retried
        QDateTime retryAt; // not before, after a failure
    };

    void schedule();
    void send(Entry &head, const QDateTime &now);
    void handleFinished(const ServerReply *reply, const ServerResponse &response);
    void handleLost(const ServerReply *reply);
    void abortRequest(qint64 id);
    void completeDropped(const Entry &entry); // a deferred reply of a request taken off the queue
    static bool repeatable(const Request &request);

    SendFunction m_send;
    RateBudget &m_budget;
    Clock m_clock;
    RetryPolicy m_retryPolicy;
    QTimer m_timer;
    QList<Entry> m_queue; // the first one is on its way when m_inFlight is set
    qint64 m_nextId = 1;
    // The reply on its way, only compared: a retry has the same id, and the earlier reply's
    // late destroyed() must not be taken for the new one's.
    const ServerReply *m_inFlight = nullptr;
    QPointer<ServerReply> m_onItsWay; // the same reply, for aborting it
    QHash<qint64, QPointer<ServerReply>> m_deferred; // by request id, made by sender()
    bool m_running = false;
    bool m_idleReported = false;
    QDateTime m_waitingUntil; // the wait last reported
};
