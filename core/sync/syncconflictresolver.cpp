#include "syncconflictresolver.h"

#include "storage/journal.h"
#include "storage/recordtable.h"
#include "storage/transaction.h"
#include "storage/workspace.h"
#include "synclookup.h"
#include "syncmapping.h"
#include "syncstate.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 allEntries = std::numeric_limits<qint64>::max();

StorageError validationError(const QString &message, const FieldErrors &errors)
{
    StorageError error;
    error.kind = StorageError::Kind::Validation;
    error.message = message;
    error.fieldErrors = errors;
    return error;
}

} // namespace

SyncConflictResolver::SyncConflictResolver(Workspace &workspace)
    : m_workspace(workspace)
{
}

StorageError SyncConflictResolver::find(const QString &recordType, qint64 localId, Found *found) const
{
    const std::optional<SyncConflict> conflict = SyncState(m_workspace).conflict(recordType, localId);
    found->mapping = SyncMapping::forRecordType(recordType);
    if (!conflict || !found->mapping) {
        StorageError error;
        error.kind = StorageError::Kind::NotFound;
        error.message = tr("The %1 record %2 has no sync conflict to resolve.").arg(recordType).arg(localId);
        return error;
    }
    found->conflict = *conflict;
    found->row = RecordTable(m_workspace, found->mapping->table()).get(localId);
    return {};
}

StorageError SyncConflictResolver::finish(const Found &found, qint64 localId)
{
    SyncState state(m_workspace);
    const QString type = found.conflict.record_type;
    StorageError error = found.conflict.theirs.isEmpty() ? state.removeBase(type, localId) : state.setBase(type, localId, found.conflict.theirs);
    if (error.ok())
        error = state.removeConflict(type, found.conflict.local_id);
    if (error.ok())
        error = state.removeRefusal(type, found.conflict.local_id);
    return error;
}

StorageError SyncConflictResolver::writeResolved(const Found &found, QJsonObject after)
{
    const SyncMapping &mapping = *found.mapping;
    const qint64 localId = found.conflict.local_id;
    SyncState state(m_workspace);
    QJsonObject current = *found.row;
    after.insert(u"id"_s, localId);
    StorageError error = state.markSynced(mapping.recordType(), localId, allEntries);
    if (!error.ok())
        return error;
    if (found.conflict.theirs.isEmpty()) {
        // Deleted on the server: without a server id the record is sent as a new one.
        after.insert(u"server_id"_s, QJsonValue::Null);
    } else {
        after.insert(u"server_id"_s, current.value(u"server_id"_s));
        SyncLookup lookup(m_workspace);
        FieldErrors errors;
        const QJsonObject theirs = mapping.toLocal(lookup, found.conflict.theirs, current, &errors);
        if (!errors.isEmpty())
            return validationError(tr("The server's version of the %1 cannot be stored: %2")
                                       .arg(RecordTable(m_workspace, mapping.table()).label(localId), joinFieldErrors(errors)),
                                   errors);
        if (theirs != current) {
            qint64 id = localId;
            if (error = state.writeFromServer(mapping.table(), u"update"_s, &id, current, theirs); !error.ok())
                return error;
        }
        current = theirs;
    }
    if (after != current) {
        if (error = RecordTable(m_workspace, mapping.table()).update(after); !error.ok())
            return error;
        JournalEntry entry;
        entry.record_type = mapping.recordType();
        entry.local_id = localId;
        entry.operation = u"update"_s;
        entry.before = current;
        entry.after = after;
        if (error = Journal(m_workspace).append(entry); !error.ok())
            return error;
    }
    return finish(found, localId);
}

StorageError SyncConflictResolver::keepOurs(const QString &recordType, qint64 localId)
{
    Found found;
    if (StorageError error = find(recordType, localId, &found); !error.ok())
        return error;
    Transaction transaction(m_workspace);
    StorageError error;
    if (!found.row) {
        // Deleted here as well: the deletion stands and is pushed, unless the server has none either.
        if (found.conflict.theirs.isEmpty())
            error = SyncState(m_workspace).markSynced(recordType, localId, allEntries);
        if (error.ok())
            error = finish(found, localId);
    } else if (found.conflict.theirs.isEmpty()) {
        error = writeResolved(found, *found.row);
    } else {
        SyncLookup lookup(m_workspace);
        QString referenceError;
        const QJsonObject ours = found.mapping->toServer(lookup, *found.row, &referenceError);
        QJsonObject wanted = found.conflict.theirs;
        for (const QString &field : found.mapping->fields()) {
            if (found.conflict.base.isEmpty() || ours.value(field) != found.conflict.base.value(field))
                wanted.insert(field, ours.value(field));
        }
        FieldErrors errors;
        const QJsonObject after = referenceError.isEmpty() ? found.mapping->toLocal(lookup, wanted, *found.row, &errors) : *found.row;
        error = errors.isEmpty() ? writeResolved(found, after)
                                 : validationError(tr("The %1 cannot be kept: %2")
                                                       .arg(RecordTable(m_workspace, found.mapping->table()).label(localId),
                                                            joinFieldErrors(errors)),
                                                   errors);
    }
    if (!error.ok())
        return error;
    return transaction.commit();
}

StorageError SyncConflictResolver::takeTheirs(const QString &recordType, qint64 localId)
{
    Found found;
    if (StorageError error = find(recordType, localId, &found); !error.ok())
        return error;
    const SyncMapping &mapping = *found.mapping;
    SyncState state(m_workspace);
    Transaction transaction(m_workspace);
    StorageError error = state.markSynced(recordType, localId, allEntries);
    qint64 id = localId;
    if (error.ok() && found.conflict.theirs.isEmpty()) {
        if (found.row)
            error = state.writeFromServer(mapping.table(), u"delete"_s, &id, *found.row, {});
    } else if (error.ok()) {
        SyncLookup lookup(m_workspace);
        FieldErrors errors;
        QJsonObject theirs = mapping.toLocal(lookup, found.conflict.theirs, found.row.value_or(QJsonObject()), &errors);
        if (!errors.isEmpty())
            return validationError(tr("The server's version of the %1 cannot be stored: %2")
                                       .arg(RecordTable(m_workspace, mapping.table()).label(localId), joinFieldErrors(errors)),
                                   errors);
        if (!found.row) {
            // Deleted here since: it comes back as the server has it.
            theirs.remove(u"id"_s);
            theirs.insert(u"server_id"_s, *found.conflict.server_id);
            error = state.writeFromServer(mapping.table(), u"create"_s, &id, {}, theirs);
        } else if (theirs != *found.row) {
            error = state.writeFromServer(mapping.table(), u"update"_s, &id, *found.row, theirs);
        }
    }
    if (error.ok())
        error = finish(found, id);
    if (!error.ok())
        return error;
    return transaction.commit();
}

StorageError SyncConflictResolver::useEdited(const QString &recordType, qint64 localId, const QJsonObject &localRecord)
{
    Found found;
    if (StorageError error = find(recordType, localId, &found); !error.ok())
        return error;
    const QString label = RecordTable(m_workspace, found.mapping->table()).label(localId);
    if (!found.row) {
        StorageError error;
        error.kind = StorageError::Kind::NotFound;
        error.message = tr("The %1 was deleted here; keep the deletion or take the server's version.").arg(label);
        return error;
    }
    QJsonObject edited = localRecord;
    edited.insert(u"id"_s, localId);
    edited.insert(u"server_id"_s, found.row->value(u"server_id"_s));
    if (const FieldErrors errors = found.mapping->validateLocal(edited); !errors.isEmpty())
        return validationError(tr("The edited %1 was not stored: %2").arg(label, joinFieldErrors(errors)), errors);
    Transaction transaction(m_workspace);
    if (StorageError error = writeResolved(found, edited); !error.ok())
        return error;
    return transaction.commit();
}
