#pragma once

#include "scheduling/generator/rosterbreakdown.h"

#include <QAbstractTableModel>
#include <QList>

struct RotaProposal;

// Where a proposal's cost comes from: each rule of the model before and after, hard rules first.
// A hard rule's value is how often it is broken, a soft goal's its weighted cost (as the solver
// adds them up). A row that got worse says so in words as well as in colour.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConstraintColumn, KindColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };

    explicit BreakdownModel(QObject *parent = nullptr);

    void setProposal(const RotaProposal &proposal, const RosterModel &model);
    void clear();

    // For figures where less is better: "Worse (+3)", "Better (−2)" or empty when equal.
    static QString changeText(qint64 before, qint64 after);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        bool hard = false;
        RosterBreakdown::Item before;
        RosterBreakdown::Item after;
    };

    QList<Row> m_rows;
};
