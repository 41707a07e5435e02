#pragma once

#include "storageerror.h"
#include "tablespec.h"

#include <QJsonObject>
#include <QList>
#include <QVariantList>
#include <optional>

class Workspace;

// Row access for one table in terms of JSON objects, through prepared statements with bound
// values only. Repository<T> puts types, validation, transactions and the journal on top.
class RecordTable
{
    Q_DECLARE_TR_FUNCTIONS(RecordTable)

public:
    RecordTable(Workspace &workspace, const TableSpec &spec);

    const TableSpec &spec() const { return m_spec; }
    Workspace &workspace() const { return m_workspace; }

    std::optional<QJsonObject> get(qint64 id) const;
    // `clause` follows "SELECT ... FROM table": a WHERE/ORDER BY/LIMIT with ? for each bound value.
    QList<QJsonObject> select(const QString &clause, const QVariantList &values = {}) const;
    qint64 count(const QString &whereClause = {}, const QVariantList &values = {}) const;

    // These write without a transaction or journal entry of their own: callers provide both.
    [[nodiscard]] StorageError insert(const QJsonObject &row, qint64 *id);
    // Many rows through one prepared statement; ids in the order of rows.
    [[nodiscard]] StorageError insertMany(const QList<QJsonObject> &rows, QList<qint64> *ids);
    // Puts back a row under the id it had (undoing its deletion); fails if the id is taken.
    [[nodiscard]] StorageError insertWithId(const QJsonObject &row);
    [[nodiscard]] StorageError update(const QJsonObject &row);
    [[nodiscard]] StorageError remove(qint64 id);

    StorageError notFound(qint64 id) const;
    QString label(qint64 id) const; // "shift 12": how messages name the record

    // "INSERT INTO table (columns but id) VALUES (?, ...)", values in the spec's column order.
    static QString insertSql(const TableSpec &spec);
    // How a JSON value of a column of the given kind is stored, and read back.
    static QVariant toSql(const QJsonValue &value, TableSpec::Kind kind);
    static QJsonValue fromSql(const QVariant &value, TableSpec::Kind kind);

private:
    QString columnList() const;
    QVariantList values(const QJsonObject &row) const; // bound values of the columns, in order

    Workspace &m_workspace;
    TableSpec m_spec;
};
