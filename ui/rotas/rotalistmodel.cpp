#include "rotalistmodel.h"

#include <QLocale>

RotaListModel::RotaListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RotaListModel::setRotas(const QList<Rota> &rotas, const QHash<qint64, QString> &teams, const QHash<qint64, QString> &patterns)
{
    beginResetModel();
    m_rotas = rotas;
    m_teams = teams;
    m_patterns = patterns;
    endResetModel();
}

const Rota *RotaListModel::rotaAt(int row) const
{
    return row >= 0 && row < m_rotas.size() ? &m_rotas.at(row) : nullptr;
}

int RotaListModel::rowOf(qint64 rotaId) const
{
    for (qsizetype row = 0; row < m_rotas.size(); ++row) {
        if (m_rotas.at(row).id == rotaId)
            return int(row);
    }
    return -1;
}

int RotaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rotas.size());
}

int RotaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RotaListModel::data(const QModelIndex &index, int role) const
{
    const Rota *rota = index.isValid() ? rotaAt(index.row()) : nullptr;
    if (!rota || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Name:
        return rota->name;
    case Team:
        return rota->team_id ? m_teams.value(*rota->team_id) : QString();
    case Pattern:
        return rota->shift_pattern_id ? m_patterns.value(*rota->shift_pattern_id) : QString();
    case Start:
        return QLocale().toString(rota->start_date, QLocale::ShortFormat);
    case End:
        return rota->end_date.isValid() ? QLocale().toString(rota->end_date, QLocale::ShortFormat) : tr("open-ended");
    case Archived:
        return rota->archived ? tr("Archived") : QString();
    default:
        return {};
    }
}

QVariant RotaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Rota");
    case Team:
        return tr("Team");
    case Pattern:
        return tr("Shift pattern");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Archived:
        return tr("Archived");
    default:
        return {};
    }
}
