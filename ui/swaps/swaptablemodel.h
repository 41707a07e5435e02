#pragma once

#include "model/swaprequest.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

// Swap requests as a table: start, end, requested by, status (open requests whose start has passed
// show as past due), taken by, rota, created and, taking the room left, the description.
class SwapTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Start, End, Beneficiary, Status, Benefactor, Rota, Created, Description, ColumnCount };
    static constexpr int SwapIdRole = Qt::UserRole + 1;

    explicit SwapTableModel(QObject *parent = nullptr);

    void setSwaps(const QList<SwapRequest> &swaps, const QHash<qint64, QString> &clinicians, const QHash<qint64, QString> &rotas,
                  const QTimeZone &zone, const QDateTime &now);
    const SwapRequest *swapAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Open", "Past due", "Taken", "Deleted".
    QString statusText(const SwapRequest &swap) const;

private:
    QList<SwapRequest> m_swaps;
    QHash<qint64, QString> m_clinicians;
    QHash<qint64, QString> m_rotas;
    QTimeZone m_zone;
    QDateTime m_now;
};
