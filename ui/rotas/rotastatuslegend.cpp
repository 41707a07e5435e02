#include "rotastatuslegend.h"

#include "rotastatusmodel.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr TimeslotStatus::Level levels[] = {TimeslotStatus::BelowMinimum, TimeslotStatus::BelowIdeal, TimeslotStatus::Ideal,
                                            TimeslotStatus::AboveIdeal,   TimeslotStatus::AtMaximum,  TimeslotStatus::OverMaximum};

} // namespace

RotaStatusLegend::RotaStatusLegend(QWidget *parent)
    : SwatchLegend(parent)
{
    QStringList texts;
    for (TimeslotStatus::Level level : levels)
        texts << TimeslotStatus::label(level);
    texts << tr("Closed (no timeslots that weekday, or a closed date)") << tr("Blank: the rota does not run that day");
    setEntries(texts);
}

void RotaStatusLegend::paintSwatch(QPainter &painter, int entry, const QRect &swatch) const
{
    if (entry < int(std::size(levels))) {
        const TimeslotStatus::Level level = levels[entry];
        painter.fillRect(swatch, RotaStatusModel::colour(level));
        painter.setPen(RotaStatusModel::textColour(level));
        painter.drawText(swatch, Qt::AlignCenter, RotaStatusModel::code(level));
    } else if (entry == int(std::size(levels))) {
        painter.fillRect(swatch, RotaStatusModel::closedColour());
        painter.setPen(Qt::black);
        painter.drawText(swatch, Qt::AlignCenter, u"\u2013"_s);
    } else {
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(swatch.adjusted(0, 0, -1, -1));
    }
}

QColor RotaStatusLegend::textColour() const
{
    return palette().color(QPalette::WindowText);
}
