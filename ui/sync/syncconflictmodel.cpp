#include "syncconflictmodel.h"

#include "storage/tablespec.h"
#include "storage/workspace.h"
#include "sync/syncmapping.h"
#include "sync/syncstate.h"
#include "workspacesession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SyncConflictModel::SyncConflictModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::workspaceChanged, this, &SyncConflictModel::reload);
    connect(session, &WorkspaceSession::dataChanged, this, &SyncConflictModel::reload);
    reload();
}

void SyncConflictModel::reload()
{
    beginResetModel();
    Workspace *workspace = m_session->workspace();
    m_conflicts = workspace ? SyncState(*workspace).conflicts() : QList<SyncConflict>();
    endResetModel();
}

QString SyncConflictModel::typeName(const QString &recordType)
{
    const SyncMapping *mapping = SyncMapping::forRecordType(recordType);
    const QString name = mapping ? mapping->table().displayName : recordType;
    return name.left(1).toUpper() + name.mid(1);
}

QString SyncConflictModel::describe(const SyncConflict &conflict)
{
    for (const QJsonObject &record : {conflict.ours, conflict.theirs, conflict.base}) {
        for (const QString &field : {u"name"_s, u"clinician_name"_s, u"message"_s, u"date"_s, u"start_date"_s}) {
            if (const QString text = record.value(field).toString(); !text.isEmpty())
                return text;
        }
    }
    return u"%1 %2"_s.arg(typeName(conflict.record_type)).arg(conflict.local_id);
}

int SyncConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int SyncConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size() || role != Qt::DisplayRole)
        return {};
    const SyncConflict &conflict = m_conflicts.at(index.row());
    switch (index.column()) {
    case TypeColumn:
        return typeName(conflict.record_type);
    case RecordColumn:
        return describe(conflict);
    case FieldsColumn:
        return conflict.theirs.isEmpty() ? tr("Deleted on the server") : conflict.fields.join(u", "_s);
    case DetectedColumn:
        return QLocale().toString(QDateTime::fromString(conflict.detected_at, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SyncConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case RecordColumn:
        return tr("Record");
    case FieldsColumn:
        return tr("Fields in conflict");
    case DetectedColumn:
        return tr("Found");
    default:
        return {};
    }
}
