#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class Workspace;
class WorkspaceSession;

// The changes waiting to go to the rota server, one row per record: its type, what it is (a
// name or a date), what was done to it since the last sync and since when.
class SyncQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, RecordColumn, OperationColumn, SinceColumn, ColumnCount };

    struct Row
    {
        QString recordType; // as in the journal: "shift"
        qint64 localId = 0;
        QString typeName;   // "Shift"
        QString record;     // "Dr. Ada Lovelace", "2026-11-24"
        QString operation;  // "Created", "Changed", "Deleted", ...
        QDateTime since;    // UTC, the oldest unsynced change
    };

    explicit SyncQueueModel(WorkspaceSession *session, QObject *parent = nullptr);

    // The unsynced changes of the record types the server knows, grouped by record, oldest first.
    static QList<Row> read(Workspace &workspace);

    void reload();
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WorkspaceSession *m_session;
    QList<Row> m_rows;
};
