#include "workingtermtablemodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringList>

using namespace Qt::StringLiterals;

WorkingTermTableModel::WorkingTermTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkingTermTableModel::setTerms(const QList<WorkingTerm> &terms, QDate today)
{
    beginResetModel();
    m_terms = terms;
    m_today = today;
    endResetModel();
}

int WorkingTermTableModel::currentRow() const
{
    for (qsizetype row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).covers(m_today))
            return int(row);
    }
    return -1;
}

QString WorkingTermTableModel::typeName(WorkingTerm::Type type)
{
    switch (type) {
    case WorkingTerm::Type::Substantive:
        return tr("Substantive");
    case WorkingTerm::Type::LessThanFullTime:
        return tr("Less than full time");
    case WorkingTerm::Type::FixedTerm:
        return tr("Fixed term");
    case WorkingTerm::Type::Locum:
        return tr("Locum");
    case WorkingTerm::Type::Honorary:
        return tr("Honorary");
    }
    return {};
}

QString WorkingTermTableModel::dayList(const WeekdaySet &days)
{
    if (days.isEmpty())
        return u"–"_s;
    QStringList names;
    for (int day : days.toList())
        names << QLocale().standaloneDayName(day, QLocale::ShortFormat);
    return names.join(u' ');
}

int WorkingTermTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int WorkingTermTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkingTermTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkingTerm &term = m_terms.at(index.row());
    const bool current = term.covers(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return typeName(term.type);
        case FromColumn:
            return QLocale().toString(term.start_date, QLocale::ShortFormat);
        case ToColumn:
            return term.end_date.isValid() ? QLocale().toString(term.end_date, QLocale::ShortFormat) : tr("open-ended");
        case PercentageColumn:
            return QLocale().toString(term.percentage, 'g', 4);
        case FixedDaysColumn:
            return dayList(term.fixed_working_days);
        case HalfDaysColumn:
            return dayList(term.fixed_half_days);
        case CannotWorkColumn:
            return dayList(term.cannot_work_days);
        case MustWorkColumn:
            return dayList(term.must_work_days);
        case EntitlementColumn:
            return term.annual_leave_entitlement ? QLocale().toString(*term.annual_leave_entitlement, 'g', 4) : tr("none");
        case DutyColumn:
            return term.participates_in_duty ? tr("yes") : tr("no");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == PercentageColumn || index.column() == EntitlementColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (current) {
            QColor shade = QGuiApplication::palette().color(QPalette::Highlight);
            shade.setAlpha(48);
            return shade;
        }
        return {};
    case Qt::ToolTipRole:
        if (current)
            return tr("In effect today");
        return {};
    default:
        return {};
    }
}

QVariant WorkingTermTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PercentageColumn:
            return tr("Share of full time, in per cent");
        case EntitlementColumn:
            return tr("Annual leave entitlement, in weeks per leave year");
        case DutyColumn:
            return tr("Takes part in the department's duty rota");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two-line headers keep the ten columns within the detail pane.
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case PercentageColumn:
        return tr("FTE %");
    case FixedDaysColumn:
        return tr("Fixed\ndays");
    case HalfDaysColumn:
        return tr("Half\ndays");
    case CannotWorkColumn:
        return tr("Cannot\nwork");
    case MustWorkColumn:
        return tr("Must\nwork");
    case EntitlementColumn:
        return tr("Leave\n(weeks)");
    case DutyColumn:
        return tr("Duty");
    default:
        return {};
    }
}
