#pragma once

#include "model/shift.h"
#include "model/shifttype.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class WorkspaceSession;

// The shifts of one date window, read with one window query; nothing outside the window is
// loaded. Sorting reorders the loaded window. "Pinned" is checkable; each toggle is one
// undoable, journaled command.
class ShiftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ClinicianColumn, TypeColumn, StartColumn, EndColumn, DurationColumn, PinnedColumn, StatusColumn, ColumnCount };
    // The type column shows the code; its name comes with this role, its colour as the
    // decoration (a QColor).
    enum Role { TypeNameRole = Qt::UserRole + 1 };

    explicit ShiftTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setWindow(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    Shift shiftAt(int row) const { return m_shifts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    void sortShifts(QList<Shift> &shifts) const;
    QVariant sortKey(const Shift &shift, int column) const;
    QString displayText(const Shift &shift, int column) const;
    QString timeText(const Shift &shift, bool end) const;
    QString clinicianName(const Shift &shift) const;
    QString describe(const Shift &shift) const;

    WorkspaceSession *m_session;
    QDate m_from;
    QDate m_to;
    QList<Shift> m_shifts;
    QHash<qint64, QString> m_clinicianNames;
    QHash<qint64, ShiftType> m_types;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
