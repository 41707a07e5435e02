#pragma once

#include "model/reportingperiod.h"

#include <QAbstractTableModel>

// The workspace's reporting periods as a table: name, first day, last day, length in days.
class ReportingPeriodTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StartColumn, EndColumn, DaysColumn, ColumnCount };

    explicit ReportingPeriodTableModel(QObject *parent = nullptr);

    void setPeriods(const QList<ReportingPeriod> &periods);
    const QList<ReportingPeriod> &periods() const { return m_periods; }
    ReportingPeriod periodAt(int row) const { return m_periods.value(row); }
    int rowOf(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReportingPeriod> m_periods;
};
