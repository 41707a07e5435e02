#pragma once

#include "heatmapmodel.h"

#include <QWidget>

// The key to the heatmap's colours: in People mode the states (available, each shift type, each
// leave type, pending leave, cannot work, part-time day off, no working term), in Teams mode
// below / at / above what the rota needs. Wraps onto more lines when narrow, like the calendar's
// legend.
class HeatmapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapLegend(QWidget *parent = nullptr);

    void setContent(HeatmapModel::Mode mode, const QList<ShiftType> &shiftTypes, const HeatmapPalette &palette);
    QStringList entries() const; // the texts shown, in order

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Paints the legend laid out for `width` at the painter's origin (for the PNG export).
    void paintAt(QPainter &painter, int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        QString text;
        AvailabilityGrid::Cell cell; // People: a sample cell
        std::optional<AvailabilityGrid::TeamStatus> team;
        QString code;
    };
    QList<QRect> layout(int width, int *height) const;

    HeatmapModel::Mode m_mode = HeatmapModel::Mode::People;
    HeatmapPalette m_palette;
    QList<Entry> m_entries;
};
