#pragma once

#include "model/leaverequest.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QPalette>

// The colours and patterns every calendar view and printed page uses for days and leave, in one
// place so that screen, print and legend agree. Leave types differ by pattern as well as by hue
// (Okabe-Ito colours), so they stay apart for colour-blind readers and on black-and-white prints.
class CalendarPalette
{
    Q_DECLARE_TR_FUNCTIONS(CalendarPalette)

public:
    // `base` is the view's palette; print uses a light one so pages look the same in dark mode.
    explicit CalendarPalette(const QPalette &base);
    static CalendarPalette forPrint();

    QBrush leaveBrush(LeaveRequest::Type type, bool pending) const;
    static QString leaveName(LeaveRequest::Type type); // "Annual leave"
    static QString leaveCode(LeaveRequest::Type type); // "AL": what a cell shows
    static QList<LeaveRequest::Type> leaveTypes();

    QBrush cannotWorkBrush() const; // diagonal hatch
    QColor weekendBackground() const;
    QColor holidayBackground() const;
    QColor todayOutline() const;
    QColor belowMinimum() const; // text and outline of a day short of its minimum
    QColor coverMet() const;
    QColor gridLine() const;
    QColor text() const { return m_base.color(QPalette::Text); }
    QColor base() const { return m_base.color(QPalette::Base); }
    bool isDark() const;

    // Black or white, whichever contrasts more with `background` (WCAG relative luminance).
    static QColor textColourOn(const QColor &background);

private:
    QPalette m_base;
};
