#include "pulledrecordwriter.h"

#include "storage/recordtable.h"
#include "storage/tablespec.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// As RecordTable::toSql stores each kind.
void bind(SqliteStatement &statement, int index, const QJsonValue &value, TableSpec::Kind kind)
{
    if (value.isNull() || value.isUndefined()) {
        statement.bindNull(index);
        return;
    }
    switch (kind) {
    case TableSpec::Kind::Integer:
        statement.bindInt(index, value.toInteger());
        return;
    case TableSpec::Kind::Real:
        statement.bindReal(index, value.toDouble());
        return;
    case TableSpec::Kind::Text:
        statement.bindText(index, value.toString().toUtf8());
        return;
    case TableSpec::Kind::Bool:
        statement.bindInt(index, value.toBool() ? 1 : 0);
        return;
    case TableSpec::Kind::Json:
        statement.bindText(index, value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return;
    }
}

} // namespace

PulledRecordWriter::PulledRecordWriter(Workspace &workspace, const TableSpec &table, qint64 batchId, const QString &at)
    : m_workspace(workspace)
    , m_table(table)
    , m_insert(workspace.handle(), RecordTable::insertSql(table).toUtf8().constData())
    , m_journal(workspace.handle(), "INSERT INTO journal (batch_id, at, record_type, local_id, operation, before, after, user, synced) "
                                    "VALUES (?1, ?2, ?3, ?4, 'create', NULL, ?5, ?6, 1)")
    , m_base(workspace.handle(), "INSERT INTO sync_bases (record_type, local_id, base) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT(record_type, local_id) DO UPDATE SET base = excluded.base")
    , m_recordType(table.recordType.toUtf8())
    , m_at(at.toUtf8())
    , m_user(workspace.currentUser().toUtf8())
    , m_batchId(batchId)
{
}

StorageError PulledRecordWriter::failed(const SqliteStatement &statement) const
{
    return statement.error(u"\"%1\""_s.arg(QFileInfo(m_workspace.path()).fileName()));
}

StorageError PulledRecordWriter::create(const QJsonObject &local, const QByteArray &baseText, qint64 *id)
{
    for (const SqliteStatement *statement : {&m_insert, &m_journal, &m_base}) {
        if (!statement->isValid())
            return failed(*statement);
    }
    for (qsizetype i = 0; i < m_table.columns.size(); ++i)
        bind(m_insert, int(i) + 1, local.value(m_table.columns.at(i).name), m_table.columns.at(i).kind);
    if (m_insert.step() != SQLITE_DONE)
        return failed(m_insert);
    *id = m_insert.lastInsertRowId();

    QJsonObject after = local;
    after.insert(u"id"_s, *id);
    const QByteArray afterText = QJsonDocument(after).toJson(QJsonDocument::Compact);
    m_journal.bindInt(1, m_batchId);
    m_journal.bindStaticText(2, m_at);
    m_journal.bindStaticText(3, m_recordType);
    m_journal.bindInt(4, *id);
    m_journal.bindStaticText(5, afterText);
    m_journal.bindStaticText(6, m_user);
    if (m_journal.step() != SQLITE_DONE)
        return failed(m_journal);

    m_base.bindStaticText(1, m_recordType);
    m_base.bindInt(2, *id);
    m_base.bindStaticText(3, baseText);
    if (m_base.step() != SQLITE_DONE)
        return failed(m_base);
    return {};
}
