#include "syncpuller.h"

#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/transaction.h"
#include "storage/workspace.h"
#include "synclookup.h"
#include "syncstate.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject pick(const QJsonObject &record, const QStringList &fields)
{
    QJsonObject picked;
    for (const QString &field : fields)
        picked.insert(field, record.value(field));
    return picked;
}

QStringList differing(const QJsonObject &a, const QJsonObject &b, const QStringList &fields)
{
    QStringList changed;
    for (const QString &field : fields) {
        if (a.value(field) != b.value(field))
            changed << field;
    }
    return changed;
}

bool isServerId(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() > 0;
}

} // namespace

SyncPuller::SyncPuller(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString SyncPuller::recordError(const SyncMapping &mapping, const QJsonValue &id, const QString &field, const QString &message) const
{
    const QString record = isServerId(id) ? QString::number(id.toInteger()) : tr("without an id");
    return tr("The server's %1 record %2 was not taken, and nothing of %1 was changed: %3: %4")
        .arg(mapping.name(), record, field, message);
}

std::optional<QSet<qint64>> SyncPuller::apply(const SyncMapping &mapping, const QJsonArray &records, SyncReport &report)
{
    SyncLookup lookup(m_workspace);
    RecordTable table(m_workspace, mapping.table());
    // Every record is checked before the first is written, so that a bad one changes nothing.
    QSet<qint64> ids;
    lookup.setNoteMissingTypes(mapping.resource() == SyncMapping::Resource::Shifts);
    for (const QJsonValue &value : records) {
        if (!value.isObject()) {
            report.errors << recordError(mapping, {}, tr("record"), tr("The list holds something that is not a record."));
            return std::nullopt;
        }
        const QJsonObject theirs = value.toObject();
        if (!isServerId(theirs.value(u"id"_s))) {
            report.errors << recordError(mapping, {}, u"id"_s, tr("The record has no valid id."));
            return std::nullopt;
        }
        const qint64 serverId = theirs.value(u"id"_s).toInteger();
        if (ids.contains(serverId)) {
            report.errors << recordError(mapping, serverId, u"id"_s, tr("The id appears twice in the list."));
            return std::nullopt;
        }
        ids.insert(serverId);
        const QList<QJsonObject> current = table.select(u"WHERE server_id = ?"_s, {serverId});
        FieldErrors errors;
        (void)mapping.toLocal(lookup, theirs, current.isEmpty() ? QJsonObject() : current.first(), &errors);
        if (!errors.isEmpty()) {
            report.errors << recordError(mapping, serverId, errors.first().field, errors.first().message);
            return std::nullopt;
        }
    }
    if (!lookup.missingTypes().isEmpty() && !createMissingTypes(lookup.missingTypes(), report))
        return std::nullopt;
    lookup.setNoteMissingTypes(false);
    lookup.reload();
    for (const QJsonValue &value : records)
        applyOne(mapping, lookup, value.toObject(), report);
    return ids;
}

bool SyncPuller::createMissingTypes(const QList<ShiftType> &types, SyncReport &report)
{
    Transaction transaction(m_workspace);
    SyncState state(m_workspace);
    for (ShiftType type : types) {
        if (const FieldErrors errors = type.validate(); !errors.isEmpty()) {
            report.errors << tr("The server's shifts were not taken: the shift type \"%1\" they use is not in the workspace and "
                                "cannot be created: %2")
                                 .arg(type.code, joinFieldErrors(errors));
            return false;
        }
        QJsonObject row = type.toJson();
        row.remove(u"id"_s);
        qint64 id = 0;
        if (StorageError error = state.writeFromServer(RecordTraits<ShiftType>::spec(), u"create"_s, &id, {}, row); !error.ok()) {
            report.errors << error.message;
            return false;
        }
    }
    if (StorageError error = transaction.commit(); !error.ok()) {
        report.errors << error.message;
        return false;
    }
    return true;
}

void SyncPuller::applyOne(const SyncMapping &mapping, SyncLookup &lookup, const QJsonObject &theirs, SyncReport &report)
{
    SyncState state(m_workspace);
    RecordTable table(m_workspace, mapping.table());
    const QString type = mapping.recordType();
    const qint64 serverId = theirs.value(u"id"_s).toInteger();
    const QStringList fields = mapping.fields();
    const QList<QJsonObject> rows = table.select(u"WHERE server_id = ?"_s, {serverId});

    Transaction transaction(m_workspace);
    auto fail = [&](const StorageError &error) { report.errors << recordError(mapping, serverId, tr("record"), error.message); };
    if (rows.isEmpty()) {
        // A record deleted here but not yet on the server stays deleted: the push deletes it there.
        for (const JournalEntry &entry : state.unsynced({type})) {
            if (entry.operation == u"delete"_s && entry.before.value(u"server_id"_s).toInteger() == serverId)
                return;
        }
        FieldErrors errors;
        QJsonObject local = mapping.toLocal(lookup, theirs, {}, &errors);
        local.remove(u"id"_s);
        local.insert(u"server_id"_s, serverId);
        qint64 id = 0;
        if (StorageError error = state.writeFromServer(mapping.table(), u"create"_s, &id, {}, local); !error.ok())
            return fail(error);
        if (StorageError error = state.setBase(type, id, theirs); !error.ok())
            return fail(error);
        if (StorageError error = transaction.commit(); !error.ok())
            return fail(error);
        ++report.pulled;
        return;
    }

    const QJsonObject current = rows.first();
    const qint64 localId = current.value(u"id"_s).toInteger();
    const std::optional<QJsonObject> base = state.base(type, localId);
    if (std::optional<SyncConflict> conflict = state.conflict(type, localId)) {
        // Still waiting for the user: keep the server's latest version beside it.
        if (conflict->theirs != theirs) {
            conflict->theirs = theirs;
            if (StorageError error = state.putConflict(*conflict); !error.ok() || !(error = transaction.commit()).ok())
                fail(error);
        }
        return;
    }
    if (base && pick(*base, fields) == pick(theirs, fields))
        return;

    const QList<JournalEntry> unsynced = state.unsyncedFor(type, localId);
    QJsonObject wanted = theirs;
    if (!unsynced.isEmpty()) {
        QString ignored;
        const QJsonObject ours = mapping.toServer(lookup, current, &ignored);
        const QJsonObject before = unsynced.first().before.isEmpty() ? (base ? *base : ours)
                                                                     : mapping.toServer(lookup, unsynced.first().before, &ignored);
        const QStringList ourFields = differing(ours, before, fields);
        const QStringList theirFields = differing(theirs, base ? *base : before, fields);
        QStringList both;
        for (const QString &field : ourFields) {
            if (theirFields.contains(field) && ours.value(field) != theirs.value(field))
                both << field;
        }
        if (!both.isEmpty()) {
            SyncConflict conflict;
            conflict.record_type = type;
            conflict.local_id = localId;
            conflict.server_id = serverId;
            conflict.base = base ? *base : QJsonObject();
            conflict.ours = ours;
            conflict.theirs = theirs;
            conflict.fields = both;
            if (StorageError error = state.putConflict(conflict); !error.ok())
                return fail(error);
            if (StorageError error = transaction.commit(); !error.ok())
                return fail(error);
            ++report.conflicts;
            return;
        }
        for (const QString &field : ourFields)
            wanted.insert(field, ours.value(field));
    }
    FieldErrors errors;
    const QJsonObject local = mapping.toLocal(lookup, wanted, current, &errors);
    if (!errors.isEmpty()) {
        report.errors << recordError(mapping, serverId, errors.first().field, errors.first().message);
        return;
    }
    qint64 id = localId;
    if (local != current) {
        if (StorageError error = state.writeFromServer(mapping.table(), u"update"_s, &id, current, local); !error.ok())
            return fail(error);
    }
    if (StorageError error = state.setBase(type, localId, theirs); !error.ok())
        return fail(error);
    if (StorageError error = transaction.commit(); !error.ok())
        return fail(error);
    ++report.pulled;
}

void SyncPuller::applyDeletions(const SyncMapping &mapping, const QSet<qint64> &serverIds, const std::optional<Window> &window,
                                SyncReport &report)
{
    SyncState state(m_workspace);
    RecordTable table(m_workspace, mapping.table());
    const QString type = mapping.recordType();
    const QList<QJsonObject> rows = window ? table.select(u"WHERE server_id IS NOT NULL AND date >= ? AND date <= ?"_s,
                                                          {window->from.toString(Qt::ISODate), window->to.toString(Qt::ISODate)})
                                           : table.select(u"WHERE server_id IS NOT NULL"_s);
    for (const QJsonObject &row : rows) {
        const qint64 serverId = row.value(u"server_id"_s).toInteger();
        if (serverIds.contains(serverId))
            continue;
        qint64 localId = row.value(u"id"_s).toInteger();
        Transaction transaction(m_workspace);
        StorageError error;
        if (!state.unsyncedFor(type, localId).isEmpty()) {
            if (state.conflict(type, localId))
                continue;
            SyncConflict conflict;
            conflict.record_type = type;
            conflict.local_id = localId;
            conflict.server_id = serverId;
            conflict.base = state.base(type, localId).value_or(QJsonObject());
            QString ignored;
            SyncLookup lookup(m_workspace);
            conflict.ours = mapping.toServer(lookup, row, &ignored);
            conflict.fields = mapping.fields();
            error = state.putConflict(conflict);
            if (error.ok() && (error = transaction.commit()).ok())
                ++report.conflicts;
        } else {
            error = state.writeFromServer(mapping.table(), u"delete"_s, &localId, row, {});
            if (error.ok())
                error = state.removeBase(type, localId);
            if (error.ok() && (error = transaction.commit()).ok())
                ++report.pulled;
        }
        if (!error.ok())
            report.errors << tr("The %1 record %2, which the server deleted, was kept: %3").arg(mapping.name()).arg(serverId).arg(error.message);
    }
}
