#pragma once

#include "model/shifttype.h"
#include "swatchlegend.h"

// The key to the calendar's colours and marks: shift type chips, leave shading, pinned shifts,
// conflicts, cannot-work days, weekends, bank holidays and today.
class CalendarLegend : public SwatchLegend
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    void setShiftTypes(const QList<ShiftType> &types);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintSwatch(QPainter &painter, int entry, const QRect &swatch) const override;
    QColor textColour() const override;

private:
    enum class Swatch { ShiftType, Leave, Pinned, Conflict, Swap, CannotWork, Weekend, Holiday, Today };
    struct Entry
    {
        Swatch swatch;
        QColor colour;   // shift type colour
        QString code;    // shift type code
        int leaveType = 0;
    };
    void rebuild();

    QList<ShiftType> m_types;
    QList<Entry> m_entries;
};
