#include "coveragemodel.h"

#include "calendarpalette.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_period(std::make_shared<RotaPeriod>())
{
}

void CoverageModel::setPeriod(std::shared_ptr<const RotaPeriod> period)
{
    beginResetModel();
    m_period = period ? std::move(period) : std::make_shared<RotaPeriod>();
    m_types.clear();
    for (const ShiftType &type : m_period->shiftTypes()) {
        if (!type.counts_toward_minimum)
            continue;
        bool used = type.minimum_weekday > 0 || type.minimum_weekend > 0;
        for (int day = 0; !used && day < m_period->dayCount(); ++day)
            used = m_period->cover(type.id, day) > 0;
        if (used)
            m_types.append(&type);
    }
    endResetModel();
}

bool CoverageModel::isShort(int row, int column) const
{
    const ShiftType *type = m_types.value(row);
    return type && m_period->cover(type->id, column) < m_period->required(*type, column);
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_period->dayCount();
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ShiftType &type = *m_types.at(index.row());
    const int count = m_period->cover(type.id, index.column());
    const int required = m_period->required(type, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (required == 0)
            return QString::number(count);
        return isShort(index.row(), index.column()) ? u"%1/%2!"_s.arg(count).arg(required) : u"%1/%2"_s.arg(count).arg(required);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString day = QLocale().toString(m_period->dayAt(index.column()), QLocale::LongFormat);
        if (required == 0)
            return tr("%1 on %2: %n on, no minimum", nullptr, count).arg(type.name, day);
        return isShort(index.row(), index.column())
            ? tr("%1 on %2: %3 on, %4 required – %5 short").arg(type.name, day).arg(count).arg(required).arg(required - count)
            : tr("%1 on %2: %3 on, %4 required").arg(type.name, day).arg(count).arg(required);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (isShort(index.row(), index.column())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isShort(index.row(), index.column()))
            return CalendarPalette(QApplication::palette()).belowMinimum();
        return {};
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Vertical || section < 0 || section >= rowCount())
        return {};
    const ShiftType &type = *m_types.at(section);
    if (role == Qt::DisplayRole)
        return u"%1 – %2"_s.arg(type.code, type.name);
    if (role == Qt::ToolTipRole)
        return tr("%1: at least %2 on weekdays and %3 at weekends").arg(type.name).arg(type.minimum_weekday).arg(type.minimum_weekend);
    return {};
}
