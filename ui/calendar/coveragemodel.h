#pragma once

#include "calendar/rotaperiod.h"

#include <QAbstractTableModel>
#include <memory>

// The footer of the rota grid: per shift type and day, how many are on against the type's
// minimum ("2/3"). Counts are the whole department's whatever the filter, because the minimum
// is the department's; a day short of it is bold and red with a "!" so it does not rely on colour.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CoverageModel(QObject *parent = nullptr);

    void setPeriod(std::shared_ptr<const RotaPeriod> period);
    bool isShort(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<const ShiftType *> m_types; // the types with a minimum or any cover in the period
    std::shared_ptr<const RotaPeriod> m_period;
};
