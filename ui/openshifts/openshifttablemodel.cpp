#include "openshifttablemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

OpenShiftTableModel::OpenShiftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OpenShiftTableModel::setShifts(const QList<Shift> &shifts, const Names &names)
{
    beginResetModel();
    m_shifts = shifts;
    m_names = names;
    endResetModel();
}

const Shift *OpenShiftTableModel::shiftAt(int row) const
{
    return row >= 0 && row < m_shifts.size() ? &m_shifts.at(row) : nullptr;
}

int OpenShiftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shifts.size());
}

int OpenShiftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenShiftTableModel::data(const QModelIndex &index, int role) const
{
    const Shift *shift = index.isValid() ? shiftAt(index.row()) : nullptr;
    if (!shift || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(shift->date, QLocale::ShortFormat);
    case Times:
        return shift->isTimed() ? u"%1\u2013%2"_s.arg(shift->localStart().toString(u"HH:mm"_s), shift->localEnd().toString(u"HH:mm"_s))
                                : tr("all day");
    case Length:
        return tr("%1 h").arg(QLocale().toString(shift->duration_minutes / 60.0, 'f', shift->duration_minutes % 60 ? 1 : 0));
    case Type:
        return m_names.types.value(shift->shift_type_id);
    case Department: {
        std::optional<qint64> team = shift->team_id;
        if (!team && shift->rota_id && m_names.rotaTeams.contains(*shift->rota_id))
            team = m_names.rotaTeams.value(*shift->rota_id);
        return team ? m_names.teams.value(*team) : QString();
    }
    case Rota:
        return shift->rota_id ? m_names.rotas.value(*shift->rota_id) : QString();
    case Code:
        return shift->claim_code;
    case Notes:
        return shift->notes;
    default:
        return {};
    }
}

QVariant OpenShiftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Times:
        return tr("Times");
    case Length:
        return tr("Length");
    case Type:
        return tr("Type");
    case Department:
        return tr("Department");
    case Rota:
        return tr("Rota");
    case Code:
        return tr("Claim code");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}
