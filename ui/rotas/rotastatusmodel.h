#pragma once

#include "calendar/rotastatus.h"

#include <QAbstractTableModel>
#include <QColor>

// The rota status of a period as a table: the first row sums up the chosen rotas, then one row
// per rota; one column per day. A cell shows the status number (-2 ... 3) on its colour, a closed
// day a dash, a day the rota does not run nothing.
class RotaStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { LevelRole = Qt::UserRole + 1, DateRole, RotaIdRole };

    explicit RotaStatusModel(QObject *parent = nullptr);

    void setPeriod(const RotaStatus::Period &period);
    const RotaStatus::Period &period() const { return m_period; }
    // The rota day behind a cell of a rota row; nullptr for the summary row.
    const RotaStatus::Day *dayAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Colour-blind-safe (Okabe-Ito) colours of the levels, with a text colour readable on each.
    static QColor colour(TimeslotStatus::Level level);
    static QColor textColour(TimeslotStatus::Level level);
    static QColor closedColour();
    // The cell's text: "-2" ... "+3", a dash when closed.
    static QString code(TimeslotStatus::Level level);

private:
    QString toolTip(int row, int column) const;

    RotaStatus::Period m_period;
};
