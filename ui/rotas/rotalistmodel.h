#pragma once

#include "model/rota.h"

#include <QAbstractTableModel>
#include <QHash>

// Rotas as a table: name, team, shift pattern, start, end, archived.
class RotaListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Team, Pattern, Start, End, Archived, ColumnCount };

    explicit RotaListModel(QObject *parent = nullptr);

    void setRotas(const QList<Rota> &rotas, const QHash<qint64, QString> &teams, const QHash<qint64, QString> &patterns);
    const Rota *rotaAt(int row) const;
    int rowOf(qint64 rotaId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rota> m_rotas;
    QHash<qint64, QString> m_teams;
    QHash<qint64, QString> m_patterns;
};
