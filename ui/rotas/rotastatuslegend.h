#pragma once

#include "calendar/swatchlegend.h"

// The key to the rota status colours: the six levels with their numbers, and closed days.
class RotaStatusLegend : public SwatchLegend
{
    Q_OBJECT

public:
    explicit RotaStatusLegend(QWidget *parent = nullptr);

protected:
    void paintSwatch(QPainter &painter, int entry, const QRect &swatch) const override;
    QColor textColour() const override;
};
