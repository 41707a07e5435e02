#include "syncqueuemodel.h"

#include "storage/recordtable.h"
#include "syncconflictmodel.h"
#include "storage/workspace.h"
#include "sync/syncmapping.h"
#include "sync/syncstate.h"
#include "workspacesession.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// A name where the record has one, else its dates.
QString describe(const QJsonObject &record)
{
    for (const QString &field : {u"name"_s, u"code"_s, u"message"_s}) {
        if (const QString text = record.value(field).toString(); !text.isEmpty())
            return text;
    }
    const QString date = record.value(u"date"_s).toString();
    if (!date.isEmpty())
        return date;
    const QString start = record.value(u"start_date"_s).toString();
    const QString end = record.value(u"end_date"_s).toString();
    if (!start.isEmpty() && !end.isEmpty() && end != start)
        return SyncQueueModel::tr("%1 to %2").arg(start, end);
    return start;
}

QString operationName(const QString &first, const QString &last, bool gone)
{
    if (gone)
        return SyncQueueModel::tr("Deleted");
    if (first == u"create"_s)
        return SyncQueueModel::tr("Created");
    if (last == u"pin"_s)
        return SyncQueueModel::tr("Pinned");
    if (last == u"unpin"_s)
        return SyncQueueModel::tr("Unpinned");
    if (last == u"cancel"_s)
        return SyncQueueModel::tr("Cancelled");
    if (last == u"resolve"_s)
        return SyncQueueModel::tr("Resolved");
    if (last == u"dismiss"_s)
        return SyncQueueModel::tr("Dismissed");
    return SyncQueueModel::tr("Changed");
}

} // namespace

SyncQueueModel::SyncQueueModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::workspaceChanged, this, &SyncQueueModel::reload);
    connect(session, &WorkspaceSession::dataChanged, this, &SyncQueueModel::reload);
    reload();
}

QList<SyncQueueModel::Row> SyncQueueModel::read(Workspace &workspace)
{
    QStringList types;
    for (const SyncMapping &mapping : SyncMapping::all())
        types << mapping.recordType();
    QList<Row> rows;
    QHash<std::pair<QString, qint64>, qsizetype> index;
    QHash<qsizetype, std::pair<QString, QString>> operations; // first and last operation of a row
    for (const JournalEntry &entry : SyncState(workspace).unsynced(types)) {
        const std::pair key{entry.record_type, entry.local_id};
        if (!index.contains(key)) {
            index.insert(key, rows.size());
            operations.insert(rows.size(), {entry.operation, entry.operation});
            Row row;
            row.recordType = entry.record_type;
            row.localId = entry.local_id;
            row.since = QDateTime::fromString(entry.at, Qt::ISODate).toUTC();
            rows << row;
        }
        operations[index.value(key)].second = entry.operation;
        rows[index.value(key)].record = describe(entry.after.isEmpty() ? entry.before : entry.after);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        const SyncMapping *mapping = SyncMapping::forRecordType(row.recordType);
        row.typeName = SyncConflictModel::typeName(row.recordType);
        const std::optional<QJsonObject> current = RecordTable(workspace, mapping->table()).get(row.localId);
        if (current)
            row.record = describe(*current);
        const auto &[first, last] = operations.value(i);
        row.operation = operationName(first, last, !current);
    }
    return rows;
}

void SyncQueueModel::reload()
{
    beginResetModel();
    Workspace *workspace = m_session->workspace();
    m_rows = workspace ? read(*workspace) : QList<Row>();
    endResetModel();
}

int SyncQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case TypeColumn:
        return row.typeName;
    case RecordColumn:
        return row.record;
    case OperationColumn:
        return row.operation;
    case SinceColumn:
        return QLocale().toString(row.since.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SyncQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case RecordColumn:
        return tr("Record");
    case OperationColumn:
        return tr("Change");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}
