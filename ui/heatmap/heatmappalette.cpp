#include "heatmappalette.h"

#include "calendar/calendarpalette.h"

namespace {

using State = AvailabilityGrid::State;
using TeamStatus = AvailabilityGrid::TeamStatus;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB, a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

HeatmapPalette::HeatmapPalette(const QPalette &base, const QList<ShiftType> &shiftTypes)
{
    const CalendarPalette calendar(base);
    const bool dark = calendar.isDark();
    m_base = calendar.base();
    m_text = calendar.text();
    m_gridLine = calendar.gridLine();
    m_weekend = calendar.weekendBackground();
    m_holiday = calendar.holidayBackground();
    m_today = calendar.todayOutline();
    m_heading = mix(m_base, m_text, dark ? 0.16 : 0.09);
    m_pending = m_text;
    m_outOfTermMark = mix(m_base, m_text, dark ? 0.2 : 0.85);

    m_state[int(State::Available)] = m_base.rgb();
    m_state[int(State::OnShift)] = QColor(Qt::lightGray).rgb();
    m_state[int(State::OnLeave)] = QColor(0x56, 0xB4, 0xE9).rgb();
    m_state[int(State::CannotWork)] = mix(m_base, m_text, 0.26).rgb();
    m_state[int(State::OffDay)] = mix(m_base, m_text, dark ? 0.16 : 0.12).rgb();
    m_state[int(State::OutOfTerm)] = mix(m_base, m_text, 0.6).rgb();
    m_cannotWorkPattern = QBrush(mix(m_base, m_text, 0.6), Qt::BDiagPattern);

    for (const ShiftType &type : shiftTypes) {
        const QColor colour = QColor::fromString(type.colour);
        m_shiftColours.append((colour.isValid() ? colour : QColor(Qt::lightGray)).rgb());
    }
    // The calendar's leave shading: its hue as the fill, its pattern (study, coroner's, sick and
    // parental leave have one) drawn over it in the text colour, faintly.
    QColor patternColour = m_text;
    patternColour.setAlphaF(0.35);
    for (LeaveRequest::Type type : CalendarPalette::leaveTypes()) {
        const QBrush brush = calendar.leaveBrush(type, false);
        m_leaveColours.append(brush.color().rgb());
        m_leavePatterns.append(brush.style() == Qt::SolidPattern ? QBrush() : QBrush(patternColour, brush.style()));
    }

    m_team[int(TeamStatus::Below)] = dark ? QColor(0xE0, 0x6C, 0x1F) : QColor(0xD5, 0x5E, 0x00);
    m_team[int(TeamStatus::At)] = mix(m_base, QColor(0xF0, 0xE4, 0x42), dark ? 0.55 : 0.7);
    m_team[int(TeamStatus::Above)] = mix(m_base, QColor(0x00, 0x72, 0xB2), dark ? 0.6 : 0.45);
    for (int i = 0; i < 3; ++i)
        m_teamText[i] = CalendarPalette::textColourOn(m_team[i]);
}

HeatmapPalette HeatmapPalette::forPrint(const QList<ShiftType> &shiftTypes)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    return HeatmapPalette(light, shiftTypes);
}

QRgb HeatmapPalette::cellColour(AvailabilityGrid::Cell cell) const
{
    switch (cell.state()) {
    case State::OnShift:
        return cell.detail() < m_shiftColours.size() ? m_shiftColours.at(cell.detail()) : m_state[int(State::OnShift)];
    case State::OnLeave:
        return cell.detail() < m_leaveColours.size() ? m_leaveColours.at(cell.detail()) : m_state[int(State::OnLeave)];
    default:
        return m_state[int(cell.state())];
    }
}

const QBrush &HeatmapPalette::cellPattern(AvailabilityGrid::Cell cell) const
{
    if (cell.state() == State::CannotWork)
        return m_cannotWorkPattern;
    if (cell.state() == State::OnLeave && cell.detail() < m_leavePatterns.size())
        return m_leavePatterns.at(cell.detail());
    return m_none;
}

QColor HeatmapPalette::teamColour(AvailabilityGrid::TeamStatus status) const
{
    return m_team[int(status)];
}

QColor HeatmapPalette::teamText(AvailabilityGrid::TeamStatus status) const
{
    return m_teamText[int(status)];
}

QString HeatmapPalette::stateName(AvailabilityGrid::State state)
{
    switch (state) {
    case State::Available: return tr("Available");
    case State::OnShift: return tr("On shift");
    case State::OnLeave: return tr("On leave");
    case State::CannotWork: return tr("Cannot work (working terms)");
    case State::OffDay: return tr("Part-time day off");
    case State::OutOfTerm: return tr("No working term in force");
    }
    return {};
}

QString HeatmapPalette::teamStatusName(AvailabilityGrid::TeamStatus status)
{
    switch (status) {
    case TeamStatus::Below: return tr("Below what the rota needs");
    case TeamStatus::At: return tr("At what it needs");
    case TeamStatus::Above: return tr("Above what it needs");
    }
    return {};
}
