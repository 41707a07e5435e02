#pragma once

#include "syncpuller.h"
#include "synclookup.h"
#include "syncpusher.h"
#include "syncreport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>
#include <memory>

class RateBudget;
class RequestScheduler;
class ServerReply;
class ServerSession;
class Workspace;
struct ServerResponse;

// Two-way sync of a workspace with the rota server, asynchronous: sync() pulls every resource
// (clinicians, working terms, shifts in a date window, leave requests, all alerts), storing each
// list (SyncPuller) while the server prepares the next, then deletes what the server no longer
// lists and pushes the unsynced journal (SyncPusher). Requests go through a sender
// function, the session's send() unless replaced, so that a scheduler can be put in between.
// A 429, a 5xx, a network error or cancel() stops the run; what was stored stays stored and the
// next sync() goes on from there.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    using Sender = std::function<ServerReply *(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                               const QJsonDocument &body)>;

    // `session` must be logged in; both must outlive the engine.
    SyncEngine(ServerSession *session, Workspace &workspace, QObject *parent = nullptr);
    ~SyncEngine() override;

    // An engine whose requests go through a RequestScheduler of its own, held to the workspace's
    // RateBudget (kept in its settings), so that a large push is spread over the server's limits
    // instead of being refused with 429. The scheduler sends through `send` when given, else
    // through the session.
    static std::unique_ptr<SyncEngine> scheduled(ServerSession *session, Workspace &workspace, Sender send = {},
                                                 QObject *parent = nullptr);
    RequestScheduler *scheduler() const; // null unless made by scheduled()
    RateBudget *budget() const;          // likewise

    void setSender(Sender sender);
    // The shifts pulled: three months back to a year ahead of today unless set.
    void setShiftWindow(QDate from, QDate to);
    QDate shiftWindowFrom() const;
    QDate shiftWindowTo() const;

    bool isRunning() const { return m_running; }
    void sync();
    void cancel();

    // The records with local changes still to send (records in conflict or refused excluded).
    int pendingChanges() const;
    // When the budget lets the last of the requests still to make go (a whole sync's reads when
    // none is running, then one request for each pending change), each as soon as allowed from
    // `now`; a request on its way is counted once more. `now` without a budget.
    QDateTime estimatedFinish(const QDateTime &now) const;

signals:
    void progress(int done, int total, const QString &text);
    void finished(const SyncReport &report);

private:
    using ListDone = std::function<void(const std::optional<QJsonArray> &records)>; // none: refused, the error reported
    using AnswerDone = std::function<void(const ServerResponse &response)>;

    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body, const AnswerDone &done);
    void fetchList(const QString &what, const QString &path, const QUrlQuery &query, const ListDone &done, QJsonArray records = {});
    QList<SyncPuller::Window> plannedSlices() const;
    // Whether `slices` is a first part asked for alone, the rest to be planned by what it holds.
    bool isProbe(const QList<SyncPuller::Window> &slices) const;
    void planAfterProbe(qint64 probed); // the rest of the window, by the shifts of its first part
    int readRequests() const; // the list GETs of a whole sync
    void pullNext();
    void applyDeletions();
    void recoverInflight();
    void pushNext();
    void sendItem(const SyncPusher::Item &item, QList<SyncPusher::Request> requests);
    // A failed request: stops the run (network, server, throttling, cancel) or is the record's.
    bool stopsRun(const ServerResponse &response);
    void stop(const QString &message);
    void done();
    SyncPuller::Window window() const;

    ServerSession *m_session;
    Workspace &m_workspace;
    Sender m_sender;
    QDate m_from;
    QDate m_to;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<ServerReply> m_current;
    SyncReport m_report;
    int m_resource = 0;
    QList<SyncPuller::Window> m_slices; // of the shift window, one request each
    qsizetype m_slice = 0;
    qint64 m_listedShifts = 0;
    QList<std::optional<QSet<qint64>>> m_held; // per resource: the server ids listed, unless a list was refused
    QList<SyncPusher::Item> m_items;
    bool m_itemsRead = false;
    std::optional<SyncLookup> m_pushLookup; // shared by the push's conversions
    int m_doneSteps = 0;
    int m_totalSteps = 0;
    // Declared in this order so that the scheduler, which uses the budget, goes first.
    std::unique_ptr<RateBudget> m_budget;
    std::unique_ptr<RequestScheduler> m_scheduler;
};
