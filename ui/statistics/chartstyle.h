#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QValueAxis;

// Colours for the statistics charts, from the widget's palette so that charts read in dark mode
// too: background, text and grid follow the palette, series take Okabe-Ito hues (lighter ones on
// a dark background) so that they stay apart for colour-blind readers.
class ChartStyle
{
public:
    explicit ChartStyle(const QPalette &palette);

    // Colours the chart's background, title, legend and every attached axis; call it after the
    // axes are attached.
    void apply(QChart *chart) const;

    // A value axis from 0 with whole-number ticks a little above `highest`.
    static QValueAxis *countAxis(double highest);

    enum class Role { Worked, Second, Expected, Pending, Below };
    QColor colour(Role role) const;
    QColor text() const;
    bool isDark() const;

private:
    QPalette m_palette;
};
