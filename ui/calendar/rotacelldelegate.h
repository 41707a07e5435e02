#pragma once

#include <QStyledItemDelegate>

class RotaGridModel;

// Paints one day of one clinician on the rota grid: weekend, bank holiday and leave shading,
// the cannot-work hatch, one chip per shift in its type's colour (pinned ones with a pin mark,
// cancelled ones struck through), a warning corner when a shift has a conflict, and today's
// outline. Reads the cell straight from RotaGridModel.
class RotaCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
