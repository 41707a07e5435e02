#pragma once

#include "scheduling/availability.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>

// The heatmap's colours, built once per palette and shift type list so that painting a year of
// cells only looks them up. People: available is the plain background, a shift its type's colour,
// leave the calendar's leave shading (hue and pattern), cannot-work days hatched grey, part-time
// days off light grey, days outside any working term dark grey. Teams: a blue / pale yellow /
// vermillion scale (Okabe-Ito, safe for colour-blind readers) for above / at / below what the
// rota needs.
class HeatmapPalette
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapPalette)

public:
    HeatmapPalette() = default;
    HeatmapPalette(const QPalette &base, const QList<ShiftType> &shiftTypes);
    static HeatmapPalette forPrint(const QList<ShiftType> &shiftTypes);

    // The solid colour of a cell: what a cell too small for patterns shows.
    QRgb cellColour(AvailabilityGrid::Cell cell) const;
    // The pattern drawn over the solid colour when a cell is large enough, or Qt::NoBrush.
    const QBrush &cellPattern(AvailabilityGrid::Cell cell) const;
    QColor pendingMark() const { return m_pending; }
    QColor outOfTermMark() const { return m_outOfTermMark; }

    QColor teamColour(AvailabilityGrid::TeamStatus status) const;
    QColor teamText(AvailabilityGrid::TeamStatus status) const;

    QColor base() const { return m_base; }
    QColor text() const { return m_text; }
    QColor gridLine() const { return m_gridLine; }
    QColor weekendBackground() const { return m_weekend; }
    QColor holidayBackground() const { return m_holiday; }
    QColor headingBackground() const { return m_heading; }
    QColor todayOutline() const { return m_today; }

    static QString stateName(AvailabilityGrid::State state);
    static QString teamStatusName(AvailabilityGrid::TeamStatus status);

private:
    QColor m_base;
    QColor m_text;
    QColor m_gridLine;
    QColor m_weekend;
    QColor m_holiday;
    QColor m_heading;
    QColor m_today;
    QColor m_pending;
    QColor m_outOfTermMark;
    QRgb m_state[AvailabilityGrid::StateCount] = {};
    QList<QRgb> m_shiftColours;
    QList<QRgb> m_leaveColours;
    QList<QBrush> m_leavePatterns;
    QBrush m_cannotWorkPattern;
    QBrush m_none;
    QColor m_team[3];
    QColor m_teamText[3];
};
