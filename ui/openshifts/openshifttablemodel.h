#pragma once

#include "model/shift.h"

#include <QAbstractTableModel>
#include <QHash>

// Open shifts as a table: date, times, length, type, department, rota, claim code, notes.
class OpenShiftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Times, Length, Type, Department, Rota, Code, Notes, ColumnCount };

    struct Names
    {
        QHash<qint64, QString> types;
        QHash<qint64, QString> teams;
        QHash<qint64, QString> rotas;
        QHash<qint64, qint64> rotaTeams; // rota -> team, the department of a shift without its own
    };

    explicit OpenShiftTableModel(QObject *parent = nullptr);

    void setShifts(const QList<Shift> &shifts, const Names &names);
    const Shift *shiftAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Shift> m_shifts;
    Names m_names;
};
