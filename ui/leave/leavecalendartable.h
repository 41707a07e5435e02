#pragma once

#include <QDate>
#include <QList>
#include <QTableView>

// The month grid of a LeaveCalendarModel, in which Shift-click, Shift+arrow and dragging select
// the days from the anchor to the current day in date order (a run of days across weeks), not
// the rectangle of the grid between them. Ctrl-click adds or removes single days.
class LeaveCalendarTable : public QTableView
{
    Q_OBJECT

public:
    explicit LeaveCalendarTable(QWidget *parent = nullptr);

    QList<QDate> selectedDates() const; // ascending, without repeats
    void selectDates(const QList<QDate> &dates);

protected:
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;

private:
    QModelIndex cellNear(QPoint point) const;
};
