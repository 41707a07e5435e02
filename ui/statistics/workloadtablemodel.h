#pragma once

#include "scheduling/workload.h"

#include <QAbstractTableModel>
#include <QColor>

// The workload report as a table: a row per clinician with every figure of the summary. The
// status says behind or ahead in words as well as in colour.
class WorkloadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TeamColumn,
        FteColumn,
        OnDutyColumn,
        WorkedColumn,
        WorkedHoursColumn,
        ScheduledColumn,
        ScheduledHoursColumn,
        ExpectedColumn,
        ExpectedHoursColumn,
        NightsColumn,
        WeekendsColumn,
        OnCallsColumn,
        BankHolidaysColumn,
        DeficiencyColumn,
        StatusColumn,
        ColumnCount
    };

    explicit WorkloadTableModel(QObject *parent = nullptr);

    void setSummaries(const QList<WorkloadSummary> &summaries);
    const QList<WorkloadSummary> &summaries() const { return m_summaries; }
    void setBehindColour(const QColor &colour);

    static QString statusText(WorkloadSummary::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const WorkloadSummary &summary, int column) const;

    QList<WorkloadSummary> m_summaries;
    QColor m_behind;
};
