#include "syncpusher.h"

#include "storage/recordtable.h"
#include "storage/transaction.h"
#include "storage/workspace.h"
#include "synclookup.h"
#include "syncstate.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QStringList recordTypes()
{
    QStringList types;
    for (const SyncMapping &mapping : SyncMapping::all())
        types << mapping.recordType();
    return types;
}

// The field an action endpoint changes, and the operations that are that action.
QString actionField(SyncMapping::Resource resource)
{
    switch (resource) {
    case SyncMapping::Resource::Shifts:
        return u"is_pinned"_s;
    case SyncMapping::Resource::LeaveRequests:
    case SyncMapping::Resource::Alerts:
        return u"status"_s;
    case SyncMapping::Resource::Clinicians:
    case SyncMapping::Resource::WorkingTerms:
        break;
    }
    return {};
}

bool isAction(const QString &operation)
{
    return operation != u"create"_s && operation != u"update"_s && operation != u"delete"_s;
}

std::optional<qint64> serverIdOf(const QJsonObject &row)
{
    const QJsonValue id = row.value(u"server_id"_s);
    return id.isDouble() ? std::optional<qint64>(id.toInteger()) : std::nullopt;
}

// The server may decide fields itself on taking a change (a leave request denied on creation): the
// record takes the server's value of each field answered otherwise than sent, unless the field was
// edited here since. The last request of a record's changes answers for all of them.
QJsonObject withServerDecisions(SyncLookup &lookup, const SyncMapping &mapping, const QJsonObject &sent, const QJsonObject &answer,
                                const QJsonObject &local)
{
    QString referenceError;
    const QJsonObject ours = mapping.toServer(lookup, local, &referenceError);
    QJsonObject decided = ours;
    bool differs = false;
    for (const QString &field : mapping.fields()) {
        const QJsonValue sentValue = sent.contains(field) ? sent.value(field) : ours.value(field);
        if (answer.contains(field) && answer.value(field) != sentValue && ours.value(field) == sentValue) {
            decided.insert(field, answer.value(field));
            differs = true;
        }
    }
    if (!differs || !referenceError.isEmpty())
        return local;
    FieldErrors errors;
    const QJsonObject written = mapping.toLocal(lookup, decided, local, &errors);
    return errors.isEmpty() ? written : local;
}

} // namespace

SyncPusher::SyncPusher(Workspace &workspace, SyncLookup *lookup)
    : m_workspace(workspace)
    , m_lookup(lookup)
{
}

QString SyncPusher::describe(const Item &item) const
{
    return RecordTable(m_workspace, item.mapping->table()).label(item.localId);
}

QList<SyncPusher::Item> SyncPusher::pending(QStringList *waiting) const
{
    SyncState state(m_workspace);
    QHash<std::pair<QString, qint64>, QList<Item>> records;
    QList<std::pair<QString, qint64>> order;
    for (const JournalEntry &entry : state.unsynced(recordTypes())) {
        const std::pair key{entry.record_type, entry.local_id};
        if (!records.contains(key))
            order << key;
        QList<Item> &items = records[key];
        // After a deletion the local id belongs to another record.
        if (items.isEmpty() || items.last().deleted)
            items << Item{SyncMapping::forRecordType(entry.record_type), entry.local_id, entry.id, entry.id, false};
        items.last().lastJournalId = entry.id;
        items.last().deleted = entry.operation == u"delete"_s;
    }
    // Each record's items stay together and in journal order: its deletion goes before the
    // creation of the record that took its id over.
    QList<QList<Item>> updates;
    QList<QList<Item>> deletions;
    for (const auto &key : order) {
        if (state.conflict(key.first, key.second))
            continue;
        qint64 refusedUpTo = 0;
        const std::optional<QString> refusal = state.refusal(key.first, key.second, &refusedUpTo);
        if (refusal && refusedUpTo >= records.value(key).first().lastJournalId && waiting)
            *waiting << *refusal;
        QList<Item> items = records.value(key);
        items.removeIf([&](const Item &item) { return refusal && refusedUpTo >= item.lastJournalId; });
        if (items.isEmpty())
            continue;
        Item &last = items.last();
        last.deleted = last.deleted || !RecordTable(m_workspace, last.mapping->table()).get(last.localId).has_value();
        (last.deleted ? deletions : updates) << items;
    }
    const auto rank = [](const QList<Item> &items) { return int(items.first().mapping->resource()); };
    std::stable_sort(updates.begin(), updates.end(), [&](const QList<Item> &a, const QList<Item> &b) { return rank(a) < rank(b); });
    std::stable_sort(deletions.begin(), deletions.end(), [&](const QList<Item> &a, const QList<Item> &b) { return rank(a) > rank(b); });
    QList<Item> items;
    for (const QList<Item> &record : updates + deletions)
        items << record;
    return items;
}

QList<SyncPusher::Request> SyncPusher::requests(const Item &item, QString *error) const
{
    const SyncMapping &mapping = *item.mapping;
    SyncState state(m_workspace);
    QList<JournalEntry> entries = state.unsyncedFor(mapping.recordType(), item.localId);
    entries.removeIf([&](const JournalEntry &entry) { return entry.id < item.firstJournalId || entry.id > item.lastJournalId; });
    if (entries.isEmpty())
        return {};
    const std::optional<QJsonObject> row = RecordTable(m_workspace, mapping.table()).get(item.localId);
    if (item.deleted) {
        std::optional<qint64> serverId = serverIdOf(entries.last().before);
        // The base, unless it is that of the record now holding the local id.
        if (const std::optional<QJsonObject> base = state.base(mapping.recordType(), item.localId);
            !serverId && base && base->value(u"id"_s).isDouble() && (!row || serverIdOf(*row) != base->value(u"id"_s).toInteger()))
            serverId = base->value(u"id"_s).toInteger();
        if (serverId)
            return {Request{"DELETE", mapping.detailPath(*serverId), {}}};
        return {};
    }
    if (!row)
        return {}; // deleted since pending(): the deletion is an item of its own
    std::optional<SyncLookup> own;
    SyncLookup &lookup = m_lookup ? *m_lookup : own.emplace(m_workspace);
    QString referenceError;
    const QJsonObject ours = mapping.toServer(lookup, *row, &referenceError);
    const std::optional<qint64> serverId = serverIdOf(*row);
    if (!serverId) {
        if (!referenceError.isEmpty()) {
            *error = tr("The %1 was not sent: %2").arg(describe(item), referenceError);
            return {};
        }
        return {Request{"POST", mapping.path(), ours}};
    }

    QString ignored;
    const std::optional<QJsonObject> base = state.base(mapping.recordType(), item.localId);
    const QJsonObject before = entries.first().before.isEmpty() ? base.value_or(QJsonObject())
                                                                : mapping.toServer(lookup, entries.first().before, &ignored);
    const QJsonObject agreed = base.value_or(before);
    const QString action = actionField(mapping.resource());
    const bool hasAction = std::any_of(entries.cbegin(), entries.cend(), [](const JournalEntry &entry) { return isAction(entry.operation); });
    QJsonObject changes;
    for (const QString &field : mapping.fields()) {
        if (hasAction && field == action)
            continue;
        if (ours.value(field) != before.value(field) && ours.value(field) != agreed.value(field))
            changes.insert(field, ours.value(field));
    }
    for (const QJsonValue &value : changes) {
        if (value.isString() && value.toString().startsWith(u"local:"_s)) {
            *error = tr("The %1 was not sent: %2").arg(describe(item), referenceError);
            return {};
        }
    }
    QList<Request> requests;
    if (!changes.isEmpty())
        requests << Request{"PATCH", mapping.detailPath(*serverId), changes};
    if (hasAction && ours.value(action) != agreed.value(action)) {
        const QString detail = mapping.detailPath(*serverId);
        switch (mapping.resource()) {
        case SyncMapping::Resource::Shifts:
            requests << Request{"PATCH", detail + (ours.value(action).toBool() ? u"pin/"_s : u"unpin/"_s), {}};
            break;
        case SyncMapping::Resource::Alerts: {
            const QString status = ours.value(action).toString();
            if (status == u"RESOLVED"_s || status == u"DISMISSED"_s)
                requests << Request{"POST", detail + (status == u"RESOLVED"_s ? u"resolve/"_s : u"dismiss/"_s), {}};
            else
                requests << Request{"PATCH", detail, QJsonObject{{action, status}}};
            break;
        }
        case SyncMapping::Resource::LeaveRequests:
            if (ours.value(action).toString() == u"cancelled"_s)
                requests << Request{"POST", detail + u"cancel/"_s, {}};
            else
                requests << Request{"PATCH", detail, QJsonObject{{action, ours.value(action)}}};
            break;
        case SyncMapping::Resource::Clinicians:
        case SyncMapping::Resource::WorkingTerms:
            break;
        }
    }
    return requests;
}

StorageError SyncPusher::sending(const Item &item, const Request &request)
{
    Transaction transaction(m_workspace);
    SyncInflight inflight;
    inflight.record_type = item.mapping->recordType();
    inflight.local_id = item.localId;
    inflight.method = request.method;
    inflight.path = request.path;
    inflight.body = request.body;
    inflight.last_journal_id = item.lastJournalId;
    if (StorageError error = SyncState(m_workspace).putInflight(inflight); !error.ok())
        return error;
    return transaction.commit();
}

StorageError SyncPusher::accepted(const Item &item, const Request &request, const QJsonObject &answer, bool last)
{
    const SyncMapping &mapping = *item.mapping;
    const QString type = mapping.recordType();
    SyncState state(m_workspace);
    Transaction transaction(m_workspace);
    StorageError error;
    if (request.method == "DELETE") {
        // Unless the local id was given to a record the server has since sent.
        const std::optional<QJsonObject> base = state.base(type, item.localId);
        if (!base || !base->value(u"id"_s).isDouble() || mapping.detailPath(base->value(u"id"_s).toInteger()) == request.path)
            error = state.removeBase(type, item.localId);
    } else {
        const bool creation = request.method == "POST" && request.path == mapping.path();
        const bool isRecord = answer.value(u"id"_s).isDouble();
        RecordTable table(m_workspace, mapping.table());
        if (const std::optional<QJsonObject> row = table.get(item.localId); row && (creation || (last && isRecord))) {
            QJsonObject local = *row;
            if (creation)
                local.insert(u"server_id"_s, answer.value(u"id"_s).toInteger());
            if (last && isRecord) {
                std::optional<SyncLookup> own;
                local = withServerDecisions(m_lookup ? *m_lookup : own.emplace(m_workspace), mapping, request.body, answer, local);
            }
            qint64 id = item.localId;
            if (local != *row)
                error = state.writeFromServer(mapping.table(), u"update"_s, &id, *row, local);
        }
        if (error.ok() && isRecord)
            error = state.setBase(type, item.localId, answer);
    }
    if (error.ok())
        error = state.removeInflight(type, item.localId);
    if (error.ok())
        error = state.removeRefusal(type, item.localId);
    if (error.ok() && last)
        error = state.markSynced(type, item.localId, item.lastJournalId);
    if (!error.ok())
        return error;
    return transaction.commit();
}

StorageError SyncPusher::settled(const Item &item)
{
    Transaction transaction(m_workspace);
    SyncState state(m_workspace);
    StorageError error = state.markSynced(item.mapping->recordType(), item.localId, item.lastJournalId);
    // Unless the local id was given to another record since.
    if (error.ok() && item.deleted && !RecordTable(m_workspace, item.mapping->table()).get(item.localId))
        error = state.removeBase(item.mapping->recordType(), item.localId);
    if (!error.ok())
        return error;
    return transaction.commit();
}

StorageError SyncPusher::refused(const Item &item, const QString &message)
{
    Transaction transaction(m_workspace);
    SyncState state(m_workspace);
    StorageError error = state.removeInflight(item.mapping->recordType(), item.localId);
    if (error.ok())
        error = state.putRefusal(item.mapping->recordType(), item.localId, item.lastJournalId, message);
    if (!error.ok())
        return error;
    return transaction.commit();
}
