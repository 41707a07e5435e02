#include "constrainterror.h"

#include "cachedquery.h"
#include "recordtraits.h"
#include "sqlerror.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QString recordName(const QString &table)
{
    for (const TableSpec *spec : recordTableSpecs()) {
        if (spec->table == table)
            return spec->displayName;
    }
    return table;
}

QString columnLabel(QString column)
{
    return column.replace(u'_', u' ');
}

// SQLite names the columns: "UNIQUE constraint failed: shift_types.code, shift_types.name".
QStringList failedColumns(const QString &detail)
{
    QStringList columns;
    const qsizetype colon = detail.indexOf(u':');
    if (colon < 0)
        return columns;
    for (const QString &qualified : detail.mid(colon + 1).split(u',', Qt::SkipEmptyParts))
        columns << qualified.trimmed().section(u'.', -1);
    return columns;
}

struct ForeignKey
{
    QString table;  // the table holding the reference
    QString column; // the referencing column
};

// References of `spec`'s table to records that do not exist.
FieldErrors missingReferences(const Workspace &workspace, const TableSpec &spec, const QJsonObject &row)
{
    QList<ForeignKey> parents;
    {
        CachedQuery keys(workspace, u"SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"_s, {spec.table});
        while (keys.next())
            parents.append({keys.value(0).toString(), keys.value(1).toString()});
    }
    FieldErrors errors;
    for (const ForeignKey &parent : std::as_const(parents)) {
        const QJsonValue value = row.value(parent.column);
        if (value.isNull() || value.isUndefined())
            continue;
        // Table names come from the schema, never from input.
        CachedQuery exists(workspace, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(parent.table), {value.toInteger()});
        if (!exists.scalar().isValid())
            errors.append({parent.column, QCoreApplication::translate("ConstraintError", "There is no %1 with id %2.").arg(recordName(parent.table)).arg(value.toInteger())});
    }
    return errors;
}

// The kinds of records that still refer to record `id` of `table` and keep it from being deleted.
QStringList referringRecords(const Workspace &workspace, const QString &table, qint64 id)
{
    QList<ForeignKey> children;
    {
        CachedQuery keys(workspace,
                         u"SELECT m.name, p.\"from\" FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS p "
                         "WHERE m.type = 'table' AND p.\"table\" = ? AND p.on_delete IN ('RESTRICT', 'NO ACTION')"_s,
                         {table});
        while (keys.next())
            children.append({keys.value(0).toString(), keys.value(1).toString()});
    }
    QStringList names;
    for (const ForeignKey &child : std::as_const(children)) {
        CachedQuery used(workspace, u"SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1"_s.arg(child.table, child.column), {id});
        if (used.scalar().isValid() && !names.contains(recordName(child.table)))
            names << recordName(child.table);
    }
    return names;
}

} // namespace

QString recordLabel(const TableSpec &spec, qint64 id)
{
    return id > 0 ? u"%1 %2"_s.arg(spec.displayName).arg(id) : spec.displayName;
}

StorageError recordWriteError(const Workspace &workspace, const TableSpec &spec, const QSqlError &error,
                              const QJsonObject &row, bool deleting)
{
    const QString fileName = u"\"%1\""_s.arg(QFileInfo(workspace.path()).fileName());
    StorageError result = storageErrorFromSql(error, fileName);
    if (result.kind != StorageError::Kind::Constraint)
        return result;
    const qint64 id = row.value(u"id"_s).toInteger();
    const QString record = recordLabel(spec, id);
    const QString detail = error.databaseText();
    if (deleting) {
        // Any failure of a delete is a reference that must stay; RESTRICT reports itself as a
        // trigger, NO ACTION as a foreign key.
        const QStringList names = referringRecords(workspace, spec.table, id);
        result.message = QCoreApplication::translate("ConstraintError", "The %1 cannot be deleted because other records still refer to it (%2). Delete or change them first.")
                             .arg(record, names.isEmpty() ? detail : names.join(u", "_s));
        return result;
    }
    switch (error.nativeErrorCode().toInt()) {
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        result.fieldErrors = missingReferences(workspace, spec, row);
        break;
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        for (const QString &column : failedColumns(detail))
            result.fieldErrors.append({column, QCoreApplication::translate("ConstraintError", "Another %1 already has this %2.").arg(spec.displayName, columnLabel(column))});
        break;
    case SQLITE_CONSTRAINT_NOTNULL:
        for (const QString &column : failedColumns(detail))
            result.fieldErrors.append({column, QCoreApplication::translate("ConstraintError", "A value is required.")});
        break;
    default:
        break;
    }
    const QString reason = result.fieldErrors.isEmpty() ? detail + u'.' : joinFieldErrors(result.fieldErrors);
    result.message = QCoreApplication::translate("ConstraintError", "The %1 could not be saved: %2").arg(record, reason);
    return result;
}
