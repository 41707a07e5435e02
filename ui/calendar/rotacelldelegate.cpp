#include "rotacelldelegate.h"

#include "calendarpalette.h"
#include "rotagridmodel.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

enum Look { Pinned = 1, Cancelled = 2, NeedsReassignment = 4 };

int lookOf(const Shift &shift)
{
    return (shift.is_pinned ? Pinned : 0) | (shift.status == Shift::Status::Cancelled ? Cancelled : 0)
        | (shift.status == Shift::Status::NeedsReassignment ? NeedsReassignment : 0);
}

QString codeOf(const ShiftType *type)
{
    return type ? type->code : u"?"_s;
}

} // namespace

void RotaCellDelegate::useFont(const QFont &font) const
{
    if (m_fontHeight > 0 && font == m_viewFont)
        return;
    m_viewFont = font;
    m_font = font;
    m_font.setBold(true);
    const QFontMetrics metrics(m_font);
    m_fontHeight = metrics.height();
    m_padding = std::max(2, m_fontHeight / 6);
    m_codeWidths.clear();
    m_chips.clear();
}

int RotaCellDelegate::chipWidth(const ShiftType *type, const Shift &shift) const
{
    const qint64 key = type ? type->id : 0;
    auto it = m_codeWidths.constFind(key);
    if (it == m_codeWidths.constEnd())
        it = m_codeWidths.insert(key, QFontMetrics(m_font).horizontalAdvance(codeOf(type)) + 2 * m_padding);
    return *it + (shift.is_pinned ? m_padding + 3 : 0);
}

const QPixmap &RotaCellDelegate::chip(const ShiftType *type, const Shift &shift, QSize size, qreal ratio, const QPalette &palette) const
{
    const ChipKey key{type ? type->id : 0, lookOf(shift), size.width(), size.height(), ratio};
    if (const auto it = m_chips.constFind(key); it != m_chips.constEnd())
        return *it;

    const CalendarPalette colours(palette);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = type ? QColor(type->colour) : palette.color(QPalette::Mid);
    const int look = lookOf(shift);
    QColor fill = colour;
    if (look & Cancelled)
        fill.setAlphaF(0.35);
    painter.setPen((look & NeedsReassignment) ? QPen(colours.belowMinimum(), 1.5, Qt::DashLine) : QPen(colour.darker(130), 1));
    painter.setBrush(fill);
    const QRect rect(QPoint(0, 0), size);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QFont font = m_font;
    font.setStrikeOut(look & Cancelled);
    painter.setFont(font);
    const QColor ink = (look & Cancelled) ? colours.text() : CalendarPalette::textColourOn(colour);
    painter.setPen(ink);
    QRect textRect = rect;
    if (look & Pinned) {
        // A pin: a filled dot with a short needle, in the top-right of the chip.
        const int r = std::max(2, m_padding / 2 + 1);
        const QPoint centre(rect.right() - r - 2, rect.top() + r + 2);
        painter.setBrush(ink);
        painter.drawEllipse(centre, r, r);
        painter.drawLine(centre, centre + QPoint(0, r + 3));
        textRect.setRight(centre.x() - r);
    }
    painter.drawText(textRect, Qt::AlignCenter, codeOf(type));
    painter.end();
    return *m_chips.insert(key, pixmap);
}

void RotaCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const RotaGridModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    useFont(option.font);
    // Chips depend on the base and text colours only (the option's palette is a new copy per cell).
    const qint64 paletteKey = (qint64(option.palette.color(QPalette::Base).rgba()) << 32) | option.palette.color(QPalette::Text).rgba();
    if (paletteKey != m_paletteKey) {
        m_paletteKey = paletteKey;
        m_chips.clear();
    }
    const CalendarPalette palette(option.palette);
    const int row = index.row();
    const int column = index.column();
    const QRect rect = option.rect;
    const QDate date = model->dateAt(column);
    const bool team = model->rowKind(row) == RotaGridModel::RowKind::Team;
    const RotaGridModel::Cell &cell = model->cellAt(row, column);

    if (team)
        painter->fillRect(rect, option.palette.color(QPalette::Window));
    else if (model->isHoliday(column))
        painter->fillRect(rect, palette.holidayBackground());
    else if (date.dayOfWeek() >= Qt::Saturday)
        painter->fillRect(rect, palette.weekendBackground());
    // Other days show the view's own base colour, already painted behind the cells.
    const LeaveRequest *leave = cell.leave;
    if (leave)
        painter->fillRect(rect, palette.leaveBrush(leave->type, leave->status != LeaveRequest::Status::Approved));
    if (cell.cannotWork)
        painter->fillRect(rect, palette.cannotWorkBrush());
    if (option.state & QStyle::State_Selected) {
        QColor highlight = option.palette.color(QPalette::Highlight);
        highlight.setAlpha(70);
        painter->fillRect(rect, highlight);
    }

    static const QList<int> none;
    const QList<int> &indexes = cell.shifts ? *cell.shifts : none;
    const QList<Shift> &shifts = model->period().shifts();
    const int chipHeight = m_fontHeight + m_padding;
    if (!indexes.isEmpty()) {
        // Chips side by side when they fit, otherwise stacked.
        int totalWidth = 0;
        for (int i : indexes)
            totalWidth += chipWidth(model->period().shiftType(shifts.at(i).shift_type_id), shifts.at(i)) + m_padding;
        const bool stacked = totalWidth > rect.width() - m_padding;
        const qreal ratio = painter->device()->devicePixelRatioF();
        int x = rect.left() + std::max(m_padding, (rect.width() - totalWidth) / 2);
        int y = stacked ? rect.top() + m_padding : rect.center().y() - chipHeight / 2;
        for (qsizetype n = 0; n < indexes.size(); ++n) {
            const Shift &shift = shifts.at(indexes.at(n));
            const ShiftType *type = model->period().shiftType(shift.shift_type_id);
            const QSize size(stacked ? rect.width() - 2 * m_padding : chipWidth(type, shift), chipHeight);
            if (stacked && y + chipHeight > rect.bottom() + 1) {
                painter->setPen(palette.text());
                painter->setFont(m_font);
                painter->drawText(rect.adjusted(0, 0, -m_padding, 0), Qt::AlignRight | Qt::AlignBottom,
                                  u"+%1"_s.arg(indexes.size() - n));
                break;
            }
            painter->drawPixmap(stacked ? rect.left() + m_padding : x, y, chip(type, shift, size, ratio, option.palette));
            if (stacked)
                y += chipHeight + 1;
            else
                x += size.width() + m_padding;
        }
    } else if (leave) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(palette.text());
        painter->drawText(rect, Qt::AlignCenter, CalendarPalette::leaveCode(leave->type));
    }

    if (cell.conflict) {
        // A warning corner: shape and colour, so it does not rely on colour alone.
        const int size = std::max(7, m_fontHeight / 2);
        const QPoint corner = rect.topLeft();
        const QPoint points[] = {corner, corner + QPoint(size, 0), corner + QPoint(0, size)};
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.belowMinimum());
        painter->drawPolygon(points, 3);
        painter->restore();
    }
    if (cell.pendingSwap)
        paintSwapBadge(*painter, rect, palette, m_fontHeight);
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
}

void RotaCellDelegate::paintSwapBadge(QPainter &painter, const QRect &cell, const CalendarPalette &palette, int fontHeight)
{
    // A dark disc with a pair of arrows in the top right corner: a colleague is asked to take a
    // shift here. Shape and glyph, not colour alone.
    const int size = std::max(10, fontHeight * 3 / 4);
    const QRect badge(cell.right() - size - 1, cell.top() + 1, size, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.text());
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setPixelSize(std::max(8, size - 3));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.base());
    painter.drawText(badge, Qt::AlignCenter, u"\u21c4"_s);
    painter.restore();
}

QSize RotaCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(u"LD"_s) + metrics.height() * 2, metrics.height() + metrics.height() / 2 + 6};
}
