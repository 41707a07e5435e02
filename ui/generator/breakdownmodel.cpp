#include "breakdownmodel.h"

#include "calendar/calendarpalette.h"
#include "scheduling/generator/rotaproposal.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BreakdownModel::setProposal(const RotaProposal &proposal, const RosterModel &model)
{
    // Both lists come from the same model, so they hold the same rules in the same order.
    const std::size_t count = std::min(proposal.breakdownBefore.size(), proposal.breakdownAfter.size());
    QList<Row> rows;
    for (const bool hard : {true, false}) {
        for (std::size_t i = 0; i < count; ++i) {
            const RosterBreakdown::Item &after = proposal.breakdownAfter[i];
            if (after.hard == hard)
                rows.append({RosterBreakdown::label(model, after), hard, proposal.breakdownBefore[i], after});
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void BreakdownModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString BreakdownModel::changeText(qint64 before, qint64 after)
{
    const QLocale locale;
    if (after > before)
        return tr("Worse (+%1)").arg(locale.toString(after - before));
    if (after < before)
        return tr("Better (−%1)").arg(locale.toString(before - after));
    return {};
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool worse = row.after.cost > row.before.cost;
    const bool marked = worse && (index.column() == AfterColumn || index.column() == ChangeColumn);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ConstraintColumn:
            return row.label;
        case KindColumn:
            return row.hard ? tr("Hard rule") : tr("Soft goal");
        case BeforeColumn:
            return QLocale().toString(row.before.cost);
        case AfterColumn:
            return QLocale().toString(row.after.cost);
        case ChangeColumn:
            return changeText(row.before.cost, row.after.cost);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == BeforeColumn || index.column() == AfterColumn) {
            const RosterBreakdown::Item &item = index.column() == BeforeColumn ? row.before : row.after;
            return row.hard ? tr("Broken %n time(s)", nullptr, int(item.violations))
                            : tr("%n time(s), weighted cost %1", nullptr, int(item.violations)).arg(QLocale().toString(item.cost));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BeforeColumn || index.column() == AfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (marked)
            return CalendarPalette(QGuiApplication::palette()).belowMinimum();
        break;
    case Qt::FontRole:
        if (marked) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConstraintColumn:
        return tr("Rule");
    case KindColumn:
        return tr("Kind");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}
