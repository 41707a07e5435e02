#pragma once

#include "model/weekdayset.h"

#include <QWidget>

class QToolButton;

// Seven checkable buttons, Monday to Sunday, with the locale's short day names.
class WeekdayPicker : public QWidget
{
    Q_OBJECT

public:
    explicit WeekdayPicker(QWidget *parent = nullptr);

    WeekdaySet days() const;
    void setDays(const WeekdaySet &days);
    QToolButton *button(int isoWeekday) const { return m_buttons.at(isoWeekday - 1); }

signals:
    void daysChanged();

private:
    QList<QToolButton *> m_buttons;
};
