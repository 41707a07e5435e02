#include "workloadtablemodel.h"

#include "statisticsroles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

WorkloadTableModel::WorkloadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_behind(0xC0, 0x1E, 0x00)
{
}

void WorkloadTableModel::setSummaries(const QList<WorkloadSummary> &summaries)
{
    beginResetModel();
    m_summaries = summaries;
    endResetModel();
}

void WorkloadTableModel::setBehindColour(const QColor &colour)
{
    m_behind = colour;
    if (!m_summaries.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::ForegroundRole});
}

QString WorkloadTableModel::statusText(WorkloadSummary::Status status)
{
    switch (status) {
    case WorkloadSummary::Status::Behind: return tr("▼ Behind");
    case WorkloadSummary::Status::OnTrack: return tr("On track");
    case WorkloadSummary::Status::Ahead: return tr("▲ Ahead");
    case WorkloadSummary::Status::NotOnDuty: return tr("Not on duty");
    }
    return {};
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The raw figure of a column: numbers as numbers, for sorting and export.
QVariant WorkloadTableModel::value(const WorkloadSummary &summary, int column) const
{
    switch (column) {
    case NameColumn: return summary.clinician_name;
    case TeamColumn: return summary.team_name;
    case FteColumn: return summary.fte;
    case OnDutyColumn: return summary.participates;
    case WorkedColumn: return summary.shifts_worked;
    case WorkedHoursColumn: return summary.hours_worked;
    case ScheduledColumn: return summary.shifts_scheduled;
    case ScheduledHoursColumn: return summary.hours_scheduled;
    case ExpectedColumn: return summary.expected_shifts;
    case ExpectedHoursColumn: return summary.expected_hours;
    case NightsColumn: return summary.nights;
    case WeekendsColumn: return summary.weekends;
    case OnCallsColumn: return summary.on_calls;
    case BankHolidaysColumn: return summary.bank_holidays;
    case DeficiencyColumn: return summary.deficiency;
    case StatusColumn: return int(summary.status);
    }
    return {};
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_summaries.size())
        return {};
    const WorkloadSummary &summary = m_summaries.at(index.row());
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return summary.active ? summary.clinician_name : tr("%1 (inactive)").arg(summary.clinician_name);
        case TeamColumn: return summary.team_name.isEmpty() ? tr("No team") : summary.team_name;
        case FteColumn: return locale.toString(summary.fte, 'f', 2);
        case OnDutyColumn: return summary.participates ? tr("Yes") : tr("No");
        case WorkedHoursColumn:
        case ScheduledHoursColumn:
        case ExpectedColumn:
        case ExpectedHoursColumn: return locale.toString(value(summary, column).toDouble(), 'f', 1);
        case DeficiencyColumn: return locale.toString(summary.deficiency, 'f', 1);
        case StatusColumn: return statusText(summary.status);
        default: return value(summary, column);
        }
    case StatisticsRoles::SortRole: return value(summary, column);
    case StatisticsRoles::ExportRole:
        switch (column) {
        case NameColumn: return summary.clinician_name;
        case TeamColumn: return summary.team_name;
        case OnDutyColumn: return summary.participates ? u"yes"_s : u"no"_s;
        case StatusColumn: return WorkloadSummary::statusToString(summary.status);
        default: {
            const QVariant raw = value(summary, column);
            return raw.typeId() == QMetaType::Double ? QString::number(raw.toDouble(), 'f', 2) : raw.toString();
        }
        }
    case Qt::ForegroundRole:
        if (column == StatusColumn && summary.status == WorkloadSummary::Status::Behind)
            return m_behind;
        break;
    case Qt::TextAlignmentRole:
        if (column != NameColumn && column != TeamColumn && column != StatusColumn && column != OnDutyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == DeficiencyColumn)
            return tr("Expected shifts minus shifts worked and scheduled; above zero is behind");
        break;
    }
    return {};
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Clinician");
    case TeamColumn: return tr("Team");
    case FteColumn: return tr("FTE");
    case OnDutyColumn: return tr("On duty");
    case WorkedColumn: return tr("Worked");
    case WorkedHoursColumn: return tr("Worked hours");
    case ScheduledColumn: return tr("Scheduled");
    case ScheduledHoursColumn: return tr("Scheduled hours");
    case ExpectedColumn: return tr("Expected");
    case ExpectedHoursColumn: return tr("Expected hours");
    case NightsColumn: return tr("Nights");
    case WeekendsColumn: return tr("Weekends");
    case OnCallsColumn: return tr("On-calls");
    case BankHolidaysColumn: return tr("Bank holidays");
    case DeficiencyColumn: return tr("Deficiency");
    case StatusColumn: return tr("Status");
    }
    return {};
}
