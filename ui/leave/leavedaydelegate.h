#pragma once

#include <QStyledItemDelegate>

// Paints one day of a LeaveCalendarModel: the day number and bank holiday, weekend and holiday
// shading, the clinician's state on a line of its own (leave in its type's colour and pattern,
// cannot-work days hatched, shift codes), and the team's capacity as "2/3 off". A full day gets
// a hatched red edge and the word "full", so that it does not rely on colour alone. Selected
// days are filled and outlined in the highlight colour.
class LeaveDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
