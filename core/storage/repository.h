#pragma once

#include "journal.h"
#include "recordtable.h"
#include "recordtraits.h"
#include "transaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// Journaled CRUD for one record type T (a value type with toJson/fromJson/validate). Every
// write validates the record, runs in one transaction and appends its journal entry (with the
// state before and after) in that same transaction, so an acknowledged edit is never lost and
// never half-written.
template <typename T>
class Repository
{
public:
    explicit Repository(Workspace &workspace)
        : m_table(workspace, RecordTraits<T>::spec())
    {
    }

    std::optional<T> get(qint64 id) const { return toRecord(m_table.get(id)); }

    std::optional<T> findByServerId(qint64 serverId) const
    {
        return first(QStringLiteral("WHERE server_id = ?"), {serverId});
    }

    qint64 count() const { return m_table.count(); }

    [[nodiscard]] StorageError create(T &record)
    {
        if (StorageError error = validated(record); !error.ok())
            return error;
        stamp(record, true);
        Transaction transaction(m_table.workspace());
        if (!transaction.beginError().ok())
            return transaction.beginError();
        qint64 id = 0;
        if (StorageError error = m_table.insert(record.toJson(), &id); !error.ok())
            return error;
        record.id = id;
        if (StorageError error = journal(QStringLiteral("create"), id, {}, record.toJson()); !error.ok())
            return error;
        return transaction.commit();
    }

    // Puts a deleted record back under its old id (undo of a delete), journaled as a creation.
    [[nodiscard]] StorageError restore(const T &record)
    {
        if (StorageError error = validated(record); !error.ok())
            return error;
        Transaction transaction(m_table.workspace());
        if (!transaction.beginError().ok())
            return transaction.beginError();
        const QJsonObject row = record.toJson();
        if (StorageError error = m_table.insertWithId(row); !error.ok())
            return error;
        if (StorageError error = journal(QStringLiteral("create"), record.id, {}, row); !error.ok())
            return error;
        return transaction.commit();
    }
    [[nodiscard]] StorageError update(T &record) { return write(QStringLiteral("update"), record); }

    // A named action (pin, unpin, cancel, resolve, dismiss, ...): stores `after` and journals it
    // under that operation, so sync can send the server's action endpoint.
    [[nodiscard]] StorageError applyAction(const QString &operation, T &after) { return write(operation, after); }

    [[nodiscard]] StorageError remove(qint64 id)
    {
        Transaction transaction(m_table.workspace());
        if (!transaction.beginError().ok())
            return transaction.beginError();
        const std::optional<QJsonObject> before = m_table.get(id);
        if (!before)
            return m_table.notFound(id);
        if (StorageError error = m_table.remove(id); !error.ok())
            return error;
        if (StorageError error = journal(QStringLiteral("delete"), id, *before, {}); !error.ok())
            return error;
        return transaction.commit();
    }

protected:
    QList<T> select(const QString &clause, const QVariantList &values = {}) const
    {
        QList<T> records;
        const QList<QJsonObject> rows = m_table.select(clause, values);
        records.reserve(rows.size());
        for (const QJsonObject &row : rows)
            records.append(T::fromJson(row));
        return records;
    }

    std::optional<T> first(const QString &clause, const QVariantList &values) const
    {
        const QList<QJsonObject> rows = m_table.select(clause + QStringLiteral(" LIMIT 1"), values);
        return rows.isEmpty() ? std::nullopt : std::optional<T>(T::fromJson(rows.first()));
    }

    qint64 countWhere(const QString &whereClause, const QVariantList &values) const
    {
        return m_table.count(whereClause, values);
    }

    Workspace &workspace() const { return m_table.workspace(); }
    StorageError notFound(qint64 id) const { return m_table.notFound(id); }
    RecordTable &table() { return m_table; }

    StorageError validated(const T &record) const
    {
        const FieldErrors errors = record.validate();
        if (errors.isEmpty())
            return {};
        return {StorageError::Kind::Validation,
                QCoreApplication::translate("Repository", "The %1 is not valid: %2").arg(m_table.label(record.id), joinFieldErrors(errors)),
                errors};
    }

private:
    static std::optional<T> toRecord(const std::optional<QJsonObject> &row)
    {
        return row ? std::optional<T>(T::fromJson(*row)) : std::nullopt;
    }

    StorageError write(const QString &operation, T &record)
    {
        if (StorageError error = validated(record); !error.ok())
            return error;
        Transaction transaction(m_table.workspace());
        if (!transaction.beginError().ok())
            return transaction.beginError();
        const std::optional<QJsonObject> before = m_table.get(record.id);
        if (!before)
            return m_table.notFound(record.id);
        stamp(record, false);
        const QJsonObject after = record.toJson();
        if (StorageError error = m_table.update(after); !error.ok())
            return error;
        if (StorageError error = journal(operation, record.id, *before, after); !error.ok())
            return error;
        return transaction.commit();
    }

    StorageError journal(const QString &operation, qint64 id, const QJsonObject &before, const QJsonObject &after)
    {
        JournalEntry entry;
        entry.record_type = m_table.spec().recordType;
        entry.local_id = id;
        entry.operation = operation;
        entry.before = before;
        entry.after = after;
        return Journal(m_table.workspace()).append(entry);
    }

    // Fills the bookkeeping fields a record type has.
    void stamp(T &record, bool creating) const
    {
        const Workspace &ws = m_table.workspace();
        const QString now = ws.nowIso();
        if constexpr (requires { record.created_at; }) {
            if (creating && record.created_at.isEmpty())
                record.created_at = now;
        }
        if constexpr (requires { record.updated_at; })
            record.updated_at = now;
        if constexpr (requires { record.created_by; }) {
            if (creating && record.created_by.isEmpty())
                record.created_by = ws.currentUser();
        }
        // modified_* stay empty until the first change after creation.
        if constexpr (requires { record.modified_at; }) {
            if (!creating) {
                record.modified_at = now;
                record.modified_by = ws.currentUser();
            }
        }
        if constexpr (requires { record.requested_at; }) {
            if (creating && record.requested_at.isEmpty())
                record.requested_at = now;
        }
    }

    RecordTable m_table;
};
