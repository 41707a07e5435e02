#pragma once

#include "model/shifttype.h"

#include <QWidget>

// The key to the calendar's colours and marks: shift type chips, leave shading, pinned shifts,
// conflicts, cannot-work days, weekends, bank holidays and today. Wraps onto more lines when
// narrow (long translations), so nothing is cut off.
class CalendarLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    void setShiftTypes(const QList<ShiftType> &types);
    QStringList entries() const; // the texts shown, in order

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Swatch { ShiftType, Leave, Pinned, Conflict, CannotWork, Weekend, Holiday, Today };
    struct Entry
    {
        Swatch swatch;
        QString text;
        QColor colour;   // shift type colour
        QString code;    // shift type code
        int leaveType = 0;
    };
    QList<QRect> layout(int width, int *height) const;
    int entryWidth(const Entry &entry) const;
    void rebuild();

    QList<ShiftType> m_types;
    QList<Entry> m_entries;
};
