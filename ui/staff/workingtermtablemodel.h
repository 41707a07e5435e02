#pragma once

#include "model/workingterm.h"

#include <QAbstractTableModel>
#include <QDate>

// One clinician's working terms, newest first; the term in effect on `today` is bold and
// shaded, so the current terms stand out from the history.
class WorkingTermTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        FromColumn,
        ToColumn,
        PercentageColumn,
        FixedDaysColumn,
        HalfDaysColumn,
        CannotWorkColumn,
        MustWorkColumn,
        EntitlementColumn,
        DutyColumn,
        ColumnCount
    };

    explicit WorkingTermTableModel(QObject *parent = nullptr);

    void setTerms(const QList<WorkingTerm> &terms, QDate today);
    QList<WorkingTerm> terms() const { return m_terms; }
    WorkingTerm termAt(int row) const { return m_terms.at(row); }
    int currentRow() const; // the term covering today, or -1

    static QString typeName(WorkingTerm::Type type); // translated
    static QString dayList(const WeekdaySet &days);  // "Mon Wed" with the locale's short names; "–" for none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkingTerm> m_terms;
    QDate m_today;
};
