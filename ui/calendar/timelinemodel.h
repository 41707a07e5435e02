#pragma once

#include "calendar/rotaperiod.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <memory>

class ZoneRules;

// The shifts and leave of one day or one week on a time axis. A timed shift is cut at local
// midnight of the department's zone into one segment per day it touches, with wall-clock minutes
// (so a night across a clock change still reads 20:00 to 08:00); overlapping segments of a day
// are given lanes side by side. Whole-day shifts and leave are all-day items in rows, a leave
// request keeping its row across the days. Rows are ordered by day, all-day items first (by
// row), then by start.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ShiftIdRole = Qt::UserRole + 1, // qint64; 0 for leave
        DayRole,                        // int: the day column, 0 = firstDay
        StartMinuteRole,                // int: wall-clock minute the segment starts, 0..1440
        EndMinuteRole,                  // int: wall-clock minute it ends, 0..1440
        AllDayRole,                     // bool
        LaneRole,                       // int: the lane (timed) or row (all-day) within its day
        LaneCountRole,                  // int: lanes shared with the segments it overlaps; all-day: rows of its day
        ColourRole,                     // QColor: the shift type's, or the leave's
        TitleRole,                      // QString: "N · Bob Jones"
        ContinuesBeforeRole,            // bool: the shift began on an earlier day
        ContinuesAfterRole,             // bool: the shift ends on a later day
        LeaveTypeRole,                  // int (LeaveRequest::Type) for leave; invalid for shifts
        PendingRole,                    // bool: leave requested, not yet approved
        CancelledRole,                  // bool: a cancelled shift
        TimesRole,                      // QString: "20:00–08:00", or "All day"
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    // `period` should start the day before `firstDay`, so that a night begun that evening shows
    // on the first morning. `dayCount` is 1 or 7.
    void setPeriod(std::shared_ptr<const RotaPeriod> period, QDate firstDay, int dayCount);
    void setHolidays(QHash<QDate, QString> holidays);
    // "Now" (any zone); the view marks today's column and draws the current time on it.
    void setNow(const QDateTime &now);

    std::shared_ptr<const RotaPeriod> period() const { return m_period; }
    QDate firstDay() const { return m_firstDay; }
    int dayCount() const { return m_dayCount; }
    QDate date(int day) const { return m_firstDay.addDays(day); }
    QString holiday(QDate date) const { return m_holidays.value(date); }
    QDate today() const { return m_today; }
    int nowMinute() const { return m_nowMinute; } // wall-clock minute of today; -1 when unknown
    int allDayRows() const { return m_allDayRows; } // the most all-day items of any day

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // Holidays or "now" changed: days look different, items did not.
    void calendarChanged();

private:
    struct Item
    {
        const Shift *shift = nullptr;
        const LeaveRequest *leave = nullptr;
        int day = 0;
        int startMinute = 0;
        int endMinute = 0;
        bool allDay = false;
        bool continuesBefore = false;
        bool continuesAfter = false;
        int lane = 0;
        int laneCount = 1;
        QString code;
        QString name;
        QColor colour;
        int order = 0; // type order, then clinician order, for ties
    };

    void build();
    void assignAllDayRows();
    void assignLanes();
    QString title(const Item &item) const;
    QString fullTimes(const Item &item) const;
    QString toolTip(const Item &item) const;
    const ZoneRules *zone() const;

    std::shared_ptr<const RotaPeriod> m_period;
    QDate m_firstDay;
    int m_dayCount = 0;
    QHash<QDate, QString> m_holidays;
    QDateTime m_now;
    QDate m_today;
    int m_nowMinute = -1;
    int m_allDayRows = 0;
    QList<Item> m_items;
};
