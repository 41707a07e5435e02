#include "leavedaydelegate.h"

#include "calendar/calendarpalette.h"
#include "leavecalendarmodel.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int FullEdgeWidth = 5; // the hatched band along the foot of a full day

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QFont scaled(const QFont &font, qreal factor)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * factor);
    else
        result.setPixelSize(std::max(6, int(font.pixelSize() * factor)));
    return result;
}

} // namespace

void LeaveDayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CalendarPalette colours(option.palette);
    const QDate date = index.data(LeaveCalendarModel::DateRole).toDate();
    const bool inMonth = index.data(LeaveCalendarModel::InMonthRole).toBool();
    const bool today = index.data(LeaveCalendarModel::TodayRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QString holiday = index.data(LeaveCalendarModel::HolidayRole).toString();
    const QVariant leaveType = index.data(LeaveCalendarModel::LeaveTypeRole);
    const bool cannotWork = index.data(LeaveCalendarModel::CannotWorkRole).toBool();
    const QString state = index.data(LeaveCalendarModel::StateTextRole).toString();
    const QString capacity = index.data(LeaveCalendarModel::CapacityTextRole).toString();
    const bool full = index.data(LeaveCalendarModel::FullRole).toBool();

    painter->save();
    painter->setClipRect(option.rect);
    QColor background = colours.base();
    if (!holiday.isEmpty())
        background = colours.holidayBackground();
    else if (index.data(LeaveCalendarModel::WeekendRole).toBool())
        background = colours.weekendBackground();
    painter->fillRect(option.rect, background);

    const QFont font = option.font;
    QFont bold = font;
    bold.setBold(true);
    const QFont small = scaled(font, 0.85);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetrics metrics(font);
    const QFontMetrics smallMetrics(small);
    const int padding = std::max(3, metrics.height() / 5);
    const QColor text = colours.text();
    const QColor dimText = withAlpha(text, 130);
    QRect content = option.rect.adjusted(padding, padding, -padding, -padding);
    if (full)
        content.setBottom(content.bottom() - FullEdgeWidth);

    // The header: day number, then the bank holiday's name as far as it fits.
    const QRect header(content.left(), content.top(), content.width(), metrics.height());
    painter->setFont(today ? bold : font);
    painter->setPen(today ? colours.todayOutline() : (inMonth ? text : dimText));
    const QString number = date.day() == 1 ? QLocale().toString(date, tr("d MMM", "first day of a month in the leave calendar"))
                                           : QString::number(date.day());
    QRect numberRect;
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, number, &numberRect);
    if (!holiday.isEmpty()) {
        QRect holidayRect = header;
        holidayRect.setLeft(numberRect.right() + padding + 1);
        painter->setFont(small);
        painter->setPen(inMonth ? text : dimText);
        painter->drawText(holidayRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(holiday, Qt::ElideRight, holidayRect.width()));
    }

    // The state line: leave in its colour and pattern, a cannot-work day hatched.
    const int lineHeight = metrics.height() + 2;
    const QRect stateRect(content.left(), header.bottom() + padding, content.width(), lineHeight);
    if (leaveType.isValid()) {
        const auto type = LeaveRequest::Type(leaveType.toInt());
        const bool pending = index.data(LeaveCalendarModel::LeavePendingRole).toBool();
        painter->fillRect(stateRect, colours.leaveBrush(type, pending));
        if (pending) {
            // Pending leave is a lighter pattern with a dashed outline, approved leave a fill.
            painter->setPen(QPen(colours.leaveBrush(type, false).color().darker(140), 1, Qt::DashLine));
            painter->drawRect(stateRect.adjusted(0, 0, -1, -1));
        }
    } else if (cannotWork) {
        painter->fillRect(stateRect, colours.cannotWorkBrush());
    }
    if (!state.isEmpty()) {
        painter->setFont(font);
        painter->setPen(inMonth ? text : dimText);
        painter->drawText(stateRect.adjusted(3, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(state, Qt::ElideRight, stateRect.width() - 5));
    }

    // The team's capacity, at the foot of the day.
    if (!capacity.isEmpty()) {
        const QRect capacityRect(content.left(), content.bottom() - smallMetrics.height() + 1, content.width(), smallMetrics.height());
        if (capacityRect.top() > stateRect.bottom()) {
            painter->setFont(full ? smallBold : small);
            painter->setPen(full ? colours.belowMinimum() : (inMonth ? text : dimText));
            const QString label = full ? tr("%1 · full", "capacity, then the word full").arg(capacity) : capacity;
            painter->drawText(capacityRect, Qt::AlignLeft | Qt::AlignVCenter,
                              smallMetrics.elidedText(label, Qt::ElideRight, capacityRect.width()));
        }
    }
    if (full) {
        const QRect edge(option.rect.left(), option.rect.bottom() - FullEdgeWidth + 1, option.rect.width(), FullEdgeWidth);
        painter->fillRect(edge, withAlpha(colours.belowMinimum(), 40));
        painter->fillRect(edge, QBrush(colours.belowMinimum(), Qt::BDiagPattern));
        painter->fillRect(QRect(edge.left(), edge.top(), edge.width(), 1), colours.belowMinimum());
    }

    if (!inMonth)
        painter->fillRect(option.rect, withAlpha(option.palette.color(QPalette::Window), 120));
    if (selected) {
        const QColor highlight = option.palette.color(QPalette::Highlight);
        painter->fillRect(option.rect, withAlpha(highlight, 60));
        painter->setPen(QPen(highlight, 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    } else if (today) {
        painter->setPen(QPen(colours.todayOutline(), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->setPen(colours.gridLine());
    painter->drawLine(option.rect.topRight(), option.rect.bottomRight());
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

QSize LeaveDayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(u"00/00 off · full"_s), metrics.height() * 4};
}
