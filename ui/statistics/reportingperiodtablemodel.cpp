#include "reportingperiodtablemodel.h"

#include "statisticsroles.h"

#include <QLocale>

ReportingPeriodTableModel::ReportingPeriodTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportingPeriodTableModel::setPeriods(const QList<ReportingPeriod> &periods)
{
    beginResetModel();
    m_periods = periods;
    endResetModel();
}

int ReportingPeriodTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_periods.size(); ++row) {
        if (m_periods.at(row).id == id)
            return row;
    }
    return -1;
}

int ReportingPeriodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int ReportingPeriodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportingPeriodTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_periods.size())
        return {};
    const ReportingPeriod &period = m_periods.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return period.name;
        case StartColumn: return QLocale().toString(period.start_date, QLocale::ShortFormat);
        case EndColumn: return QLocale().toString(period.end_date, QLocale::ShortFormat);
        case DaysColumn: return period.dayCount();
        }
    } else if (role == StatisticsRoles::ExportRole || role == StatisticsRoles::SortRole) {
        switch (index.column()) {
        case StartColumn: return role == StatisticsRoles::ExportRole ? QVariant(period.start_date.toString(Qt::ISODate)) : QVariant(period.start_date);
        case EndColumn: return role == StatisticsRoles::ExportRole ? QVariant(period.end_date.toString(Qt::ISODate)) : QVariant(period.end_date);
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == DaysColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReportingPeriodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StartColumn: return tr("First day");
    case EndColumn: return tr("Last day");
    case DaysColumn: return tr("Days");
    }
    return {};
}
