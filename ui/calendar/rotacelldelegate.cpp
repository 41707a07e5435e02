#include "rotacelldelegate.h"

#include "calendarpalette.h"
#include "rotagridmodel.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

void RotaCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const RotaGridModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const CalendarPalette palette(option.palette);
    const int row = index.row();
    const int column = index.column();
    const QRect rect = option.rect;
    const QDate date = model->dateAt(column);
    painter->save();

    QColor background = palette.base();
    if (model->rowKind(row) == RotaGridModel::RowKind::Team)
        background = option.palette.color(QPalette::Window);
    else if (!model->holidayAt(column).isEmpty())
        background = palette.holidayBackground();
    else if (date.dayOfWeek() >= Qt::Saturday)
        background = palette.weekendBackground();
    painter->fillRect(rect, background);
    if (const LeaveRequest *leave = model->leaveAt(row, column))
        painter->fillRect(rect, palette.leaveBrush(leave->type, leave->status != LeaveRequest::Status::Approved));
    if (model->cannotWorkAt(row, column))
        painter->fillRect(rect, palette.cannotWorkBrush());

    const bool selected = option.state & QStyle::State_Selected;
    if (selected) {
        QColor highlight = option.palette.color(QPalette::Highlight);
        highlight.setAlpha(70);
        painter->fillRect(rect, highlight);
    }

    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QList<const Shift *> shifts = model->shiftsAt(row, column);
    const int padding = std::max(2, metrics.height() / 6);
    const int chipHeight = metrics.height() + padding;
    if (!shifts.isEmpty()) {
        // Chips side by side when they fit, otherwise stacked.
        int totalWidth = 0;
        QList<int> widths;
        for (const Shift *shift : shifts) {
            const ShiftType *type = model->period().shiftType(shift->shift_type_id);
            const int width = metrics.horizontalAdvance(type ? type->code : u"?"_s) + 2 * padding + (shift->is_pinned ? padding + 3 : 0);
            widths << width;
            totalWidth += width + padding;
        }
        const bool stacked = totalWidth > rect.width() - padding;
        int x = rect.left() + std::max(padding, (rect.width() - totalWidth) / 2);
        int y = stacked ? rect.top() + padding : rect.center().y() - chipHeight / 2;
        for (int i = 0; i < shifts.size(); ++i) {
            const Shift *shift = shifts.at(i);
            const ShiftType *type = model->period().shiftType(shift->shift_type_id);
            const QColor colour = type ? QColor(type->colour) : option.palette.color(QPalette::Mid);
            QRect chip(stacked ? rect.left() + padding : x, y, stacked ? rect.width() - 2 * padding : widths.at(i), chipHeight);
            if (stacked && chip.bottom() > rect.bottom()) {
                painter->setPen(palette.text());
                painter->drawText(rect.adjusted(0, 0, -padding, 0), Qt::AlignRight | Qt::AlignBottom, u"+%1"_s.arg(shifts.size() - i));
                break;
            }
            painter->setRenderHint(QPainter::Antialiasing);
            QColor fill = colour;
            if (shift->status == Shift::Status::Cancelled)
                fill.setAlphaF(0.35);
            painter->setPen(shift->status == Shift::Status::NeedsReassignment ? QPen(palette.belowMinimum(), 1.5, Qt::DashLine)
                                                                              : QPen(colour.darker(130), 1));
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            QFont chipFont = font;
            chipFont.setStrikeOut(shift->status == Shift::Status::Cancelled);
            painter->setFont(chipFont);
            painter->setPen(shift->status == Shift::Status::Cancelled ? palette.text() : CalendarPalette::textColourOn(colour));
            QRect textRect = chip;
            if (shift->is_pinned) {
                // A pin: a filled dot with a short needle, in the top-right of the chip.
                const int r = std::max(2, padding / 2 + 1);
                const QPoint centre(chip.right() - r - 2, chip.top() + r + 2);
                painter->setBrush(CalendarPalette::textColourOn(colour));
                painter->drawEllipse(centre, r, r);
                painter->drawLine(centre, centre + QPoint(0, r + 3));
                textRect.setRight(centre.x() - r);
            }
            painter->drawText(textRect, Qt::AlignCenter, type ? type->code : u"?"_s);
            painter->setFont(font);
            if (stacked)
                y += chipHeight + 1;
            else
                x += widths.at(i) + padding;
        }
    } else if (const LeaveRequest *leave = model->leaveAt(row, column)) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(palette.text());
        painter->drawText(rect, Qt::AlignCenter, CalendarPalette::leaveCode(leave->type));
    }

    if (model->hasConflict(row, column)) {
        // A warning corner: shape and colour, so it does not rely on colour alone.
        const int size = std::max(7, metrics.height() / 2);
        QPainterPath corner;
        corner.moveTo(rect.topLeft());
        corner.lineTo(rect.topLeft() + QPoint(size, 0));
        corner.lineTo(rect.topLeft() + QPoint(0, size));
        corner.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(corner, palette.belowMinimum());
    }

    if (date == model->today()) {
        painter->setPen(QPen(palette.todayOutline(), 2));
        painter->drawLine(rect.topLeft() + QPoint(1, 0), rect.bottomLeft() + QPoint(1, 0));
        painter->drawLine(rect.topRight(), rect.bottomRight());
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QSize RotaCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(u"LD"_s) + metrics.height() * 2, metrics.height() + metrics.height() / 2 + 6};
}
