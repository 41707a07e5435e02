#include "journalreplay.h"

#include "journal.h"
#include "recordtable.h"
#include "recordtraits.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const TableSpec *specOf(const QString &recordType)
{
    for (const TableSpec *spec : recordTableSpecs()) {
        if (spec->recordType == recordType)
            return spec;
    }
    return nullptr;
}

// Bookkeeping the store stamps on every write; two states that differ only there are the same.
QJsonObject withoutStamps(QJsonObject row)
{
    for (const QString &key : {u"modified_at"_s, u"modified_by"_s, u"updated_at"_s})
        row.remove(key);
    return row;
}

} // namespace

JournalReplay::JournalReplay(Workspace &workspace)
    : m_workspace(workspace)
{
}

StorageError JournalReplay::revert(const QList<JournalEntry> &entries)
{
    return write(entries, true);
}

StorageError JournalReplay::reapply(const QList<JournalEntry> &entries)
{
    return write(entries, false);
}

StorageError JournalReplay::write(const QList<JournalEntry> &entries, bool backwards)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const JournalEntry &entry = entries.at(backwards ? entries.size() - 1 - n : n);
        const TableSpec *spec = specOf(entry.record_type);
        if (!spec)
            return {StorageError::Kind::Other, tr("The journal names a record type this version does not know: %1.").arg(entry.record_type), {}};
        RecordTable table(m_workspace, *spec);
        const QJsonObject expected = backwards ? entry.after : entry.before; // how the record must be now
        const QJsonObject wanted = backwards ? entry.before : entry.after;
        const std::optional<QJsonObject> current = table.get(entry.local_id);
        const bool asExpected = expected.isEmpty() ? !current : (current && withoutStamps(*current) == withoutStamps(expected));
        if (!asExpected) {
            return {StorageError::Kind::Conflict,
                    tr("The %1 has been changed since; it is left as it is now.").arg(table.label(entry.local_id)), {}};
        }
        StorageError error;
        QString operation;
        if (wanted.isEmpty()) {
            error = table.remove(entry.local_id);
            operation = u"delete"_s;
        } else if (!current) {
            error = table.insertWithId(wanted);
            operation = u"create"_s;
        } else {
            error = table.update(wanted);
            operation = u"update"_s;
        }
        if (!error.ok())
            return error;
        JournalEntry replayed;
        replayed.record_type = entry.record_type;
        replayed.local_id = entry.local_id;
        replayed.operation = operation;
        replayed.before = current.value_or(QJsonObject());
        replayed.after = wanted;
        if (StorageError journalError = Journal(m_workspace).append(replayed); !journalError.ok())
            return journalError;
    }
    return transaction.commit();
}
