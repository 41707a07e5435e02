#include "recordtable.h"

#include "cachedquery.h"
#include "constrainterror.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

RecordTable::RecordTable(Workspace &workspace, const TableSpec &spec)
    : m_workspace(workspace)
    , m_spec(spec)
{
}

QString RecordTable::columnList() const
{
    QStringList names{u"id"_s};
    for (const TableSpec::Column &column : m_spec.columns)
        names << column.name;
    return names.join(u", "_s);
}

QVariant RecordTable::toSql(const QJsonValue &value, TableSpec::Kind kind)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    switch (kind) {
    case TableSpec::Kind::Integer:
        return QVariant::fromValue<qint64>(value.toInteger());
    case TableSpec::Kind::Real:
        return value.toDouble();
    case TableSpec::Kind::Text: {
        // Qt binds a null QString as SQL NULL; an empty text field is '' in the table.
        const QString text = value.toString();
        return text.isNull() ? u""_s : text;
    }
    case TableSpec::Kind::Bool:
        return QVariant::fromValue<qint64>(value.toBool() ? 1 : 0);
    case TableSpec::Kind::Json:
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue RecordTable::fromSql(const QVariant &value, TableSpec::Kind kind)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (kind) {
    case TableSpec::Kind::Integer:
        return value.toLongLong();
    case TableSpec::Kind::Real:
        return value.toDouble();
    case TableSpec::Kind::Text:
        return value.toString();
    case TableSpec::Kind::Bool:
        return value.toLongLong() != 0;
    case TableSpec::Kind::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    }
    return {};
}

std::optional<QJsonObject> RecordTable::get(qint64 id) const
{
    const QList<QJsonObject> rows = select(u"WHERE id = ?"_s, {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<QJsonObject> RecordTable::select(const QString &clause, const QVariantList &values) const
{
    CachedQuery query(m_workspace, u"SELECT %1 FROM %2 %3"_s.arg(columnList(), m_spec.table, clause), values);
    QList<QJsonObject> rows;
    while (query.next()) {
        QJsonObject row;
        row.insert(u"id"_s, query.value(0).toLongLong());
        for (qsizetype i = 0; i < m_spec.columns.size(); ++i)
            row.insert(m_spec.columns.at(i).name, fromSql(query.value(int(i) + 1), m_spec.columns.at(i).kind));
        rows.append(row);
    }
    return rows;
}

qint64 RecordTable::count(const QString &whereClause, const QVariantList &values) const
{
    return CachedQuery(m_workspace, u"SELECT count(*) FROM %1 %2"_s.arg(m_spec.table, whereClause), values).scalar().toLongLong();
}

StorageError RecordTable::insert(const QJsonObject &row, qint64 *id)
{
    QList<qint64> ids;
    StorageError error = insertMany({row}, &ids);
    if (error.ok())
        *id = ids.constFirst();
    return error;
}

QString RecordTable::insertSql(const TableSpec &spec)
{
    QStringList names;
    QStringList parameters;
    for (const TableSpec::Column &column : spec.columns) {
        names << column.name;
        parameters << u"?"_s;
    }
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(spec.table, names.join(u", "_s), parameters.join(u", "_s));
}

StorageError RecordTable::insertMany(const QList<QJsonObject> &rows, QList<qint64> *ids)
{
    const QString sql = insertSql(m_spec);
    ids->reserve(ids->size() + rows.size());
    for (const QJsonObject &row : rows) {
        CachedQuery insert(m_workspace, sql, values(row));
        if (!insert.ok())
            return recordWriteError(m_workspace, m_spec, insert.error(), row, false);
        ids->append(insert.lastInsertId());
    }
    return {};
}

StorageError RecordTable::insertWithId(const QJsonObject &row)
{
    QStringList parameters{u"?"_s};
    for (qsizetype i = 0; i < m_spec.columns.size(); ++i)
        parameters << u"?"_s;
    CachedQuery insert(m_workspace, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_spec.table, columnList(), parameters.join(u", "_s)),
                       QVariantList{row.value(u"id"_s).toInteger()} + values(row));
    if (!insert.ok())
        return recordWriteError(m_workspace, m_spec, insert.error(), row, false);
    return {};
}

StorageError RecordTable::update(const QJsonObject &row)
{
    QStringList assignments;
    for (const TableSpec::Column &column : m_spec.columns)
        assignments << column.name + u" = ?"_s;
    const qint64 id = row.value(u"id"_s).toInteger();
    CachedQuery update(m_workspace, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(m_spec.table, assignments.join(u", "_s)),
                       values(row) << id);
    if (!update.ok())
        return recordWriteError(m_workspace, m_spec, update.error(), row, false);
    if (update.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

StorageError RecordTable::remove(qint64 id)
{
    CachedQuery remove(m_workspace, u"DELETE FROM %1 WHERE id = ?"_s.arg(m_spec.table), {id});
    if (!remove.ok())
        return recordWriteError(m_workspace, m_spec, remove.error(), {{u"id"_s, id}}, true);
    if (remove.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

QVariantList RecordTable::values(const QJsonObject &row) const
{
    QVariantList values;
    values.reserve(m_spec.columns.size() + 1);
    for (const TableSpec::Column &column : m_spec.columns)
        values << toSql(row.value(column.name), column.kind);
    return values;
}

StorageError RecordTable::notFound(qint64 id) const
{
    return {StorageError::Kind::NotFound,
            tr("There is no %1 with id %2 in \"%3\".").arg(m_spec.displayName).arg(id).arg(QFileInfo(m_workspace.path()).fileName()),
            {}};
}

QString RecordTable::label(qint64 id) const
{
    return recordLabel(m_spec, id);
}
