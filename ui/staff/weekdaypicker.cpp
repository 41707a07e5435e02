#include "weekdaypicker.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

WeekdayPicker::WeekdayPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QLocale locale;
    int widest = 0;
    for (int day = 1; day <= 7; ++day)
        widest = std::max(widest, fontMetrics().horizontalAdvance(locale.standaloneDayName(day, QLocale::ShortFormat)));
    for (int day = 1; day <= 7; ++day) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"day%1"_s.arg(day));
        button->setText(locale.standaloneDayName(day, QLocale::ShortFormat));
        button->setToolTip(locale.standaloneDayName(day, QLocale::LongFormat));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(widest + 14); // equal buttons line up in the four rows of a dialog
        connect(button, &QToolButton::toggled, this, &WeekdayPicker::daysChanged);
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch(1);
}

WeekdaySet WeekdayPicker::days() const
{
    WeekdaySet days;
    for (int day = 1; day <= 7; ++day) {
        if (m_buttons.at(day - 1)->isChecked())
            days.insert(day);
    }
    return days;
}

void WeekdayPicker::setDays(const WeekdaySet &days)
{
    for (int day = 1; day <= 7; ++day) {
        const QSignalBlocker blocker(m_buttons.at(day - 1));
        m_buttons.at(day - 1)->setChecked(days.contains(day));
    }
    emit daysChanged();
}
