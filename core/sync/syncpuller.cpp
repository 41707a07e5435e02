#include "syncpuller.h"

#include "pulledrecordwriter.h"
#include "storage/cachedquery.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"
#include "storage/workspace.h"
#include "synclookup.h"
#include "syncstate.h"

#include <sqlite3.h>

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

// Records per commit: large enough that syncing the file is a small part of storing a list.
constexpr qsizetype chunkSize = 2000;

bool isServerId(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() > 0;
}

} // namespace

SyncPuller::SyncPuller(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString SyncPuller::storeError(const SyncMapping &mapping, qint64 serverId, const QString &message) const
{
    return tr("The server's %1 record %2 could not be stored: %3").arg(mapping.name()).arg(serverId).arg(message);
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
    const QString type = mapping.recordType();
    // Every record is checked before the first is written, so that a bad one changes nothing.
    QSet<qint64> ids;
    QList<Pulled> pulled;
    lookup.setNoteMissingTypes(mapping.resource() == SyncMapping::Resource::Shifts);
    // Ids, bases and conflicts are read once for the whole list, so that a new record costs no
    // search of the table and a record the server left as it was costs nothing more than
    // comparing its text with the base's.
    const QHash<qint64, qint64> localIds = serverToLocalIds(mapping);
    const QHash<qint64, QByteArray> bases = baseTexts(type);
    QSet<qint64> conflicted;
    for (const SyncConflict &conflict : SyncState(m_workspace).conflicts()) {
        if (conflict.record_type == type)
            conflicted.insert(conflict.local_id);
    }
    for (const QJsonValue &value : records) {
        if (!value.isObject()) {
            report.errors << recordError(mapping, {}, tr("record"), tr("The list holds something that is not a record."));
            return std::nullopt;
        }
        Pulled record;
        record.theirs = value.toObject();
        if (!isServerId(record.theirs.value(u"id"_s))) {
            report.errors << recordError(mapping, {}, u"id"_s, tr("The record has no valid id."));
            return std::nullopt;
        }
        record.serverId = record.theirs.value(u"id"_s).toInteger();
        if (ids.contains(record.serverId)) {
            report.errors << recordError(mapping, record.serverId, u"id"_s, tr("The id appears twice in the list."));
            return std::nullopt;
        }
        ids.insert(record.serverId);
        record.theirsText = SyncState::baseText(record.theirs);
        if (const auto local = localIds.constFind(record.serverId); local != localIds.cend()) {
            if (!conflicted.contains(*local) && bases.value(*local) == record.theirsText)
                continue;
            record.current = table.get(*local);
        }
        FieldErrors errors;
        record.local = mapping.toLocal(lookup, record.theirs, record.current.value_or(QJsonObject()), &errors);
        if (!errors.isEmpty()) {
            report.errors << recordError(mapping, record.serverId, errors.first().field, errors.first().message);
            return std::nullopt;
        }
        pulled.append(std::move(record));
    }
    lookup.setNoteMissingTypes(false);
    if (!lookup.missingTypes().isEmpty()) {
        QHash<QString, qint64> created;
        if (!createMissingTypes(lookup.missingTypes(), &created, report))
            return std::nullopt;
        // A type is created exactly as its stand-in was, so the shifts converted with the stand-in
        // differ only by the type's id.
        for (Pulled &record : pulled) {
            if (const auto created_type = created.constFind(record.theirs.value(u"type"_s).toString()); created_type != created.cend())
                record.local.insert(u"shift_type_id"_s, *created_type);
        }
        lookup.reload();
    }
    // A record deleted here but not yet on the server stays deleted: the push deletes it there.
    QSet<qint64> deletedHere;
    for (const JournalEntry &entry : SyncState(m_workspace).unsynced({type})) {
        if (entry.operation == u"delete"_s)
            deletedHere.insert(entry.before.value(u"server_id"_s).toInteger());
    }
    for (qsizetype next = 0; next < pulled.size();)
        next = storeChunk(mapping, lookup, pulled, next, deletedHere, report);
    return ids;
}

QHash<qint64, qint64> SyncPuller::serverToLocalIds(const SyncMapping &mapping) const
{
    QHash<qint64, qint64> localIds;
    const QByteArray sql = "SELECT server_id, id FROM " + mapping.table().table.toLatin1() + " WHERE server_id IS NOT NULL";
    SqliteStatement query(m_workspace.handle(), sql.constData());
    while (query.isValid() && query.stepRow() == SQLITE_ROW)
        localIds.insert(query.columnInt(0), query.columnInt(1));
    return localIds;
}

QHash<qint64, QByteArray> SyncPuller::baseTexts(const QString &recordType) const
{
    QHash<qint64, QByteArray> bases;
    SqliteStatement query(m_workspace.handle(), "SELECT local_id, base FROM sync_bases WHERE record_type = ?1");
    if (!query.isValid())
        return bases;
    const QByteArray type = recordType.toUtf8();
    query.bindStaticText(1, type);
    while (query.stepRow() == SQLITE_ROW)
        bases.insert(query.columnInt(0), query.columnText(1).toByteArray());
    return bases;
}

bool SyncPuller::createMissingTypes(const QList<ShiftType> &types, QHash<QString, qint64> *created, SyncReport &report)
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
        created->insert(type.code, id);
    }
    if (StorageError error = transaction.commit(); !error.ok()) {
        report.errors << error.message;
        return false;
    }
    return true;
}

qsizetype SyncPuller::storeChunk(const SyncMapping &mapping, SyncLookup &lookup, const QList<Pulled> &records, qsizetype first,
                                 const QSet<qint64> &deletedHere, SyncReport &report)
{
    const qsizetype end = std::min(first + chunkSize, records.size());
    {
        // Nearly always every record can be stored: the chunk is written without a savepoint per
        // record, and only a chunk where one fails is written again record by record.
        Transaction chunk(m_workspace);
        if (!chunk.beginError().ok()) {
            for (qsizetype i = first; i < end; ++i)
                report.errors << storeError(mapping, records.at(i).serverId, chunk.beginError().message);
            return end;
        }
        SyncReport attempt;
        int pulled = 0;
        int conflicts = 0;
        PulledRecordWriter writer(m_workspace, mapping.table(), chunk.batchId(), m_workspace.now().toString(Qt::ISODateWithMs));
        qsizetype next = first;
        for (; next < end; ++next) {
            const Outcome outcome = applyOne(mapping, lookup, records.at(next), deletedHere, attempt, &writer);
            if (outcome == Outcome::Failed)
                break;
            pulled += outcome == Outcome::Pulled;
            conflicts += outcome == Outcome::Conflict;
        }
        if (next == end && chunk.commit().ok()) {
            report.pulled += pulled;
            report.conflicts += conflicts;
            return end;
        }
    }
    return storeIsolated(mapping, lookup, records, first, end, deletedHere, report);
}

qsizetype SyncPuller::storeIsolated(const SyncMapping &mapping, SyncLookup &lookup, const QList<Pulled> &records, qsizetype first,
                                    qsizetype end, const QSet<qint64> &deletedHere, SyncReport &report)
{
    Transaction chunk(m_workspace);
    if (const StorageError &error = chunk.beginError(); !error.ok()) {
        for (qsizetype i = first; i < end; ++i)
            report.errors << storeError(mapping, records.at(i).serverId, error.message);
        return end;
    }
    QList<qint64> written;
    SyncReport attempt;
    int pulled = 0;
    int conflicts = 0;
    qsizetype next = first;
    while (next < end) {
        const Pulled &record = records.at(next++);
        Outcome outcome = Outcome::Failed;
        {
            Transaction savepoint(m_workspace);
            if (savepoint.beginError().ok())
                outcome = applyOne(mapping, lookup, record, deletedHere, attempt, nullptr);
            if (outcome != Outcome::Failed) {
                if (StorageError error = savepoint.commit(); !error.ok()) {
                    attempt.errors << storeError(mapping, record.serverId, error.message);
                    outcome = Outcome::Failed;
                }
            } else if (!savepoint.beginError().ok()) {
                attempt.errors << storeError(mapping, record.serverId, savepoint.beginError().message);
            }
        }
        if (outcome == Outcome::Failed) {
            report.errors << attempt.errors;
            attempt.errors.clear();
        } else if (outcome != Outcome::Unchanged) {
            written << record.serverId;
        }
        pulled += outcome == Outcome::Pulled;
        conflicts += outcome == Outcome::Conflict;
        // After some errors (a full disk, for one) SQLite undoes the whole transaction by itself:
        // the chunk's earlier records are gone, and the rest is stored in a new chunk.
        if (outcome == Outcome::Failed && sqlite3_get_autocommit(m_workspace.handle()) != 0)
            break;
    }
    if (StorageError error = chunk.commit(); !error.ok()) {
        for (qint64 serverId : std::as_const(written))
            report.errors << storeError(mapping, serverId, error.message);
        return next;
    }
    report.pulled += pulled;
    report.conflicts += conflicts;
    return next;
}

SyncPuller::Outcome SyncPuller::applyOne(const SyncMapping &mapping, SyncLookup &lookup, const Pulled &record,
                                         const QSet<qint64> &deletedHere, SyncReport &report, PulledRecordWriter *writer)
{
    SyncState state(m_workspace);
    const QString type = mapping.recordType();
    const QJsonObject &theirs = record.theirs;
    const qint64 serverId = record.serverId;
    auto fail = [&](const StorageError &error) {
        report.errors << storeError(mapping, serverId, error.message);
        return Outcome::Failed;
    };
    if (!record.current) {
        if (deletedHere.contains(serverId))
            return Outcome::Unchanged;
        QJsonObject local = record.local;
        local.remove(u"id"_s);
        local.insert(u"server_id"_s, serverId);
        qint64 id = 0;
        if (writer) {
            if (StorageError error = writer->create(local, record.theirsText, &id); !error.ok())
                return fail(error);
            return Outcome::Pulled;
        }
        if (StorageError error = state.writeFromServer(mapping.table(), u"create"_s, &id, {}, local); !error.ok())
            return fail(error);
        if (StorageError error = state.setBaseText(type, id, record.theirsText); !error.ok())
            return fail(error);
        return Outcome::Pulled;
    }

    const QJsonObject &current = *record.current;
    const qint64 localId = current.value(u"id"_s).toInteger();
    const QStringList fields = mapping.fields();
    const std::optional<QJsonObject> base = state.base(type, localId);
    if (std::optional<SyncConflict> conflict = state.conflict(type, localId)) {
        // Still waiting for the user: keep the server's latest version beside it.
        if (conflict->theirs == theirs)
            return Outcome::Unchanged;
        conflict->theirs = theirs;
        if (StorageError error = state.putConflict(*conflict); !error.ok())
            return fail(error);
        return Outcome::Written;
    }
    if (base && pick(*base, fields) == pick(theirs, fields))
        return Outcome::Unchanged;

    const QList<JournalEntry> unsynced = state.unsyncedFor(type, localId);
    QJsonObject local = record.local;
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
            return Outcome::Conflict;
        }
        if (!ourFields.isEmpty()) {
            QJsonObject wanted = theirs;
            for (const QString &field : ourFields)
                wanted.insert(field, ours.value(field));
            FieldErrors errors;
            local = mapping.toLocal(lookup, wanted, current, &errors);
            if (!errors.isEmpty()) {
                report.errors << storeError(mapping, serverId, u"%1: %2"_s.arg(errors.first().field, errors.first().message));
                return Outcome::Failed;
            }
        }
    }
    qint64 id = localId;
    if (local != current) {
        if (StorageError error = state.writeFromServer(mapping.table(), u"update"_s, &id, current, local); !error.ok())
            return fail(error);
    }
    if (StorageError error = state.setBaseText(type, localId, record.theirsText); !error.ok())
        return fail(error);
    return Outcome::Pulled;
}

void SyncPuller::applyDeletions(const SyncMapping &mapping, const QSet<qint64> &serverIds, const std::optional<Window> &window,
                                SyncReport &report)
{
    SyncState state(m_workspace);
    RecordTable table(m_workspace, mapping.table());
    const QString type = mapping.recordType();
    // Only ids are read for the whole window, since nearly all of its records are usually kept.
    QList<qint64> gone;
    {
        const QString select = u"SELECT id, server_id FROM %1 WHERE server_id IS NOT NULL"_s.arg(mapping.table().table);
        CachedQuery query(m_workspace, window ? select + u" AND date >= ? AND date <= ?"_s : select,
                          window ? QVariantList{window->from.toString(Qt::ISODate), window->to.toString(Qt::ISODate)} : QVariantList{});
        while (query.next()) {
            if (!serverIds.contains(query.value(1).toLongLong()))
                gone << query.value(0).toLongLong();
        }
    }
    for (qint64 localId : std::as_const(gone)) {
        const std::optional<QJsonObject> found = table.get(localId);
        if (!found)
            continue;
        const QJsonObject &row = *found;
        const qint64 serverId = row.value(u"server_id"_s).toInteger();
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
