#include "forecasttablemodel.h"

#include "statisticsroles.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

ForecastTableModel::ForecastTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_below(0xC0, 0x1E, 0x00)
{
}

void ForecastTableModel::setDays(const QList<ForecastDay> &days)
{
    beginResetModel();
    m_days = days;
    endResetModel();
}

void ForecastTableModel::setBelowColour(const QColor &colour)
{
    m_below = colour;
    if (!m_days.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

QString ForecastTableModel::statusText(ForecastDay::Status status)
{
    switch (status) {
    case ForecastDay::Status::Below: return tr("▼ Below minimum");
    case ForecastDay::Status::At: return tr("At minimum");
    case ForecastDay::Status::Above: return tr("Above minimum");
    }
    return {};
}

QString ForecastTableModel::shortfallText(const ForecastDay &day)
{
    QStringList parts;
    for (const ForecastDay::Shortfall &shortfall : day.shortfalls)
        parts.append(tr("%1 %2/%3", "shift type code, people on the day, minimum").arg(shortfall.shift_type).arg(shortfall.scheduled).arg(shortfall.required));
    return parts.join(u", "_s);
}

int ForecastTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int ForecastTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const ForecastDay &day = m_days.at(index.row());
    const bool below = day.status == ForecastDay::Status::Below;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(day.date, QLocale::ShortFormat);
        case WeekdayColumn: return QLocale().dayName(day.date.dayOfWeek());
        case MinimumColumn: return day.minimum_required;
        case ScheduledColumn: return day.scheduled_count;
        case PendingLeaveColumn: return day.pending_leave;
        case StatusColumn: return statusText(day.status);
        case ShortColumn: return shortfallText(day);
        }
        break;
    case StatisticsRoles::SortRole:
        switch (index.column()) {
        case DateColumn:
        case WeekdayColumn: return day.date;
        case StatusColumn: return int(day.status);
        case ShortColumn: return day.shortfalls.size();
        default: return data(index, Qt::DisplayRole);
        }
    case StatisticsRoles::ExportRole:
        switch (index.column()) {
        case DateColumn: return day.date.toString(Qt::ISODate);
        case StatusColumn: return ForecastDay::statusToString(day.status);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (below && (index.column() == StatusColumn || index.column() == ScheduledColumn || index.column() == ShortColumn))
            return m_below;
        break;
    case Qt::FontRole:
        if (below && index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MinimumColumn || index.column() == ScheduledColumn || index.column() == PendingLeaveColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ForecastTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case WeekdayColumn: return tr("Weekday");
    case MinimumColumn: return tr("Minimum");
    case ScheduledColumn: return tr("Scheduled");
    case PendingLeaveColumn: return tr("Pending leave");
    case StatusColumn: return tr("Status");
    case ShortColumn: return tr("Short of");
    }
    return {};
}
