#pragma once

#include "syncpuller.h"
#include "syncpusher.h"
#include "syncreport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>

class ServerReply;
class ServerSession;
class Workspace;
struct ServerResponse;

// Two-way sync of a workspace with the rota server, asynchronous: sync() pulls every resource
// (clinicians, working terms, shifts in a date window, leave requests, all alerts), applies them
// (SyncPuller), then pushes the unsynced journal (SyncPusher). Requests go through a sender
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

    void setSender(Sender sender);
    // The shifts pulled: three months back to a year ahead of today unless set.
    void setShiftWindow(QDate from, QDate to);
    QDate shiftWindowFrom() const;
    QDate shiftWindowTo() const;

    bool isRunning() const { return m_running; }
    void sync();
    void cancel();

signals:
    void progress(int done, int total, const QString &text);
    void finished(const SyncReport &report);

private:
    using ListDone = std::function<void(const QJsonArray &records)>;
    using AnswerDone = std::function<void(const ServerResponse &response)>;

    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body, const AnswerDone &done);
    void fetchList(const QString &what, const QString &path, const QUrlQuery &query, const ListDone &done, QJsonArray records = {});
    void pullNext();
    void applyPulled();
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
    QList<std::optional<QJsonArray>> m_lists;
    QList<SyncPusher::Item> m_items;
    int m_doneSteps = 0;
    int m_totalSteps = 0;
};
