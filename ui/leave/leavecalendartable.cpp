#include "leavecalendartable.h"

#include "leavecalendarmodel.h"

#include <QHeaderView>
#include <QSet>
#include <algorithm>

LeaveCalendarTable::LeaveCalendarTable(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setShowGrid(false);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    // The weeks share the height, so that a month of 4, 5 or 6 weeks fills the grid.
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->hide();
}

QModelIndex LeaveCalendarTable::cellNear(QPoint point) const
{
    // A drag past the edge of the grid still means the day nearest to the pointer.
    const QRect area = viewport()->rect();
    const QPoint inside(std::clamp(point.x(), area.left(), area.right()), std::clamp(point.y(), area.top(), area.bottom()));
    QModelIndex index = indexAt(inside);
    if (!index.isValid() && model() && model()->rowCount() > 0) {
        const int column = std::clamp(columnAt(inside.x()), 0, model()->columnCount() - 1);
        const int row = rowAt(inside.y()) < 0 ? model()->rowCount() - 1 : rowAt(inside.y());
        index = model()->index(row, column);
    }
    return index;
}

// Item views pass the anchor as the rectangle's first corner and the current position as the
// second, whether the selection grows by Shift-click, Shift+arrow or dragging.
void LeaveCalendarTable::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QModelIndex anchor = cellNear(rect.topLeft());
    const QModelIndex current = cellNear(rect.bottomRight());
    if (!anchor.isValid() || !current.isValid() || !selectionModel())
        return QTableView::setSelection(rect, command);
    const int columns = model()->columnCount();
    int first = anchor.row() * columns + anchor.column();
    int last = current.row() * columns + current.column();
    if (first > last)
        std::swap(first, last);
    QItemSelection selection;
    for (int row = first / columns; row <= last / columns; ++row) {
        const int from = row == first / columns ? first % columns : 0;
        const int to = row == last / columns ? last % columns : columns - 1;
        selection.select(model()->index(row, from), model()->index(row, to));
    }
    selectionModel()->select(selection, command);
}

QList<QDate> LeaveCalendarTable::selectedDates() const
{
    QList<QDate> dates;
    if (!selectionModel())
        return dates;
    QSet<QDate> seen;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        const QDate date = index.data(LeaveCalendarModel::DateRole).toDate();
        if (date.isValid() && !seen.contains(date)) {
            seen.insert(date);
            dates.append(date);
        }
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

void LeaveCalendarTable::selectDates(const QList<QDate> &dates)
{
    const auto *calendar = qobject_cast<const LeaveCalendarModel *>(model());
    if (!calendar || !selectionModel())
        return;
    QItemSelection selection;
    for (const QDate date : dates) {
        const QModelIndex index = calendar->indexOf(date);
        if (index.isValid())
            selection.select(index, index);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}
