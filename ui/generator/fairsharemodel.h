#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <vector>

struct RosterModel;
struct RotaProposal;

// Each clinician's share of nights, weekend days, bank holidays and hours before and after,
// against the fair range for her FTE: "3 → 4 (fair range 3–5)", hours as hours. A count left
// outside its range is marked with an arrow (above or below) as well as in colour.
class FairShareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClinicianColumn, PercentageColumn, FirstKindColumn };

    explicit FairShareModel(QObject *parent = nullptr);

    // The model tells which kinds count minutes.
    void setProposal(const RotaProposal &proposal, const RosterModel &model);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        int before = 0;
        int after = 0;
        int low = 0;
        int high = 0;
    };
    struct Row
    {
        QString name;
        double percentage = 100.0;
        QList<Cell> cells; // by kind
    };

    QString number(int kind, int value) const; // hours for a kind counted in minutes
    QString cellText(int kind, const Cell &cell) const;

    QStringList m_kindNames;
    QList<bool> m_inMinutes; // by kind
    QList<Row> m_rows;
};
