#include "monthdelegate.h"

#include "calendarpalette.h"
#include "monthmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

const MonthDelegate::Metrics &MonthDelegate::metricsFor(const QFont &font) const
{
    if (!m_metrics || m_metrics->font != font) {
        QFont bold = font;
        bold.setBold(true);
        QFont small = font;
        if (font.pointSizeF() > 0)
            small.setPointSizeF(font.pointSizeF() * 0.85);
        else
            small.setPixelSize(std::max(6, font.pixelSize() * 85 / 100));
        const QFontMetrics metrics(font);
        m_metrics.emplace(Metrics{font, bold, small, metrics, QFontMetrics(small), std::max(2, metrics.height() / 8),
                                  metrics.height() + 2, {}});
    }
    return *m_metrics;
}

int MonthDelegate::advance(const Metrics &metrics, const QString &code) const
{
    auto it = metrics.advances.constFind(code);
    if (it == metrics.advances.constEnd())
        it = metrics.advances.insert(code, metrics.metrics.horizontalAdvance(code));
    return *it;
}

MonthDelegate::Layout MonthDelegate::layout(const QStyleOptionViewItem &option, int lineCount) const
{
    const Metrics &m = metricsFor(option.font);
    Layout layout;
    const QRect content = option.rect.adjusted(m.padding + 1, m.padding, -m.padding - 1, -m.padding);
    const int headerHeight = m.metrics.height();
    layout.dayNumber = QRect(content.left(), content.top(), m.metrics.horizontalAdvance(u"00 MMM"_s), headerHeight);
    layout.holiday = QRect(content.left(), content.top(), content.width(), headerHeight);

    const int pitch = m.lineHeight + 1;
    const int top = content.top() + headerHeight + m.padding;
    const int fits = std::max(0, (content.bottom() + 1 - top + 1) / pitch);
    const int shown = lineCount <= fits ? lineCount : std::max(0, fits - 1);
    layout.lines.reserve(shown);
    for (int i = 0; i < shown; ++i)
        layout.lines.append(QRect(content.left(), top + i * pitch, content.width(), m.lineHeight));
    layout.hidden = lineCount - shown;
    if (layout.hidden > 0) {
        // A day too short for any line still says how many it holds, at the end of its header.
        layout.more = fits > 0 ? QRect(content.left(), top + shown * pitch, content.width(), m.lineHeight)
                               : QRect(content.left(), content.top(), content.width(), headerHeight);
    }
    return layout;
}

int MonthDelegate::lineAt(const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const
{
    const auto *model = qobject_cast<const MonthModel *>(index.model());
    if (!model || !option.rect.contains(pos))
        return NoLine;
    const Layout cell = layout(option, int(model->lines(index).size()));
    for (int i = 0; i < cell.lines.size(); ++i) {
        if (cell.lines.at(i).contains(pos))
            return i;
    }
    return cell.more.contains(pos) ? MoreLine : NoLine;
}

void MonthDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const MonthModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::paint(painter, option, index);
    const Metrics &m = metricsFor(option.font);
    const CalendarPalette colours(option.palette);
    const QDate date = model->dateAt(index);
    const bool inMonth = date.month() == model->month().month();
    const bool today = date == model->today();
    const bool selected = option.state & QStyle::State_Selected;
    const QString holiday = index.data(MonthModel::HolidayRole).toString();
    const QList<MonthModel::Line> &lines = model->lines(index);
    const Layout cell = layout(option, int(lines.size()));

    painter->save();
    QColor background = colours.base();
    if (!holiday.isEmpty())
        background = colours.holidayBackground();
    else if (date.dayOfWeek() >= Qt::Saturday)
        background = colours.weekendBackground();
    painter->fillRect(option.rect, background);
    if (!inMonth)
        painter->fillRect(option.rect, withAlpha(option.palette.color(QPalette::Window), 150));
    if (selected)
        painter->fillRect(option.rect, withAlpha(option.palette.color(QPalette::Highlight), 45));

    const QColor text = colours.text();
    const QColor dimText = withAlpha(text, 140);

    // The header: the day number (with the month on the 1st, so that the days before and after
    // the month read right) and the bank holiday's name.
    const QString number = date.day() == 1 ? QLocale().toString(date, tr("d MMM", "first day of a month in the month view"))
                                           : QString::number(date.day());
    painter->setFont(today ? m.bold : m.font);
    painter->setPen(today ? colours.todayOutline() : (inMonth ? text : dimText));
    QRect numberRect;
    painter->drawText(cell.dayNumber, Qt::AlignLeft | Qt::AlignVCenter, number, &numberRect);
    const int headerRight = cell.hidden > 0 && cell.lines.isEmpty()
                                ? cell.more.right() - m.smallMetrics.horizontalAdvance(tr("+%n", "lines not shown", cell.hidden)) - m.padding
                                : cell.holiday.right();
    if (!holiday.isEmpty()) {
        QRect holidayRect = cell.holiday;
        holidayRect.setLeft(numberRect.right() + 2 * m.padding + 1);
        holidayRect.setRight(headerRight);
        painter->setFont(m.small);
        painter->setPen(inMonth ? text : dimText);
        painter->drawText(holidayRect, Qt::AlignLeft | Qt::AlignVCenter,
                          m.smallMetrics.elidedText(holiday, Qt::ElideRight, holidayRect.width()));
    }

    // The code chips of a day share one width so that the names line up.
    int chipWidth = m.lineHeight;
    for (int i = 0; i < cell.lines.size(); ++i)
        chipWidth = std::max(chipWidth, advance(m, lines.at(i).code) + 2 * m.padding + 2);
    chipWidth = std::min(chipWidth, option.rect.width() / 2);

    painter->setFont(m.font);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor chipOutline = text;
    chipOutline.setAlpha(70);
    for (int i = 0; i < cell.lines.size(); ++i) {
        const MonthModel::Line &line = lines.at(i);
        const QRect rect = cell.lines.at(i);
        const QRect chip(rect.left(), rect.top(), chipWidth, rect.height());
        bool struck = false;
        if (line.leave) {
            painter->fillRect(rect, colours.leaveBrush(line.leave->type, line.leave->status == LeaveRequest::Status::Pending));
            painter->setPen(text);
        } else {
            struck = line.shift && line.shift->status == Shift::Status::Cancelled;
            // A cancelled shift keeps its colour as an outline only, so it does not read as cover.
            painter->setPen(struck ? QPen(line.colour, 1.5) : QPen(chipOutline, 1));
            painter->setBrush(struck ? QBrush(Qt::NoBrush) : QBrush(line.colour));
            painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), m.padding, m.padding);
            painter->setPen(struck ? dimText : CalendarPalette::textColourOn(line.colour));
        }
        painter->drawText(chip, Qt::AlignCenter, line.code);

        const QRect nameRect = rect.adjusted(chipWidth + m.padding + 1, 0, 0, 0);
        if (nameRect.width() <= 0)
            continue;
        if (struck) {
            QFont font = m.font;
            font.setStrikeOut(true);
            painter->setFont(font);
        }
        painter->setPen(struck || (!inMonth && !line.leave) ? dimText : text);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          m.metrics.elidedText(line.name, Qt::ElideRight, nameRect.width()));
        if (struck)
            painter->setFont(m.font);
    }

    if (cell.hidden > 0) {
        painter->setFont(m.small);
        painter->setPen(text);
        const QString more = cell.lines.isEmpty() ? tr("+%n", "lines not shown", cell.hidden)
                                                  : tr("+%n more", "lines not shown", cell.hidden);
        painter->drawText(cell.more, (cell.lines.isEmpty() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, more);
    }

    painter->setBrush(Qt::NoBrush);
    if (today) {
        painter->setPen(QPen(colours.todayOutline(), 2));
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    }
    if (selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1));
        painter->drawRect(QRectF(option.rect).adjusted(today ? 2.5 : 0.5, today ? 2.5 : 0.5, today ? -2.5 : -0.5, today ? -2.5 : -0.5));
    }
    painter->restore();
}

QSize MonthDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for the day number and two lines; the view stretches days to fill itself.
    const Metrics &m = metricsFor(option.font);
    return {m.metrics.averageCharWidth() * 12, m.metrics.height() + 2 * (m.lineHeight + 1) + 3 * m.padding};
}

bool MonthDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    const auto *model = qobject_cast<const MonthModel *>(index.model());
    if (!event || !view || !model || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QList<MonthModel::Line> &lines = model->lines(index);
    const int line = lineAt(option, index, event->pos());
    QString text;
    if (line >= 0) {
        text = model->lineToolTip(lines.at(line));
    } else if (line == MoreLine) {
        const Layout cell = layout(option, int(lines.size()));
        QStringList hidden;
        for (qsizetype i = cell.lines.size(); i < lines.size(); ++i)
            hidden.append(model->lineText(lines.at(i)));
        text = hidden.join(u'\n');
    } else {
        text = index.data(Qt::ToolTipRole).toString();
    }
    QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
    return true;
}
