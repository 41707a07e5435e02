#include "chartstyle.h"

#include "calendar/calendarpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

ChartStyle::ChartStyle(const QPalette &palette)
    : m_palette(palette)
{
}

bool ChartStyle::isDark() const
{
    return m_palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor ChartStyle::text() const
{
    return m_palette.color(QPalette::Text);
}

QColor ChartStyle::colour(Role role) const
{
    const bool dark = isDark();
    switch (role) {
    case Role::Worked: return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
    case Role::Second: return QColor(0xE6, 0x9F, 0x00);
    case Role::Expected: return dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x00, 0x00, 0x00);
    case Role::Pending: return dark ? QColor(0xCC, 0x79, 0xA7) : QColor(0xA0, 0x4A, 0x7F);
    case Role::Below: return CalendarPalette(m_palette).belowMinimum();
    }
    return text();
}

void ChartStyle::apply(QChart *chart) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor foreground = text();
    QColor grid = foreground;
    grid.setAlphaF(0.18);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(foreground);
    chart->legend()->setLabelColor(foreground);
    chart->legend()->setBackgroundVisible(false);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(foreground);
        axis->setTitleBrush(foreground);
        axis->setLinePenColor(foreground);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
        // Qt Charts cuts labels to "..." where it thinks space is short; names and numbers must show.
        axis->setTruncateLabels(false);
    }
}

QValueAxis *ChartStyle::countAxis(double highest)
{
    // Steps of 1, 2 or 5 times a power of ten, so that about five ticks fit.
    double step = 1.0;
    for (double magnitude = 1.0; highest / step > 6.0; magnitude *= 10.0) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            step = factor * magnitude;
            if (highest / step <= 6.0)
                break;
        }
    }
    const double top = std::max(step, std::ceil(highest / step) * step);
    auto *axis = new QValueAxis;
    axis->setRange(0.0, top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}
