#pragma once

#include "calendar/rotaperiod.h"
#include "scheduling/shiftconflict.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <memory>

// The rota grid: a row per clinician grouped by team (a heading row per team), an "Open shifts"
// row when the filter shows them, a column per day. Cells hold the shifts of that clinician on
// that day; the delegate reads them through the accessors below rather than through QVariants,
// so a month of 200 clinicians paints without copying.
class RotaGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowKind { Open, Team, Clinician };
    static constexpr int OpenRow = -1; // clinicianAt() of the open-shifts row
    static constexpr int TeamRow = -2; // clinicianAt() of a team heading

    explicit RotaGridModel(QObject *parent = nullptr);

    void setPeriod(std::shared_ptr<const RotaPeriod> period);
    const RotaPeriod &period() const { return *m_period; }
    std::shared_ptr<const RotaPeriod> sharedPeriod() const { return m_period; }
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setHolidays(const QHash<QDate, QString> &holidays);
    void setConflicts(const QHash<qint64, QList<ShiftConflict>> &conflicts);
    // Open swap requests by the id of a shift they cover: what the request says, for the tooltip.
    void setPendingSwaps(const QHash<qint64, QString> &swaps);

    RowKind rowKind(int row) const;
    int clinicianAt(int row) const; // index into period().clinicians(), OpenRow or TeamRow
    std::optional<qint64> clinicianIdAt(int row) const; // empty for open shifts and headings
    QString rowName(int row) const;
    int rowOfClinician(std::optional<qint64> clinicianId) const; // -1 when not shown
    QDate dateAt(int column) const { return m_period->dayAt(column); }
    QModelIndex indexOf(std::optional<qint64> clinicianId, QDate date) const;

    // Everything the delegate needs of one cell, worked out once per period rather than per paint.
    struct Cell
    {
        const QList<int> *shifts = nullptr; // indexes into period().shifts()
        const LeaveRequest *leave = nullptr;
        bool cannotWork = false;
        bool conflict = false;
        bool pendingSwap = false; // a shift here is offered in an open swap request
    };
    const Cell &cellAt(int row, int column) const { return m_cells.at(qsizetype(row) * columnCount() + column); }
    bool isHoliday(int column) const { return m_holidayColumns.value(column); }

    QList<const Shift *> shiftsAt(int row, int column) const;
    // What the delegate paints, read without copying: indexes into period().shifts().
    const QList<int> &shiftIndexesAt(int row, int column) const;
    const LeaveRequest *leaveAt(int row, int column) const;
    bool cannotWorkAt(int row, int column) const;
    QString holidayAt(int column) const { return m_holidays.value(dateAt(column)); }
    QList<ShiftConflict> conflictsOf(qint64 shiftId) const { return m_conflicts.value(shiftId); }
    bool hasConflict(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString mimeType(); // dragged and copied cells: {"shift_ids": [...]}
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QString toolTip(int row, int column) const;
    void buildCells();

    std::shared_ptr<const RotaPeriod> m_period;
    QList<int> m_rows; // clinician index, OpenRow or -(2 + group index) for a heading
    QDate m_today;
    QHash<QDate, QString> m_holidays;
    QHash<qint64, QList<ShiftConflict>> m_conflicts;
    QHash<qint64, QString> m_swaps;
    QList<Cell> m_cells; // row by row
    QList<bool> m_holidayColumns;
};
