#include "calendarlegend.h"

#include "calendarpalette.h"
#include "rotacelldelegate.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

CalendarLegend::CalendarLegend(QWidget *parent)
    : SwatchLegend(parent)
{
    rebuild();
}

void CalendarLegend::setShiftTypes(const QList<ShiftType> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    rebuild();
}

void CalendarLegend::rebuild()
{
    m_entries.clear();
    QStringList texts;
    const auto add = [&](const QString &text, const Entry &entry) {
        texts << text;
        m_entries.append(entry);
    };
    for (const ShiftType &type : std::as_const(m_types))
        add(type.name, {Swatch::ShiftType, QColor(type.colour), type.code});
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes())
        add(CalendarPalette::leaveName(type), {Swatch::Leave, {}, CalendarPalette::leaveCode(type), int(type)});
    add(tr("Pinned"), {Swatch::Pinned, {}, {}});
    add(tr("Conflict (hover for details)"), {Swatch::Conflict, {}, {}});
    add(tr("Swap requested, still open"), {Swatch::Swap, {}, {}});
    add(tr("Cannot work (working terms)"), {Swatch::CannotWork, {}, {}});
    add(tr("Weekend"), {Swatch::Weekend, {}, {}});
    add(tr("Bank holiday"), {Swatch::Holiday, {}, {}});
    add(tr("Today"), {Swatch::Today, {}, {}});
    setEntries(texts);
}

void CalendarLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        if (event->type() == QEvent::LanguageChange)
            rebuild();
        updateGeometry();
    }
    SwatchLegend::changeEvent(event);
}

void CalendarLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintAt(painter, width());
}

QColor CalendarLegend::textColour() const
{
    return CalendarPalette(palette()).text();
}

void CalendarLegend::paintSwatch(QPainter &painter, int index, const QRect &swatch) const
{
    const CalendarPalette palette(this->palette());
    const QFontMetrics metrics(font());
    const Entry &entry = m_entries.at(index);
    painter.setPen(palette.gridLine());
    painter.setBrush(Qt::NoBrush);
    switch (entry.swatch) {
    case Swatch::ShiftType: {
        painter.setBrush(entry.colour);
        painter.setPen(entry.colour.darker(130));
        painter.drawRoundedRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(CalendarPalette::textColourOn(entry.colour));
        painter.drawText(swatch, Qt::AlignCenter, entry.code);
        painter.setFont(font());
        break;
    }
    case Swatch::Leave:
        painter.fillRect(swatch, palette.base());
        painter.fillRect(swatch, palette.leaveBrush(LeaveRequest::Type(entry.leaveType), false));
        painter.drawRect(swatch);
        painter.setPen(palette.text());
        painter.drawText(swatch, Qt::AlignCenter, entry.code);
        break;
    case Swatch::Pinned: {
        painter.setBrush(palette.text());
        const int r = std::max(2, metrics.height() / 6);
        const QPoint centre = swatch.center();
        painter.setPen(palette.text());
        painter.drawEllipse(centre, r, r);
        painter.drawLine(centre, centre + QPoint(0, r + 3));
        break;
    }
    case Swatch::Conflict: {
        painter.fillRect(swatch, palette.base());
        painter.drawRect(swatch);
        QPainterPath corner;
        const int size = std::max(7, metrics.height() / 2);
        corner.moveTo(swatch.topLeft());
        corner.lineTo(swatch.topLeft() + QPoint(size, 0));
        corner.lineTo(swatch.topLeft() + QPoint(0, size));
        corner.closeSubpath();
        painter.fillPath(corner, palette.belowMinimum());
        break;
    }
    case Swatch::Swap:
        painter.fillRect(swatch, palette.base());
        painter.drawRect(swatch);
        RotaCellDelegate::paintSwapBadge(painter, swatch, palette, metrics.height());
        break;
    case Swatch::CannotWork:
        painter.fillRect(swatch, palette.base());
        painter.fillRect(swatch, palette.cannotWorkBrush());
        painter.drawRect(swatch);
        break;
    case Swatch::Weekend:
        painter.fillRect(swatch, palette.weekendBackground());
        painter.drawRect(swatch);
        break;
    case Swatch::Holiday:
        painter.fillRect(swatch, palette.holidayBackground());
        painter.drawRect(swatch);
        break;
    case Swatch::Today:
        painter.fillRect(swatch, palette.base());
        painter.setPen(QPen(palette.todayOutline(), 2));
        painter.drawLine(swatch.topLeft(), swatch.bottomLeft());
        painter.drawLine(swatch.topRight(), swatch.bottomRight());
        break;
    }
}
