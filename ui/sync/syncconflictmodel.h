#pragma once

#include "sync/syncconflict.h"

#include <QAbstractTableModel>
#include <QList>

class WorkspaceSession;

// The records changed on both sides in the same fields, waiting for the user: their type, what
// they are, the fields in conflict and when the conflict was found.
class SyncConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, RecordColumn, FieldsColumn, DetectedColumn, ColumnCount };

    explicit SyncConflictModel(WorkspaceSession *session, QObject *parent = nullptr);

    void reload();
    const QList<SyncConflict> &conflicts() const { return m_conflicts; }
    // What a conflict's record is: a name, else a date, else the record type and local id.
    static QString describe(const SyncConflict &conflict);
    static QString typeName(const QString &recordType);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WorkspaceSession *m_session;
    QList<SyncConflict> m_conflicts;
};
