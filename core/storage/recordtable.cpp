#include "recordtable.h"

#include "sqlerror.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
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

QVariant RecordTable::toSql(const QJsonValue &value, TableSpec::Kind kind) const
{
    if (value.isNull() || value.isUndefined()) {
        switch (kind) {
        case TableSpec::Kind::Integer:
        case TableSpec::Kind::Bool:
            return QVariant(QMetaType::fromType<qint64>());
        case TableSpec::Kind::Real:
            return QVariant(QMetaType::fromType<double>());
        case TableSpec::Kind::Text:
        case TableSpec::Kind::Json:
            return QVariant(QMetaType::fromType<QString>());
        }
    }
    switch (kind) {
    case TableSpec::Kind::Integer:
        return QVariant::fromValue<qint64>(value.toInteger());
    case TableSpec::Kind::Real:
        return value.toDouble();
    case TableSpec::Kind::Text: {
        // Qt binds a null QString as SQL NULL; an empty text field is '' in the table.
        const QString text = value.toString();
        return text.isNull() ? QString(u""_s) : text;
    }
    case TableSpec::Kind::Bool:
        return QVariant::fromValue<qint64>(value.toBool() ? 1 : 0);
    case TableSpec::Kind::Json:
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue RecordTable::fromSql(const QVariant &value, TableSpec::Kind kind) const
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
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM %2 %3"_s.arg(columnList(), m_spec.table, clause));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<QJsonObject> rows;
    if (!query.exec())
        return rows;
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
    QSqlQuery query(m_workspace.database());
    query.prepare(u"SELECT count(*) FROM %1 %2"_s.arg(m_spec.table, whereClause));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

StorageError RecordTable::insert(const QJsonObject &row, qint64 *id)
{
    QList<qint64> ids;
    StorageError error = insertMany({row}, &ids);
    if (error.ok())
        *id = ids.constFirst();
    return error;
}

StorageError RecordTable::insertMany(const QList<QJsonObject> &rows, QList<qint64> *ids)
{
    QStringList names;
    QStringList placeholders;
    for (const TableSpec::Column &column : m_spec.columns) {
        names << column.name;
        placeholders << u"?"_s;
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_spec.table, names.join(u", "_s), placeholders.join(u", "_s)));
    ids->reserve(ids->size() + rows.size());
    for (const QJsonObject &row : rows) {
        for (qsizetype i = 0; i < m_spec.columns.size(); ++i)
            query.bindValue(int(i), toSql(row.value(m_spec.columns.at(i).name), m_spec.columns.at(i).kind));
        if (!query.exec())
            return storageErrorFromSql(query.lastError(), tr("The %1").arg(m_spec.displayName));
        ids->append(query.lastInsertId().toLongLong());
    }
    return {};
}

StorageError RecordTable::update(const QJsonObject &row)
{
    QStringList assignments;
    for (const TableSpec::Column &column : m_spec.columns)
        assignments << column.name + u" = ?"_s;
    QSqlQuery query(m_workspace.database());
    query.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(m_spec.table, assignments.join(u", "_s)));
    for (const TableSpec::Column &column : m_spec.columns)
        query.addBindValue(toSql(row.value(column.name), column.kind));
    const qint64 id = row.value(u"id"_s).toInteger();
    query.addBindValue(id);
    if (!query.exec())
        return storageErrorFromSql(query.lastError(), tr("The %1").arg(m_spec.displayName));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

StorageError RecordTable::remove(qint64 id)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(m_spec.table));
    query.addBindValue(id);
    if (!query.exec())
        return storageErrorFromSql(query.lastError(), tr("The %1 %2").arg(m_spec.displayName).arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

StorageError RecordTable::notFound(qint64 id) const
{
    return {StorageError::Kind::NotFound, tr("There is no %1 with id %2 in %3.").arg(m_spec.displayName).arg(id).arg(QFileInfo(m_workspace.path()).fileName()), {}};
}
