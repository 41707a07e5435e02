#include "heatmaplegend.h"

#include "calendar/calendarpalette.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

using Cell = AvailabilityGrid::Cell;
using State = AvailabilityGrid::State;
using TeamStatus = AvailabilityGrid::TeamStatus;

constexpr int Spacing = 14;

} // namespace

HeatmapLegend::HeatmapLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void HeatmapLegend::setContent(HeatmapModel::Mode mode, const QList<ShiftType> &shiftTypes, const HeatmapPalette &palette)
{
    m_mode = mode;
    m_palette = palette;
    m_entries.clear();
    if (mode == HeatmapModel::Mode::Teams) {
        for (TeamStatus status : {TeamStatus::Below, TeamStatus::At, TeamStatus::Above})
            m_entries.append({HeatmapPalette::teamStatusName(status), {}, status, {}});
        m_entries.append({tr("Number: team members available to work that day"), {}, std::nullopt, {}});
    } else {
        m_entries.append({HeatmapPalette::stateName(State::Available), Cell::make(State::Available, 0, false), {}, {}});
        for (int i = 0; i < shiftTypes.size(); ++i) {
            if (shiftTypes.at(i).active)
                m_entries.append({tr("On shift: %1").arg(shiftTypes.at(i).name), Cell::make(State::OnShift, i, false), {},
                                  shiftTypes.at(i).code});
        }
        for (LeaveRequest::Type type : CalendarPalette::leaveTypes())
            m_entries.append({CalendarPalette::leaveName(type), Cell::make(State::OnLeave, int(type), false), {},
                              CalendarPalette::leaveCode(type)});
        m_entries.append({tr("Leave requested, not yet approved (corner mark)"), Cell::make(State::Available, 0, true), {}, {}});
        for (State state : {State::CannotWork, State::OffDay, State::OutOfTerm})
            m_entries.append({HeatmapPalette::stateName(state), Cell::make(state, 0, false), {}, {}});
    }
    updateGeometry();
    update();
}

QStringList HeatmapLegend::entries() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts << entry.text;
    return texts;
}

QList<QRect> HeatmapLegend::layout(int width, int *height) const
{
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 6;
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    for (const Entry &entry : m_entries) {
        const int w = metrics.height() * 2 + 6 + metrics.horizontalAdvance(entry.text);
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

int HeatmapLegend::heightForWidth(int width) const
{
    int height = 0;
    layout(width, &height);
    return height;
}

QSize HeatmapLegend::sizeHint() const
{
    const int w = std::max(width(), 600);
    return {w, heightForWidth(w)};
}

QSize HeatmapLegend::minimumSizeHint() const
{
    return {100, heightForWidth(std::max(width(), 100))};
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintAt(painter, width());
}

void HeatmapLegend::paintAt(QPainter &painter, int width) const
{
    const QFontMetrics metrics(font());
    painter.setFont(font());
    int height = 0;
    const QList<QRect> rects = layout(width, &height);
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRect rect = rects.at(i);
        const QRect swatch(rect.left(), rect.top() + 3, metrics.height() * 2, metrics.height());
        QColor background;
        if (m_mode == HeatmapModel::Mode::Teams) {
            if (entry.team) {
                background = m_palette.teamColour(*entry.team);
                painter.fillRect(swatch, background);
                painter.setPen(m_palette.teamText(*entry.team));
                painter.drawText(swatch, Qt::AlignCenter, *entry.team == TeamStatus::Below ? u"2"_s : u"4"_s);
            } else {
                painter.setPen(m_palette.text());
                painter.drawText(swatch, Qt::AlignCenter, u"3"_s);
            }
        } else {
            background = QColor::fromRgb(m_palette.cellColour(entry.cell));
            painter.fillRect(swatch, background);
            const QBrush &pattern = m_palette.cellPattern(entry.cell);
            if (pattern.style() != Qt::NoBrush)
                painter.fillRect(swatch, pattern);
            if (entry.cell.state() == State::OutOfTerm) {
                painter.setPen(m_palette.outOfTermMark());
                const QRect cross = swatch.adjusted(swatch.width() / 4, 2, -swatch.width() / 4, -2);
                painter.drawLine(cross.topLeft(), cross.bottomRight());
                painter.drawLine(cross.topRight(), cross.bottomLeft());
            }
            if (entry.cell.pendingLeave()) {
                const int mark = swatch.height() / 2;
                const QPoint corner = swatch.topRight() + QPoint(1, 0);
                const QPoint points[3] = {corner, corner - QPoint(mark, 0), corner + QPoint(0, mark)};
                painter.setPen(Qt::NoPen);
                painter.setBrush(m_palette.pendingMark());
                painter.drawPolygon(points, 3);
                painter.setBrush(Qt::NoBrush);
            }
            if (!entry.code.isEmpty()) {
                painter.setPen(CalendarPalette::textColourOn(background));
                painter.drawText(swatch, Qt::AlignCenter, entry.code);
            }
        }
        painter.setPen(m_palette.gridLine());
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
        painter.setPen(m_palette.text());
        painter.drawText(QRect(swatch.right() + 6, rect.top(), rect.width(), rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.text);
    }
}
