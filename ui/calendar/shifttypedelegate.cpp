#include "shifttypedelegate.h"

#include "calendarpalette.h"
#include "shifttablemodel.h"

#include <QApplication>
#include <QPainter>

namespace {

int chipPadding(const QFontMetrics &metrics)
{
    return std::max(3, metrics.height() / 4);
}

} // namespace

QSize ShiftTypeDelegate::chipSize(const QFontMetrics &metrics, const QString &code)
{
    const int padding = chipPadding(metrics);
    return {std::max(metrics.horizontalAdvance(code) + 2 * padding, metrics.height() + padding), metrics.height() + padding / 2};
}

void ShiftTypeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QColor colour = index.data(Qt::DecorationRole).value<QColor>();
    const QString code = index.data(Qt::DisplayRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws background, selection and focus; the chip and the name are drawn here.
    opt.text.clear();
    opt.icon = {};
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(option.font);
    const int padding = chipPadding(metrics);
    const QRect content = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QRect chip(QPoint(content.left(), 0), chipSize(metrics, code));
    chip.moveTop(content.top() + (content.height() - chip.height()) / 2);

    painter->save();
    painter->setFont(opt.font);
    painter->setRenderHint(QPainter::Antialiasing);
    if (colour.isValid()) {
        // A faint outline keeps a pale chip visible on a light background and a dark one on a
        // dark background.
        QColor outline = opt.palette.color(QPalette::Text);
        outline.setAlpha(70);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(colour);
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), padding, padding);
        painter->setPen(CalendarPalette::textColourOn(colour));
    } else {
        painter->setPen(opt.palette.color(QPalette::Text));
    }
    painter->drawText(chip, Qt::AlignCenter, code);

    const QString name = index.data(ShiftTableModel::TypeNameRole).toString();
    if (!name.isEmpty()) {
        const bool selected = option.state & QStyle::State_Selected;
        // initStyleOption() has put the row's own text colour (grey for a cancelled shift) in the palette.
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect nameRect = content.adjusted(chip.width() + padding * 2, 0, 0, 0);
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeading,
                          metrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    }
    painter->restore();
}

QSize ShiftTypeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString name = index.data(ShiftTableModel::TypeNameRole).toString();
    const QSize chip = chipSize(metrics, index.data(Qt::DisplayRole).toString());
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int width = chip.width() + 2 * chipPadding(metrics) + metrics.horizontalAdvance(name) + 2 * metrics.averageCharWidth();
    return {std::max(base.width(), width), std::max(base.height(), chip.height() + 4)};
}
