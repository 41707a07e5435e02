#include "swaptablemodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

SwapTableModel::SwapTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SwapTableModel::setSwaps(const QList<SwapRequest> &swaps, const QHash<qint64, QString> &clinicians, const QHash<qint64, QString> &rotas,
                              const QTimeZone &zone, const QDateTime &now)
{
    beginResetModel();
    m_swaps = swaps;
    m_clinicians = clinicians;
    m_rotas = rotas;
    m_zone = zone;
    m_now = now;
    endResetModel();
}

const SwapRequest *SwapTableModel::swapAt(int row) const
{
    return row >= 0 && row < m_swaps.size() ? &m_swaps.at(row) : nullptr;
}

int SwapTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_swaps.size());
}

int SwapTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SwapTableModel::statusText(const SwapRequest &swap) const
{
    if (swap.isPastDue(m_now))
        return tr("Past due");
    switch (swap.status) {
    case SwapRequest::Status::Open:
        return tr("Open");
    case SwapRequest::Status::Taken:
        return tr("Taken");
    case SwapRequest::Status::Deleted:
        return tr("Deleted");
    }
    return {};
}

QVariant SwapTableModel::data(const QModelIndex &index, int role) const
{
    const SwapRequest *swap = index.isValid() ? swapAt(index.row()) : nullptr;
    if (!swap)
        return {};
    if (role == SwapIdRole)
        return swap->id;
    const QString format = QLocale().dateFormat(QLocale::ShortFormat) + u" HH:mm"_s;
    const auto local = [&](qint64 utc) { return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc, m_zone), format); };
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Start:
            return local(swap->swap_start_utc);
        case End:
            return local(swap->swap_end_utc);
        case Beneficiary:
            return m_clinicians.value(swap->beneficiary_id);
        case Description:
            return swap->description;
        case Status:
            return statusText(*swap);
        case Benefactor:
            return swap->benefactor_id ? m_clinicians.value(*swap->benefactor_id) : QString();
        case Rota:
            return swap->rota_id ? m_rotas.value(*swap->rota_id) : QString();
        case Created: {
            const QDateTime created = QDateTime::fromString(swap->created_at, Qt::ISODate);
            return created.isValid() ? QLocale().toString(created.toTimeZone(m_zone), format) : swap->created_at;
        }
        default:
            return {};
        }
    }
    // Past due is what needs acting on: bold and vermillion, besides the words.
    if (role == Qt::FontRole && index.column() == Status && swap->isPastDue(m_now)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Status && swap->isPastDue(m_now))
        return QColor(0xD5, 0x5E, 0x00);
    return {};
}

QVariant SwapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Beneficiary:
        return tr("Requested by");
    case Description:
        return tr("Description");
    case Status:
        return tr("Status");
    case Benefactor:
        return tr("Taken by");
    case Rota:
        return tr("Rota");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}
