#pragma once

#include "sync/syncreport.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The last syncs of one workspace, newest first: when, what was pulled and pushed, the
// conflicts left and the errors. Kept in the application's settings under the workspace's
// path (not in the workspace, where every write would be a journal entry).
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PulledColumn, PushedColumn, ConflictsColumn, ErrorsColumn, ColumnCount };

    struct Entry
    {
        QDateTime at; // UTC
        SyncReport report;
    };

    static constexpr int MaxEntries = 20;

    explicit SyncLogModel(QObject *parent = nullptr);

    // Shows the log kept under `key` (empty: none, and nothing is kept).
    void load(const QString &key);
    void add(const QDateTime &at, const SyncReport &report);
    const QList<Entry> &entries() const { return m_entries; }
    // The last sync that ran to the end; null when there was none.
    QDateTime lastCompleteAt() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void save() const;

    QString m_key;
    QList<Entry> m_entries;
};
