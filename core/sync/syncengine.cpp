#include "syncengine.h"

#include "ratebudget.h"
#include "requestscheduler.h"
#include "serverreply.h"
#include "serversession.h"
#include "storage/cachedquery.h"
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

std::unique_ptr<SyncEngine> SyncEngine::scheduled(ServerSession *session, Workspace &workspace, Sender send, QObject *parent)
{
    auto engine = std::make_unique<SyncEngine>(session, workspace, parent);
    engine->m_budget = std::make_unique<RateBudget>(workspace);
    engine->m_scheduler = std::make_unique<RequestScheduler>(send ? std::move(send) : engine->m_sender, *engine->m_budget);
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
    const int readsLeft = !m_running ? readRequests() : std::max(0, readRequests() - m_doneSteps / 2);
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

int SyncEngine::readRequests() const
{
    const QList<SyncPuller::Window> slices = m_running ? m_slices : plannedSlices();
    // A first part asked for alone is followed by at least one more.
    return int(SyncMapping::all().size()) - 1 + int(slices.size()) + (isProbe(slices) ? 1 : 0);
}

bool SyncEngine::isProbe(const QList<SyncPuller::Window> &slices) const
{
    return slices.size() == 1 && slices.constFirst().to < m_to;
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
    m_slice = 0;
    m_slices = plannedSlices();
    m_listedShifts = 0;
    m_held = QList<std::optional<QSet<qint64>>>(SyncMapping::all().size(), QSet<qint64>());
    m_items.clear();
    m_itemsRead = false;
    m_doneSteps = 0;
    m_totalSteps = 2 * readRequests();
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
            done(std::nullopt);
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
            done(std::nullopt);
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
            done(std::nullopt);
            return;
        }
        fetchList(what, nextUrl.toString(), {}, done, records);
    });
}

namespace {

constexpr qint64 SliceShifts = 20000;
constexpr qint64 ProbeDays = 91;

QString listedShiftsKey()
{
    return u"sync/shifts_listed"_s;
}

// `from` to `to` in parts of about SliceShifts of the `expected` shifts, the last part half the
// size of the others, since nothing overlaps its storing.
QList<SyncPuller::Window> split(QDate from, QDate to, qint64 expected)
{
    const qint64 days = from.daysTo(to) + 1;
    const qint64 parts = std::max<qint64>(1, (expected + SliceShifts - 1) / SliceShifts);
    // In halves: two for each part but the last, which has one.
    const qint64 halves = std::min(2 * parts - 1, days);
    if (halves <= 1)
        return {{from, to}};
    QList<SyncPuller::Window> slices;
    QDate start = from;
    for (qint64 end = 2; start <= to; end += 2) {
        const QDate last = end >= halves ? to : from.addDays(end * days / halves - 1);
        slices.append({start, last});
        start = last.addDays(1);
    }
    return slices;
}

} // namespace

// The shift list is the one that can be large. Asked for in parts, it is stored part by part
// while the server prepares the next, instead of after the server's whole wait. Parts cost
// requests of the server's hourly allowance, so the window is split by how many shifts the last
// pull listed, one part for every SliceShifts. Before the first pull that number is unknown: the
// first three months are asked for alone, and the rest is split by what they held.
QList<SyncPuller::Window> SyncEngine::plannedSlices() const
{
    bool known = false;
    const qint64 listed = m_workspace.setting(listedShiftsKey()).toLongLong(&known);
    if (known)
        return split(m_from, m_to, listed);
    if (m_from.daysTo(m_to) + 1 >= 2 * ProbeDays)
        return {{m_from, m_from.addDays(ProbeDays - 1)}};
    return {window()};
}

void SyncEngine::planAfterProbe(qint64 probed)
{
    const QDate next = m_slices.constLast().to.addDays(1);
    const qint64 probeDays = m_slices.constLast().from.daysTo(next);
    const QList<SyncPuller::Window> rest = split(next, m_to, probed * (next.daysTo(m_to) + 1) / probeDays);
    m_slices.append(rest);
    // The plan counted one part after the first; each further part is read and stored.
    m_totalSteps += 2 * int(rest.size() - 1);
}

void SyncEngine::pullNext()
{
    const SyncMapping &mapping = SyncMapping::all().at(m_resource);
    emit progress(m_doneSteps, m_totalSteps, tr("Reading %1 from the server").arg(mapping.name()));
    QUrlQuery query;
    if (mapping.resource() == SyncMapping::Resource::Shifts) {
        const SyncPuller::Window &slice = m_slices.at(m_slice);
        query.addQueryItem(u"date_from"_s, slice.from.toString(Qt::ISODate));
        query.addQueryItem(u"date_to"_s, slice.to.toString(Qt::ISODate));
    } else if (mapping.resource() == SyncMapping::Resource::Alerts) {
        query.addQueryItem(u"active"_s, u"false"_s);
    }
    const int resource = m_resource;
    fetchList(mapping.name(), mapping.path(), query, [this, resource](const std::optional<QJsonArray> &list) {
        const QJsonArray records = list.value_or(QJsonArray());
        ++m_doneSteps;
        const SyncMapping &mapping = SyncMapping::all().at(resource);
        if (mapping.resource() == SyncMapping::Resource::Shifts) {
            m_listedShifts += records.size();
            if (isProbe(m_slices))
                planAfterProbe(records.size());
        }
        if (mapping.resource() != SyncMapping::Resource::Shifts || ++m_slice == m_slices.size())
            ++m_resource;
        // The next list is asked for before this one is stored, so that the two overlap.
        const bool more = m_resource < SyncMapping::all().size();
        if (more)
            pullNext();
        emit progress(m_doneSteps, m_totalSteps, tr("Storing %1").arg(mapping.name()));
        const std::optional<QSet<qint64>> ids = list ? SyncPuller(m_workspace).apply(mapping, records, m_report) : std::nullopt;
        ++m_doneSteps;
        std::optional<QSet<qint64>> &held = m_held[resource];
        if (held && ids)
            held->unite(*ids);
        else
            held.reset();
        if (mapping.resource() == SyncMapping::Resource::Shifts && m_resource != resource && held) {
            if (StorageError error = SyncState(m_workspace).setBookkeeping(listedShiftsKey(), QString::number(m_listedShifts)); !error.ok())
                m_report.errors << error.message;
        }
        if (!more)
            applyDeletions();
    });
}

void SyncEngine::applyDeletions()
{
    const QList<SyncMapping> &mappings = SyncMapping::all();
    SyncPuller puller(m_workspace);
    // Children first, so that a clinician's shifts are gone before the clinician.
    for (qsizetype i = mappings.size() - 1; i >= 0; --i) {
        if (m_held.at(i)) {
            const bool windowed = mappings.at(i).resource() == SyncMapping::Resource::Shifts;
            puller.applyDeletions(mappings.at(i), *m_held.at(i), windowed ? std::optional(window()) : std::nullopt, m_report);
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
    fetchList(mapping->name(), mapping->path(), query, [this, request, mapping](const std::optional<QJsonArray> &records) {
        if (!records)
            return stop(tr("The answer to an earlier request for %1 was lost and the server could not be searched for it.").arg(mapping->name()));
        SyncState state(m_workspace);
        RecordTable table(m_workspace, mapping->table());
        Transaction transaction(m_workspace);
        StorageError error;
        const std::optional<QJsonObject> row = table.get(request.local_id);
        for (const QJsonValue &value : *records) {
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
    if (!m_itemsRead)
        m_pushLookup.emplace(m_workspace);
    SyncPusher pusher(m_workspace, &*m_pushLookup);
    if (!m_itemsRead) {
        m_itemsRead = true;
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
    SyncPusher pusher(m_workspace, &*m_pushLookup);
    const SyncPusher::Request request = requests.takeFirst();
    if (StorageError stored = pusher.sending(item, request); !stored.ok())
        return stop(stored.message);
    ++m_report.pushRequests;
    send(request.method, request.path, {}, request.body, [this, item, request, requests](const ServerResponse &response) {
        SyncPusher pusher(m_workspace, &*m_pushLookup);
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
        // A new clinician's server id is what the records referring to her are sent with.
        if (item.mapping->resource() == SyncMapping::Resource::Clinicians && request.method == "POST")
            m_pushLookup->reload();
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
