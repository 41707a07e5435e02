#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// Draws a shift type as a chip in the type's colour holding its code, in black or white,
// whichever reads better on that colour, followed by the type's name in the view's own text
// colour, so both stay readable in light and dark palettes.
class ShiftTypeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QSize chipSize(const QFontMetrics &metrics, const QString &code);
};
