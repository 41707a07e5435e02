#include "heatmaplegend.h"

#include "calendar/calendarpalette.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

using Cell = AvailabilityGrid::Cell;
using State = AvailabilityGrid::State;
using TeamStatus = AvailabilityGrid::TeamStatus;

} // namespace

HeatmapLegend::HeatmapLegend(QWidget *parent)
    : SwatchLegend(parent)
{
}

void HeatmapLegend::setContent(HeatmapModel::Mode mode, const QList<ShiftType> &shiftTypes, const HeatmapPalette &palette)
{
    m_mode = mode;
    m_palette = palette;
    m_entries.clear();
    QStringList texts;
    const auto add = [&](const QString &text, const Entry &entry) {
        texts << text;
        m_entries.append(entry);
    };
    if (mode == HeatmapModel::Mode::Teams) {
        for (TeamStatus status : {TeamStatus::Below, TeamStatus::At, TeamStatus::Above})
            add(HeatmapPalette::teamStatusName(status), {{}, status, {}});
        add(tr("Number: team members available to work that day"), {{}, std::nullopt, {}});
    } else {
        add(HeatmapPalette::stateName(State::Available), {Cell::make(State::Available, 0, false), {}, {}});
        for (int i = 0; i < shiftTypes.size(); ++i) {
            if (shiftTypes.at(i).active)
                add(tr("On shift: %1").arg(shiftTypes.at(i).name),
                    {Cell::make(State::OnShift, i, false), {}, shiftTypes.at(i).code});
        }
        for (LeaveRequest::Type type : CalendarPalette::leaveTypes())
            add(CalendarPalette::leaveName(type),
                {Cell::make(State::OnLeave, int(type), false), {}, CalendarPalette::leaveCode(type)});
        add(tr("Leave requested, not yet approved (corner mark)"), {Cell::make(State::Available, 0, true), {}, {}});
        for (State state : {State::CannotWork, State::OffDay, State::OutOfTerm})
            add(HeatmapPalette::stateName(state), {Cell::make(state, 0, false), {}, {}});
    }
    setEntries(texts);
}

void HeatmapLegend::paintSwatch(QPainter &painter, int index, const QRect &swatch) const
{
    const Entry &entry = m_entries.at(index);
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
}
