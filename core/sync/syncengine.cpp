#include "syncengine.h"

#include "ratebudget.h"
#include "requestscheduler.h"
#include "serverreply.h"
#include "serversession.h"
#include "storage/recordtable.h"
#include "storage/transaction.h"
#include "storage/workspace.h"
#include "synclookup.h"
#include "syncstate.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString refusalDetails(const QJsonValue &json)
{
    QStringList parts;
    const QJsonObject object = json.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList messages;
        if (it.value().isArray()) {
            for (const QJsonValue &message : it.value().toArray())
                messages << message.toString();
        } else {
            messages << it.value().toString();
        }
        parts << u"%1: %2"_s.arg(it.key(), messages.join(u' '));
    }
    return parts.join(u"; "_s);
}

} // namespace

SyncEngine::SyncEngine(ServerSession *session, Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_workspace(workspace)
    , m_sender([session](const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body) {
        return session->send(method, path, query, body);
    })
{
    const QDate today = workspace.now().date();
    m_from = today.addMonths(-3);
    m_to = today.addYears(1);
}

SyncEngine::~SyncEngine()
{
    if (m_current)
        m_current->abort();
}

std::unique_ptr<SyncEngine> SyncEngine::scheduled(ServerSession *session, Workspace &workspace, QObject *parent)
{
    auto engine = std::make_unique<SyncEngine>(session, workspace, parent);
    engine->m_budget = std::make_unique<RateBudget>(workspace);
    engine->m_scheduler = std::make_unique<RequestScheduler>(
        [session](const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body) {
            return session->send(method, path, query, body);
        },
        *engine->m_budget);
    engine->setSender(engine->m_scheduler->sender());
    return engine;
}

RequestScheduler *SyncEngine::scheduler() const
{
    return m_scheduler.get();
}

RateBudget *SyncEngine::budget() const
{
    return m_budget.get();
}

int SyncEngine::pendingChanges() const
{
    return int(SyncPusher(m_workspace).pending().size());
}

QDateTime SyncEngine::estimatedFinish(const QDateTime &now) const
{
    if (!m_budget)
        return now;
    const int reads = int(SyncMapping::all().size());
    const int readsLeft = !m_running ? reads : std::max(0, reads - m_resource);
    const QList<RateBudget::Tier> requests(readsLeft + pendingChanges(), RateBudget::Tier::Standard);
    return m_budget->lastSendAt(requests, now);
}

void SyncEngine::setSender(Sender sender)
{
    m_sender = std::move(sender);
}

void SyncEngine::setShiftWindow(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
}

QDate SyncEngine::shiftWindowFrom() const
{
    return m_from;
}

QDate SyncEngine::shiftWindowTo() const
{
    return m_to;
}

SyncPuller::Window SyncEngine::window() const
{
    return {m_from, m_to};
}

void SyncEngine::sync()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_report = {};
    m_resource = 0;
    m_lists.clear();
    m_items.clear();
    m_doneSteps = 0;
    m_totalSteps = 2 * int(SyncMapping::all().size());
    // Requests left in flight come first: a pull would otherwise take a record a lost POST created
    // for a new one.
    recoverInflight();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->abort();
}

void SyncEngine::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonObject &body,
                      const AnswerDone &done)
{
    ServerReply *reply = m_sender(method, path, query, body.isEmpty() && method != "POST" ? QJsonDocument() : QJsonDocument(body));
    m_current = reply;
    connect(reply, &ServerReply::finished, this, [this, done](const ServerResponse &response) {
        m_current.clear();
        if (m_cancelled) {
            stop(tr("The sync was cancelled; what was stored so far is kept."));
            return;
        }
        done(response);
    });
    // cancel() may have come while the request was being handed over (a scheduler's wait).
    if (m_cancelled)
        reply->abort();
}

bool SyncEngine::stopsRun(const ServerResponse &response)
{
    switch (response.error.kind) {
    case ServerError::Kind::None:
    case ServerError::Kind::Http:
    case ServerError::Kind::Malformed:
        return false;
    case ServerError::Kind::Throttled:
        m_report.retryAfterSeconds = response.error.retryAfterSeconds;
        break;
    default:
        break;
    }
    stop(response.error.message);
    return true;
}

void SyncEngine::fetchList(const QString &what, const QString &path, const QUrlQuery &query, const ListDone &done, QJsonArray records)
{
    send("GET", path, query, {}, [this, what, done, records](const ServerResponse &response) mutable {
        if (stopsRun(response))
            return;
        if (!response.ok()) {
            m_report.errors << tr("The server's %1 were not taken: %2").arg(what, response.error.message);
            done({});
            return;
        }
        QJsonValue page = response.json;
        QJsonValue next;
        if (page.isObject() && page[u"results"_s].isArray()) {
            next = page[u"next"_s];
            page = page[u"results"_s];
        }
        if (!page.isArray() || !(next.isUndefined() || next.isNull() || next.isString())) {
            m_report.errors << tr("The server's %1 were not taken: the answer from %2 is neither a list nor a page of a list.")
                                   .arg(what, response.url.toDisplayString());
            done({});
            return;
        }
        for (const QJsonValue &record : page.toArray())
            records.append(record);
        if (!next.isString() || next.toString().isEmpty()) {
            done(records);
            return;
        }
        const QUrl nextUrl = response.url.resolved(QUrl(next.toString()));
        const QUrl base = m_session->baseUrl();
        if (nextUrl.scheme() != base.scheme() || nextUrl.host() != base.host() || nextUrl.port(-1) != base.port(-1)) {
            m_report.errors << tr("The server's %1 were not taken: the next page, %2, is on another server.")
                                   .arg(what, nextUrl.toDisplayString());
            done({});
            return;
        }
        fetchList(what, nextUrl.toString(), {}, done, records);
    });
}

void SyncEngine::pullNext()
{
    const QList<SyncMapping> &mappings = SyncMapping::all();
    if (m_resource >= mappings.size()) {
        applyPulled();
        return;
    }
    const SyncMapping &mapping = mappings.at(m_resource);
    emit progress(m_doneSteps, m_totalSteps, tr("Reading %1 from the server").arg(mapping.name()));
    QUrlQuery query;
    if (mapping.resource() == SyncMapping::Resource::Shifts) {
        query.addQueryItem(u"date_from"_s, m_from.toString(Qt::ISODate));
        query.addQueryItem(u"date_to"_s, m_to.toString(Qt::ISODate));
    } else if (mapping.resource() == SyncMapping::Resource::Alerts) {
        query.addQueryItem(u"active"_s, u"false"_s);
    }
    const qsizetype errorsBefore = m_report.errors.size();
    fetchList(mapping.name(), mapping.path(), query, [this, errorsBefore](const QJsonArray &records) {
        m_lists.append(m_report.errors.size() == errorsBefore ? std::optional<QJsonArray>(records) : std::nullopt);
        ++m_doneSteps;
        ++m_resource;
        pullNext();
    });
}

void SyncEngine::applyPulled()
{
    const QList<SyncMapping> &mappings = SyncMapping::all();
    SyncPuller puller(m_workspace);
    QList<std::optional<QSet<qint64>>> held;
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        emit progress(m_doneSteps, m_totalSteps, tr("Storing %1").arg(mappings.at(i).name()));
        held.append(m_lists.at(i) ? puller.apply(mappings.at(i), *m_lists.at(i), m_report) : std::nullopt);
        ++m_doneSteps;
    }
    // Children first, so that a clinician's shifts are gone before the clinician.
    for (qsizetype i = mappings.size() - 1; i >= 0; --i) {
        if (held.at(i)) {
            const bool windowed = mappings.at(i).resource() == SyncMapping::Resource::Shifts;
            puller.applyDeletions(mappings.at(i), *held.at(i), windowed ? std::optional(window()) : std::nullopt, m_report);
        }
    }
    pushNext();
}

// A request whose answer was never stored: a POST may have created the record, so the server's
// list is searched for it (by its identifying fields, among records no local record holds) and
// the record adopted; anything else is simply sent again.
void SyncEngine::recoverInflight()
{
    SyncState state(m_workspace);
    const QList<SyncInflight> inflight = state.inflight();
    if (inflight.isEmpty()) {
        pullNext();
        return;
    }
    const SyncInflight request = inflight.first();
    const SyncMapping *mapping = SyncMapping::forRecordType(request.record_type);
    if (!mapping || request.method != "POST" || request.path != mapping->path()) {
        Transaction transaction(m_workspace);
        if (StorageError error = state.removeInflight(request.record_type, request.local_id); !error.ok() || !(error = transaction.commit()).ok())
            return stop(error.message);
        recoverInflight();
        return;
    }
    QUrlQuery query;
    if (mapping->resource() == SyncMapping::Resource::Shifts) {
        query.addQueryItem(u"date_from"_s, request.body.value(u"date"_s).toString());
        query.addQueryItem(u"date_to"_s, request.body.value(u"date"_s).toString());
    } else if (mapping->resource() == SyncMapping::Resource::Alerts) {
        query.addQueryItem(u"active"_s, u"false"_s);
    }
    const qsizetype errorsBefore = m_report.errors.size();
    fetchList(mapping->name(), mapping->path(), query, [this, request, mapping, errorsBefore](const QJsonArray &records) {
        if (m_report.errors.size() != errorsBefore)
            return stop(tr("The answer to an earlier request for %1 was lost and the server could not be searched for it.").arg(mapping->name()));
        SyncState state(m_workspace);
        RecordTable table(m_workspace, mapping->table());
        Transaction transaction(m_workspace);
        StorageError error;
        const std::optional<QJsonObject> row = table.get(request.local_id);
        for (const QJsonValue &value : records) {
            const QJsonObject candidate = value.toObject();
            const qint64 serverId = candidate.value(u"id"_s).toInteger();
            const bool matches = std::all_of(mapping->identifyingFields().cbegin(), mapping->identifyingFields().cend(),
                                             [&](const QString &field) { return candidate.value(field) == request.body.value(field); });
            if (!row || !matches || !table.select(u"WHERE server_id = ?"_s, {serverId}).isEmpty())
                continue;
            QJsonObject adopted = *row;
            adopted.insert(u"server_id"_s, serverId);
            qint64 id = request.local_id;
            error = state.writeFromServer(mapping->table(), u"update"_s, &id, *row, adopted);
            if (error.ok())
                error = state.setBase(mapping->recordType(), id, candidate);
            if (error.ok())
                error = state.markSynced(mapping->recordType(), id, request.last_journal_id);
            if (error.ok())
                ++m_report.pushed;
            break;
        }
        if (error.ok())
            error = state.removeInflight(request.record_type, request.local_id);
        if (error.ok())
            error = transaction.commit();
        if (!error.ok())
            return stop(error.message);
        recoverInflight();
    });
}

void SyncEngine::pushNext()
{
    SyncPusher pusher(m_workspace);
    if (m_items.isEmpty() && m_doneSteps == 2 * int(SyncMapping::all().size())) {
        QStringList waiting;
        m_items = pusher.pending(&waiting);
        m_report.errors << waiting;
        m_totalSteps += int(m_items.size());
    }
    while (!m_items.isEmpty()) {
        const SyncPusher::Item item = m_items.takeFirst();
        ++m_doneSteps;
        emit progress(m_doneSteps, m_totalSteps, tr("Sending the %1").arg(pusher.describe(item)));
        QString error;
        const QList<SyncPusher::Request> requests = pusher.requests(item, &error);
        if (!error.isEmpty()) {
            m_report.errors << error;
            continue;
        }
        if (requests.isEmpty()) {
            if (StorageError stored = pusher.settled(item); !stored.ok())
                return stop(stored.message);
            continue;
        }
        sendItem(item, requests);
        return;
    }
    done();
}

void SyncEngine::sendItem(const SyncPusher::Item &item, QList<SyncPusher::Request> requests)
{
    SyncPusher pusher(m_workspace);
    const SyncPusher::Request request = requests.takeFirst();
    if (StorageError stored = pusher.sending(item, request); !stored.ok())
        return stop(stored.message);
    ++m_report.pushRequests;
    send(request.method, request.path, {}, request.body, [this, item, request, requests](const ServerResponse &response) {
        SyncPusher pusher(m_workspace);
        const bool alreadyGone = request.method == "DELETE" && response.status == 404;
        if (!response.ok() && !alreadyGone) {
            // An unreadable answer may still mean the change was made: the request stays in flight
            // and is looked for on the server next time.
            if (response.error.kind == ServerError::Kind::Malformed)
                return stop(response.error.message);
            if (stopsRun(response))
                return;
            const QString details = refusalDetails(response.json);
            const QString message = tr("The server refused the %1: %2")
                                        .arg(pusher.describe(item), details.isEmpty() ? response.error.message : details);
            m_report.errors << message;
            if (StorageError stored = pusher.refused(item, message); !stored.ok())
                return stop(stored.message);
            pushNext();
            return;
        }
        if (StorageError stored = pusher.accepted(item, request, response.json.toObject(), requests.isEmpty()); !stored.ok())
            return stop(stored.message);
        if (!requests.isEmpty()) {
            sendItem(item, requests);
            return;
        }
        ++m_report.pushed;
        pushNext();
    });
}

void SyncEngine::stop(const QString &message)
{
    m_report.errors << message;
    m_report.complete = false;
    m_running = false;
    m_report.conflicts = int(SyncState(m_workspace).conflicts().size());
    emit finished(m_report);
}

void SyncEngine::done()
{
    m_report.complete = true;
    m_running = false;
    m_report.conflicts = int(SyncState(m_workspace).conflicts().size());
    emit progress(m_totalSteps, m_totalSteps, tr("Sync finished"));
    emit finished(m_report);
}
