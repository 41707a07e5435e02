#include "fairsharemodel.h"

#include "calendar/calendarpalette.h"
#include "scheduling/generator/rostermodel.h"
#include "scheduling/generator/rotaproposal.h"

#include <QGuiApplication>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

int valueAt(const std::vector<int> &values, int kind)
{
    return std::size_t(kind) < values.size() ? values[std::size_t(kind)] : 0;
}

} // namespace

FairShareModel::FairShareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FairShareModel::setProposal(const RotaProposal &proposal, const RosterModel &model)
{
    const int kinds = int(proposal.kindNames.size());
    QList<bool> inMinutes;
    for (int kind = 0; kind < kinds; ++kind)
        inMinutes.append(std::size_t(kind) < model.countKinds.size() && model.countKinds[std::size_t(kind)].minutes);
    QList<Row> rows;
    for (const RotaProposal::FairShare &share : proposal.fairShares) {
        Row row{share.name, share.percentage, {}};
        for (int kind = 0; kind < kinds; ++kind)
            row.cells.append({valueAt(share.before, kind), valueAt(share.after, kind), valueAt(share.low, kind), valueAt(share.high, kind)});
        rows.append(row);
    }
    beginResetModel();
    m_kindNames = proposal.kindNames;
    m_inMinutes = inMinutes;
    m_rows = rows;
    endResetModel();
}

void FairShareModel::clear()
{
    beginResetModel();
    m_kindNames.clear();
    m_inMinutes.clear();
    m_rows.clear();
    endResetModel();
}

QString FairShareModel::number(int kind, int value) const
{
    if (!m_inMinutes.value(kind))
        return QLocale().toString(value);
    const double hours = std::round(value / 6.0) / 10.0;
    return QLocale().toString(hours, 'f', hours == std::floor(hours) ? 0 : 1);
}

QString FairShareModel::cellText(int kind, const Cell &cell) const
{
    const bool hours = m_inMinutes.value(kind);
    const auto withUnit = [&](int value) { return hours ? tr("%1 h").arg(number(kind, value)) : number(kind, value); };
    if (cell.low == RotaProposal::FairShare::NoShare)
        return tr("%1 → %2 (no share)").arg(withUnit(cell.before), withUnit(cell.after));
    const QString range = hours ? tr("%1–%2 h").arg(number(kind, cell.low), number(kind, cell.high))
                                : tr("%1–%2").arg(number(kind, cell.low), number(kind, cell.high));
    return tr("%1 → %2 (fair range %3)").arg(withUnit(cell.before), withUnit(cell.after), range);
}

int FairShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FairShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstKindColumn + int(m_kindNames.size());
}

QVariant FairShareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int kind = index.column() - FirstKindColumn;
    const Cell cell = kind >= 0 ? row.cells.value(kind) : Cell();
    const bool shares = kind >= 0 && cell.low != RotaProposal::FairShare::NoShare;
    const bool above = shares && cell.after > cell.high;
    const bool below = shares && cell.after < cell.low;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ClinicianColumn)
            return row.name;
        if (index.column() == PercentageColumn)
            return tr("%1 %").arg(QLocale().toString(row.percentage, 'f', row.percentage == int(row.percentage) ? 0 : 1));
        {
            QString text = cellText(kind, cell);
            if (above)
                text += u" ▲"_s;
            else if (below)
                text += u" ▼"_s;
            return text;
        }
    case Qt::ToolTipRole:
        if (above)
            return tr("Above the fair range after the change");
        if (below)
            return tr("Below the fair range after the change");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PercentageColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (above || below)
            return CalendarPalette(QGuiApplication::palette()).belowMinimum();
        break;
    }
    return {};
}

QVariant FairShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == ClinicianColumn)
        return tr("Clinician");
    if (section == PercentageColumn)
        return tr("FTE");
    return m_kindNames.value(section - FirstKindColumn);
}
