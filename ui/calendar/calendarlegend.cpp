#include "calendarlegend.h"

#include "calendarpalette.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int Spacing = 14;

} // namespace

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    rebuild();
}

void CalendarLegend::setShiftTypes(const QList<ShiftType> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    rebuild();
}

QStringList CalendarLegend::entries() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts << entry.text;
    return texts;
}

void CalendarLegend::rebuild()
{
    m_entries.clear();
    for (const ShiftType &type : std::as_const(m_types))
        m_entries.append({Swatch::ShiftType, type.name, QColor(type.colour), type.code});
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes())
        m_entries.append({Swatch::Leave, CalendarPalette::leaveName(type), {}, CalendarPalette::leaveCode(type), int(type)});
    m_entries.append({Swatch::Pinned, tr("Pinned"), {}, {}});
    m_entries.append({Swatch::Conflict, tr("Conflict (hover for details)"), {}, {}});
    m_entries.append({Swatch::CannotWork, tr("Cannot work (working terms)"), {}, {}});
    m_entries.append({Swatch::Weekend, tr("Weekend"), {}, {}});
    m_entries.append({Swatch::Holiday, tr("Bank holiday"), {}, {}});
    m_entries.append({Swatch::Today, tr("Today"), {}, {}});
    updateGeometry();
    update();
}

int CalendarLegend::entryWidth(const Entry &entry) const
{
    const QFontMetrics metrics(font());
    return metrics.height() * 2 + 6 + metrics.horizontalAdvance(entry.text);
}

QList<QRect> CalendarLegend::layout(int width, int *height) const
{
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 6;
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    for (const Entry &entry : m_entries) {
        const int w = entryWidth(entry);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        rects.append(QRect(x, y, w, lineHeight));
        x += w + Spacing;
    }
    *height = y + lineHeight;
    return rects;
}

int CalendarLegend::heightForWidth(int width) const
{
    int height = 0;
    layout(width, &height);
    return height;
}

QSize CalendarLegend::sizeHint() const
{
    const int w = std::max(width(), 600);
    return {w, heightForWidth(w)};
}

QSize CalendarLegend::minimumSizeHint() const
{
    return {100, heightForWidth(std::max(width(), 100))};
}

void CalendarLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        if (event->type() == QEvent::LanguageChange)
            rebuild();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void CalendarLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const CalendarPalette palette(this->palette());
    const QFontMetrics metrics(font());
    int height = 0;
    const QList<QRect> rects = layout(width(), &height);
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRect rect = rects.at(i);
        const QRect swatch(rect.left(), rect.top() + 3, metrics.height() * 2, metrics.height());
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
        painter.setPen(palette.text());
        painter.drawText(QRect(swatch.right() + 6, rect.top(), rect.width(), rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.text);
    }
}
