#pragma once

#include "storage/shiftchangeset.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class RotaProblem;
struct RotaProposal;

// The shift changes of a generated rota, one row per change in the proposal's order: the day,
// the clinician, the shift type before and after, and whether the shift is added, removed or
// changed. Sortable through SortRole (dates as dates, not as text).
class ProposalChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ClinicianColumn, BeforeColumn, AfterColumn, KindColumn, ColumnCount };
    enum class Kind { Added, Removed, Changed };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ProposalChangeModel(QObject *parent = nullptr);

    // Names clinicians and shift types through the problem the proposal was made from.
    void setProposal(const RotaProposal &proposal, const RotaProblem &problem);
    void clear();

    // A shift taken from nobody (an open shift) is added; one given back to nobody is removed.
    static Kind kindOf(const ShiftChange &change);
    static QString kindName(Kind kind); // translated: "Added", "Removed", "Changed"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDate date;
        QString clinician;
        QString before; // shift type code, or empty
        QString after;
        QString beforeName; // shift type name, for the tooltip
        QString afterName;
        Kind kind = Kind::Changed;
    };

    QList<Row> m_rows;
};
