#pragma once

#include "calendar/swatchlegend.h"
#include "heatmapmodel.h"

// The key to the heatmap's colours: in People mode the states (available, each shift type, each
// leave type, pending leave, cannot work, part-time day off, no working term), in Teams mode
// below / at / above what the rota needs.
class HeatmapLegend : public SwatchLegend
{
    Q_OBJECT

public:
    explicit HeatmapLegend(QWidget *parent = nullptr);

    void setContent(HeatmapModel::Mode mode, const QList<ShiftType> &shiftTypes, const HeatmapPalette &palette);

protected:
    void paintSwatch(QPainter &painter, int entry, const QRect &swatch) const override;
    QColor textColour() const override { return m_palette.text(); }

private:
    struct Entry
    {
        AvailabilityGrid::Cell cell; // People: a sample cell
        std::optional<AvailabilityGrid::TeamStatus> team;
        QString code;
    };

    HeatmapModel::Mode m_mode = HeatmapModel::Mode::People;
    HeatmapPalette m_palette;
    QList<Entry> m_entries;
};
